package com.pricedesk.sim;

import java.time.Duration;

/** A failure the simulator produces on demand, once per injected occurrence. */
public sealed interface SimFault {

    /** An error response with Amazon's error body (429 QuotaExceeded, 500 InternalFailure, 503 ...). */
    record Status(int status, String code, String message) implements SimFault {
    }

    /** The response is held back this long before the normal answer (slow or hung Amazon). */
    record Delay(Duration delay) implements SimFault {
    }

    /**
     * The write is acknowledged (ACCEPTED, or a feed that reports DONE with no issues) but the price
     * is never applied: Amazon does this (BRIEF Q2, Q9), which is why prices are read back.
     */
    record AcceptWithoutApplying() implements SimFault {
    }

    /** A 200 whose body is not JSON. */
    record MalformedBody() implements SimFault {
    }

    static SimFault throttled() {
        return new Status(429, "QuotaExceeded", "You exceeded your quota for the requested resource.");
    }

    static SimFault internalFailure() {
        return new Status(500, "InternalFailure", "We encountered an internal error. Please try again.");
    }

    static SimFault unavailable() {
        return new Status(503, "ServiceUnavailable", "Service is temporarily unavailable. Please try again.");
    }
}
