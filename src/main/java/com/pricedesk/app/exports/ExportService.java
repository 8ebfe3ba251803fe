package com.pricedesk.app.exports;

import com.pricedesk.domain.port.CostSheetSink;

import com.pricedesk.domain.port.SkuSnapshotRepository;
import com.pricedesk.domain.imports.CostField;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Excel exports of what is stored; the cost sheet comes out in the layout the importer reads. */
public final class ExportService {
    private static final Logger log = LoggerFactory.getLogger(ExportService.class);

    private final SkuSnapshotRepository snapshots;
    private final CostSheetSink costSheets;

    public ExportService(SkuSnapshotRepository snapshots, CostSheetSink costSheets) {
        this.snapshots = snapshots;
        this.costSheets = costSheets;
    }

    /** Writes every SKU with its costs; returns the number of SKU rows written. */
    public int exportCosts(Path target, CostSheetSink.Headings headings) {
        // two passes over the store: the first decides each money column's header currency
        Map<CostField, Currency> currencies = costSheets.uniformCurrencies(snapshots::forEach);
        int rows = costSheets.write(target, headings, currencies, snapshots::forEach);
        log.info("Exported {} SKUs' costs to {}", rows, target);
        return rows;
    }
}
