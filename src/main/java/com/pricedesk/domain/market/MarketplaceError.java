package com.pricedesk.domain.market;

/** An error as the marketplace reported it: its own code (an open string) and message. */
public record MarketplaceError(String code, String message) {
    @Override
    public String toString() {
        return code + ": " + message;
    }
}
