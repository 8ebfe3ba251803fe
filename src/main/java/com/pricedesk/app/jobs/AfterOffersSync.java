package com.pricedesk.app.jobs;

/**
 * What runs after each successful offers sync: the repricing engine. Until the approval queue is
 * wired in it is a dry run; then the composition root hands in one that enqueues the decisions.
 */
@FunctionalInterface
public interface AfterOffersSync {
    void afterOffersSync();
}
