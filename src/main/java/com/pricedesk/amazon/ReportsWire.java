package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Reports 2021-06-30 bodies. */
final class ReportsWire {
    private ReportsWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CreateReportSpecification(@JsonProperty("reportType") String reportType,
                                     @JsonProperty("marketplaceIds") List<String> marketplaceIds,
                                     @JsonProperty("dataStartTime") String dataStartTime,
                                     @JsonProperty("dataEndTime") String dataEndTime,
                                     @JsonProperty("reportOptions") Map<String, String> reportOptions) {
    }

    record CreateReportResponse(@JsonProperty("reportId") String reportId) {
    }

    record Report(@JsonProperty("reportId") String reportId,
                  @JsonProperty("reportType") String reportType,
                  @JsonProperty("processingStatus") String processingStatus,
                  @JsonProperty("reportDocumentId") String reportDocumentId) {
    }

    record ReportDocument(@JsonProperty("reportDocumentId") String reportDocumentId,
                          @JsonProperty("url") String url,
                          @JsonProperty("compressionAlgorithm") String compressionAlgorithm) {
    }
}
