package com.pricedesk.app.queue;

/** No change with this id is in the queue. */
public final class UnknownChangeException extends RuntimeException {
    private final long id;

    public UnknownChangeException(long id) {
        super("No change " + id + " in the queue: see 'queue list'");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
