package com.pricedesk.domain.queue;

/** A change was asked to move where its lifecycle does not allow (e.g. approve a confirmed change). */
public final class IllegalTransitionException extends RuntimeException {
    private final long changeId;
    private final ChangeState from;
    private final ChangeState to;

    public IllegalTransitionException(long changeId, ChangeState from, ChangeState to) {
        super("Change " + changeId + " is " + from + " and cannot become " + to + " (allowed: "
                + (from.next().isEmpty() ? "none, it is final" : from.next().toString()) + ")");
        this.changeId = changeId;
        this.from = from;
        this.to = to;
    }

    public long changeId() {
        return changeId;
    }

    public ChangeState from() {
        return from;
    }

    public ChangeState to() {
        return to;
    }
}
