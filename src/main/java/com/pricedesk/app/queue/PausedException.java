package com.pricedesk.app.queue;

/** Refused because the emergency stop is on: nothing is sent until someone resumes. */
public final class PausedException extends RuntimeException {
    public PausedException() {
        super("The emergency stop is on: nothing is sent to Amazon until you resume");
    }
}
