package com.pricedesk.app.imports;

import com.pricedesk.domain.port.CostSheetSource;

import com.pricedesk.domain.imports.ImportChange;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceSettings;
import com.pricedesk.domain.port.SkuSnapshotRepository;
import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.CostSheetRow;
import com.pricedesk.domain.imports.SheetColumn;
import com.pricedesk.domain.imports.TableLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the rows streamed from a sheet into planned changes: in chunks it loads what is stored for
 * the chunk's SKUs, merges, diffs and checks plausibility, and (when committing) hands the chunk's
 * changes to a {@link ChangeSink} instead of keeping them. Duplicates are settled at the end, when
 * every row involved is known; a duplicate already written is taken back.
 */
final class ImportAnalysis implements CostSheetSource.Listener {
    private static final int CHUNK = 1000;

    private final SkuSnapshotRepository snapshots;
    private final ChangeSink sink;
    private final Map<String, Money> prices;
    private final Optional<FxRate> fx;
    private final Plausibility plausibility = new Plausibility();
    private final List<CostSheetRow> pending = new ArrayList<>(CHUNK);
    /** Every SKU seen, with its first row and its planned outcome, compactly (see {@link SkuTable}). */
    private final SkuTable skus = new SkuTable();
    private final Map<String, List<Integer>> duplicates = new TreeMap<>();
    private final Set<Integer> invalidRows = new HashSet<>();
    private final List<CellIssue> errors = new ArrayList<>();
    private final List<CellIssue> warnings = new ArrayList<>();
    private TableLayout layout;
    private RowMerger merger;
    private int rowsRead;

    /** @param sink null for a preview: nothing is written and no snapshot is kept */
    ImportAnalysis(SkuSnapshotRepository snapshots, ChangeSink sink, Map<String, Money> prices,
                   Optional<FxRate> fx) {
        this.snapshots = snapshots;
        this.sink = sink;
        this.prices = prices;
        this.fx = fx;
    }

    @Override
    public void layout(TableLayout tableLayout) {
        this.layout = tableLayout;
        this.merger = new RowMerger(tableLayout);
    }

