package com.pricedesk.domain.market;

import java.util.Optional;

/** Where a requested report stands; the document id appears once it is DONE. */
public record ReportStatus(String reportId, String reportType, ProcessingState state, Optional<String> documentId) {
}
