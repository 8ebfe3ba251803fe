package com.pricedesk.domain.market;

/**
 * A call to the marketplace failed for good (not retried, or retries used up). Carries the
 * marketplace's own error code and message so the seller sees what Amazon said.
 */
public class MarketplaceException extends RuntimeException {
    private final String operation;
    private final int httpStatus;
    private final MarketplaceError error;

    public MarketplaceException(String operation, int httpStatus, MarketplaceError error, Throwable cause) {
        super(operation + " failed" + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : "") + ": " + error, cause);
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.error = error;
    }

    public String operation() {
        return operation;
    }

    /** The HTTP status, or 0 when no response came back (timeout, connection refused). */
    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return error.code();
    }

    public String amazonMessage() {
        return error.message();
    }

    /** True when trying again later may succeed (throttling, Amazon outage, network). */
    public boolean transientFailure() {
        return httpStatus == 0 || httpStatus == 429 || httpStatus >= 500;
    }
}
