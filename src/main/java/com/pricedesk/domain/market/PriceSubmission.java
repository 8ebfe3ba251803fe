package com.pricedesk.domain.market;

import java.util.List;

/**
 * Amazon's answer to a price change. ACCEPTED only means queued: the live price changes later and
 * must be confirmed by reading the listing back.
 */
public record PriceSubmission(String sellerSku, Status status, String submissionId, List<ListingIssue> issues) {

    public enum Status { ACCEPTED, VALID, INVALID }

    public PriceSubmission {
        issues = List.copyOf(issues);
    }
}
