package com.pricedesk.app.imports;

import com.pricedesk.domain.imports.AdReportLayout;
import com.pricedesk.domain.imports.CellIssue;
import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of importing an Ads report. {@code skus}, {@code days}, {@code spend} and {@code sales}
 * describe the SKU-days the file holds for catalogue SKUs (stored unless there are errors); created,
 * updated and unchanged count those SKU-days against what was stored; {@code skippedRows} are rows
 * left out with a warning (a SKU not in the catalogue). {@code batchId} is null when nothing was stored.
 */
public record AdsImportResult(String fileName, AdReportLayout layout, int rowsRead, int skus, int days,
                              BigDecimal spend, BigDecimal sales, int created, int updated, int unchanged,
                              int skippedRows, List<CellIssue> errors, List<CellIssue> warnings, Long batchId) {
    public AdsImportResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean stored() {
        return batchId != null;
    }
}
