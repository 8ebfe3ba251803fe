package com.pricedesk.store;

/** The workspace could not be opened or migrated; the message tells the seller what to do. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
