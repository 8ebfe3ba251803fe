package com.pricedesk.domain.market;

import java.util.Optional;

/** Where an Ads report stands (Amazon: PENDING, PROCESSING, COMPLETED, FAILED). */
public record AdsReportStatus(String reportId, ProcessingState state, Optional<String> failureReason) {
}
