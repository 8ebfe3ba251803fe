package com.pricedesk.domain.market;

import java.util.List;

/** Amazon's processing report of a listings feed: counts, and the problems per SKU. */
public record FeedReport(int messagesProcessed, int messagesAccepted, int messagesInvalid, int errors, int warnings,
                         List<Issue> issues) {

    /** A problem with one message (one SKU) of the feed. */
    public record Issue(long messageId, String sellerSku, String code, String severity, String message) {
    }

    public FeedReport {
        issues = List.copyOf(issues);
    }
}
