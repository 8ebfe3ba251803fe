package com.pricedesk.domain.market;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A report to have Amazon build, e.g. GET_MERCHANT_LISTINGS_ALL_DATA; the times and options are optional. */
public record ReportRequest(String reportType, Instant dataStart, Instant dataEnd, Map<String, String> options) {

    public static final String ALL_LISTINGS = "GET_MERCHANT_LISTINGS_ALL_DATA";
    public static final String INVENTORY_PLANNING = "GET_FBA_INVENTORY_PLANNING_DATA";
    public static final String SALES_AND_TRAFFIC = "GET_SALES_AND_TRAFFIC_REPORT";

    public ReportRequest {
        Objects.requireNonNull(reportType, "reportType");
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    public static ReportRequest of(String reportType) {
        return new ReportRequest(reportType, null, null, Map.of());
    }
}