    @Override
    public void row(CostSheetRow row) {
        rowsRead++;
        if (row.hasErrors()) {
            invalidRows.add(row.rowNumber());
            row.issues().forEach(i -> (i.isError() ? errors : warnings).add(i));
        }
        String sku = row.sellerSku();
        if (sku == null) {
            return;
        }
        int first = skus.putIfAbsent(sku, row.rowNumber());
        if (first >= 0) {
            duplicates.computeIfAbsent(sku, k -> new ArrayList<>(List.of(first))).add(row.rowNumber());
            return;
        }
        if (!row.hasErrors()) {
            pending.add(row);
            if (pending.size() >= CHUNK) {
                flush();
            }
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, SkuSnapshot> stored = snapshots.find(pending.stream().map(CostSheetRow::sellerSku).toList());
        List<ImportChange> toWrite = new ArrayList<>();
        for (CostSheetRow row : pending) {
            SkuSnapshot before = stored.get(row.sellerSku());
            SkuSnapshot after;
            try {
                after = merger.merge(before, row);
            } catch (RowRejected r) {
                invalidRows.add(row.rowNumber());
                errors.add(atSku(row.rowNumber(), CellIssue.Severity.ERROR, row.sellerSku(), r.key(), r.args()));
                continue;
            } catch (IllegalArgumentException e) {
                // the domain refused a combination the cells alone could not reveal
                invalidRows.add(row.rowNumber());
                errors.add(atSku(row.rowNumber(), CellIssue.Severity.ERROR, row.sellerSku(), "excel.row.invalid",
                        List.of(e.getMessage())));
                continue;
            }
            if (!checkPrices(row, after)) {
                continue;
            }
            if (after.prices() == null && before != null && before.prices() != null) {
                // the row left the prices alone: neither side of the history speaks for them, so a revert
                // cannot put back prices the seller changed later
                before = new SkuSnapshot(before.sku(), before.cost());
            }
            for (Plausibility.Finding f : plausibility.check(after, Optional.ofNullable(prices.get(row.sellerSku())),
                    fx)) {
                SheetColumn col = layout.column(f.field()).or(() -> layout.column(CostField.SELLER_SKU)).orElseThrow();
                warnings.add(new CellIssue(CellIssue.Severity.WARNING, layout.sheet(), row.rowNumber(), col.letter(),
                        col.header(), "", f.key(), f.args()));
            }
            if (before == null) {
                skus.plan(row.sellerSku(), SkuTable.CREATED, List.of());
                toWrite.add(new ImportChange(row.sellerSku(), null, after));
            } else {
                var changed = SnapshotDiff.changed(before, after);
                if (changed.isEmpty()) {
                    skus.plan(row.sellerSku(), SkuTable.UNCHANGED, List.of());
                } else {
                    skus.plan(row.sellerSku(), SkuTable.UPDATED, SnapshotDiff.names(changed));
                    toWrite.add(new ImportChange(row.sellerSku(), before, after));
                }
            }
        }
        pending.clear();
        if (sink != null && !toWrite.isEmpty()) {
            sink.write(toWrite);
        }
    }

    /**
     * The seller's prices of the merged SKU, when the row sets any: a minimum above the maximum is an
     * error (no price could satisfy both: the guardrails would hold the SKU), a regular price outside
     * [minimum, maximum] a warning (restoring it would be clamped). Each is located at the cell that set
     * it; a stored value the row left blank is named in the message. False when the row is refused.
     */
    private boolean checkPrices(CostSheetRow row, SkuSnapshot after) {
        PriceSettings p = after.prices();
        Map<CostField, Object> v = row.values();
        if (p == null || !(v.containsKey(CostField.MIN_PRICE) || v.containsKey(CostField.MAX_PRICE)
                || v.containsKey(CostField.REGULAR_PRICE))) {
            return true;
        }
        if (p.minAboveMax()) {
            CostField at = v.containsKey(CostField.MIN_PRICE) ? CostField.MIN_PRICE : CostField.MAX_PRICE;
            invalidRows.add(row.rowNumber());
            errors.add(atField(row, at, CellIssue.Severity.ERROR, "excel.row.minAboveMax",
                    List.of(p.manualMin().toPlainString(), p.manualMax().toPlainString())));
            return false;
        }
        if (p.regularOutsideLimits()) {
            CostField at = v.containsKey(CostField.REGULAR_PRICE) ? CostField.REGULAR_PRICE
                    : v.containsKey(CostField.MIN_PRICE) ? CostField.MIN_PRICE : CostField.MAX_PRICE;
            warnings.add(atField(row, at, CellIssue.Severity.WARNING, "excel.row.regularOutsideLimits",
                    List.of(p.regularPrice().toPlainString(),
                            p.manualMin() == null ? "—" : p.manualMin().toPlainString(),
                            p.manualMax() == null ? "—" : p.manualMax().toPlainString())));
        }
        return true;
    }

    private CellIssue atField(CostSheetRow row, CostField field, CellIssue.Severity severity, String key,
                              List<Object> args) {
        SheetColumn col = layout.column(field).orElseThrow();
        Object value = row.values().get(field);
        return new CellIssue(severity, layout.sheet(), row.rowNumber(), col.letter(), col.header(),
                value instanceof Money m ? m.toPlainString() : "", key, args);
    }

    private CellIssue atSku(int row, CellIssue.Severity severity, String value, String key, List<Object> args) {
        SheetColumn col = layout.column(CostField.SELLER_SKU).orElseThrow();
        return new CellIssue(severity, layout.sheet(), row, col.letter(), col.header(), value, key, args);
    }

    /** Settles duplicates and returns the preview; {@link #changesToStore()} then holds what commit writes. */
    ImportPreview finish(String fileName) {
        flush();
        List<String> written = new ArrayList<>();
        duplicates.forEach((sku, rows) -> {
            byte first = skus.unplan(sku);
            if (sink != null && (first == SkuTable.CREATED || first == SkuTable.UPDATED)) {
                written.add(sku);
            }
            String all = rows.stream().map(String::valueOf).collect(Collectors.joining(", "));
            for (int r : rows) {
                invalidRows.add(r);
                errors.add(atSku(r, CellIssue.Severity.ERROR, sku, "excel.row.duplicate", List.of(sku, all)));
            }
        });
        if (!written.isEmpty()) {
            // taken back in one pass over the batch, however many duplicates the sheet has
            sink.undo(written);
        }
        errors.sort(java.util.Comparator.comparingInt(CellIssue::row));
        warnings.sort(java.util.Comparator.comparingInt(CellIssue::row));
        List<PlannedChange> changes = new ArrayList<>(skus.size());
        skus.forEachPlanned((sku, row, kind, fields) -> changes.add(new PlannedChange(sku, row, switch (kind) {
            case SkuTable.CREATED -> PlannedChange.Kind.CREATED;
            case SkuTable.UPDATED -> PlannedChange.Kind.UPDATED;
            default -> PlannedChange.Kind.UNCHANGED;
        }, fields)));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (PlannedChange c : changes) {
            switch (c.kind()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportPreview(fileName, layout, rowsRead, created, updated, unchanged, invalidRows.size(), errors,
                warnings, changes);
    }
}
