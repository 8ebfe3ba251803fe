package com.pricedesk.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One data row of an Amazon Ads "Sponsored Products advertised product" report as read: its Excel
 * row number, day, advertised SKU and ASIN (either may be null), spend and 7-day sales in USD, and
 * the located problems of its cells. A row with errors has null for the values it could not read.
 */
public record AdReportRow(int row, LocalDate day, String sellerSku, String asin, BigDecimal spend, BigDecimal sales,
                          List<CellIssue> issues) {
    public AdReportRow {
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(CellIssue::isError);
    }
}
