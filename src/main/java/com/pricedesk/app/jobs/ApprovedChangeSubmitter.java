package com.pricedesk.app.jobs;

/**
 * Sends approved price changes to Amazon. The scheduler registers its {@code submit_approved} job
 * only when the composition root gives it one (the approval queue's submission service).
 */
@FunctionalInterface
public interface ApprovedChangeSubmitter {
    void submitApproved();
}
