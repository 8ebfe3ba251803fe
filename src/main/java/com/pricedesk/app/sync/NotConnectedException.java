package com.pricedesk.app.sync;

/** There is no Amazon account (nor simulator) to sync from. */
public final class NotConnectedException extends RuntimeException {
    public NotConnectedException() {
        super("No Amazon account is connected");
    }
}
