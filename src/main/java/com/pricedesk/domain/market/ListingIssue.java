package com.pricedesk.domain.market;

/** A problem Amazon reports on a listing or a submission (severity ERROR, WARNING or INFO). */
public record ListingIssue(String code, String message, String severity) {
}
