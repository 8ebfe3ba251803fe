package com.pricedesk.domain.market;

import java.util.Optional;

/**
 * Where a bulk price feed stands. DONE with a report only means Amazon checked the messages; like
 * a single patch, the prices still have to be confirmed by reading the listings back (BRIEF Q9).
 */
public record FeedStatus(String feedId, ProcessingState state, Optional<FeedReport> report) {
}
