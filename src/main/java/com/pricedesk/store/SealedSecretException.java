package com.pricedesk.store;

/** Stored credentials cannot be opened (key missing, replaced or damaged); the seller must reconnect. */
public final class SealedSecretException extends RuntimeException {
    public SealedSecretException(String message) {
        super(message);
    }
}
