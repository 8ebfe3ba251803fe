package com.pricedesk.domain.market;

/** Where an asynchronous Amazon job (a feed or a report) stands. */
public enum ProcessingState {
    IN_QUEUE, IN_PROGRESS, DONE, CANCELLED, FATAL;

    /** True once Amazon will not change the job any more. */
    public boolean finished() {
        return this == DONE || this == CANCELLED || this == FATAL;
    }
}
