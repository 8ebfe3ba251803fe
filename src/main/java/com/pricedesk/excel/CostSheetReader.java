package com.pricedesk.excel;

import com.pricedesk.domain.imports.ColumnKind;
import com.pricedesk.domain.imports.PercentReading;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.CostSheetRow;
import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.TableLayout;
import com.pricedesk.domain.imports.SheetColumn;
import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.port.CostSheetSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a seller's cost sheet in one streaming pass: picks the sheet, finds the header among the
 * first rows, then hands every data row, typed and checked cell by cell, to a listener.
 */
public final class CostSheetReader implements CostSheetSource {
    /** Beyond this a sheet is not a cost sheet but an export of something else; refuse before memory runs out. */
    public static final int MAX_DATA_ROWS = 500_000;
    public static final int MAX_COLUMNS = 500;
    private static final Set<String> TOTAL_ROW_LABELS = Set.of("合计", "总计", "小计", "total", "sum", "subtotal");

    private final WorkbookOpener opener;
    private final TableLocator locator;
    private final HeaderRecognizer recognizer;
    private final CellReader cells;

    public CostSheetReader(WorkbookOpener opener, TableLocator locator, HeaderRecognizer recognizer, CellReader cells) {
        this.opener = opener;
        this.locator = locator;
        this.recognizer = recognizer;
        this.cells = cells;
    }

    @Override
    public TableLayout read(Path file, Options options, Listener listener) {
        try (WorkbookSource source = opener.open(file)) {
            String sheet = chooseSheet(source, options.sheet());
            RowPump pump = new RowPump(source, sheet, options, listener);
            source.read(sheet, pump);
            pump.finish();
            return pump.layout;
        }
    }

    private String chooseSheet(WorkbookSource source, String requested) {
        List<SheetInfo> sheets = source.sheets();
        String names = String.join(", ", sheets.stream().map(SheetInfo::name).toList());
        if (requested != null) {
            return sheets.stream().filter(s -> s.name().equals(requested)).findFirst()
                    .or(() -> sheets.stream().filter(s -> s.name().equalsIgnoreCase(requested.strip())).findFirst())
                    .map(SheetInfo::name)
                    .orElseThrow(() -> new SpreadsheetException("excel.error.noSuchSheet", requested, names));
        }
        List<SheetInfo> visible = sheets.stream().filter(s -> !s.hidden()).toList();
        if (visible.isEmpty()) {
            throw new SpreadsheetException("excel.error.noVisibleSheet", names);
        }
        if (visible.size() == 1) {
            return visible.get(0).name();
        }
        for (SheetInfo s : visible) {
            List<SheetRow> top = new ArrayList<>();
            source.read(s.name(), r -> {
                top.add(r);
                return top.size() < TableLocator.SEARCH_ROWS;
            });
            if (locator.locate(top).isPresent()) {
                return s.name();
            }
        }
        throw new SpreadsheetException("excel.error.noHeaderInAnySheet", names);
    }

    /** Buffers the top rows until the header is found, then streams. */
    private final class RowPump implements RowHandler {
        private final WorkbookSource source;
        private final String sheet;
        private final Options options;
        private final Listener listener;
        private final List<SheetRow> top = new ArrayList<>();
        private TableLayout layout;
        private int dataRows;

        RowPump(WorkbookSource source, String sheet, Options options, Listener listener) {
            this.source = source;
            this.sheet = sheet;
            this.options = options;
            this.listener = listener;
        }

        @Override
        public boolean accept(SheetRow row) {
            if (layout != null) {
                data(row);
                return true;
            }
            top.add(row);
            if (top.size() >= TableLocator.SEARCH_ROWS) {
                start();
            }
            return true;
        }

        void finish() {
            if (layout == null) {
                start();
            }
        }

        private void start() {
            TableLocator.Found found = locator.locate(top).orElseThrow(() ->
                    new SpreadsheetException("excel.error.noHeader", sheet, TableLocator.SEARCH_ROWS));
            SheetRow headerRow = top.get(found.index());
            if (found.headers().keySet().stream().anyMatch(c -> c >= MAX_COLUMNS)) {
                throw new SpreadsheetException("excel.error.tooManyColumns", sheet, MAX_COLUMNS);
            }
            List<SheetColumn> recognised = recognizer.recognise(found.headers());
            Map<String, Optional<CostField>> overrides =
                    options.overrides().apply(recognised.stream().map(SheetColumn::header).toList());
            List<SheetColumn> columns = applyOverrides(recognised, overrides);
            if (columns.stream().noneMatch(c -> c.field() != null && c.field() != CostField.SELLER_SKU
                    && c.field().stored())) {
                // a SKU column alone would create bare SKUs named after themselves: almost surely a
                // sheet whose cost headers are written in words we do not know yet
                throw new SpreadsheetException("excel.error.onlySku", sheet, headerRow.number(),
                        String.join(", ", columns.stream().map(SheetColumn::header).toList()));
            }
            List<SheetRow> sample = top.subList(found.index() + found.rowCount(), top.size());
            Map<Integer, PercentReading> readings = percentReadings(columns, sample);
            layout = new TableLayout(source.format(), sheet, headerRow.number(), found.rowCount(), columns, readings,
                    new ColumnNotes().notes(columns, readings, source.charset()));
            listener.layout(layout);
            for (SheetRow r : sample) {
                data(r);
            }
            top.clear();
        }

        private List<SheetColumn> applyOverrides(List<SheetColumn> recognised,
                                                 Map<String, Optional<CostField>> overrides) {
            if (overrides.isEmpty()) {
                return recognised;
            }
            List<SheetColumn> out = new ArrayList<>();
            for (SheetColumn c : recognised) {
                Optional<CostField> o = overrides.get(c.header());
                out.add(o == null ? c : c.withField(o.orElse(null)));
            }
            // an override may claim a field another column had: the override wins
            for (int i = 0; i < out.size(); i++) {
                SheetColumn c = out.get(i);
                boolean overridden = overrides.containsKey(c.header());
                if (!overridden && c.field() != null && out.stream().anyMatch(o -> o != c && o.field() == c.field()
                        && overrides.containsKey(o.header()))) {
                    out.set(i, c.withField(null));
                }
            }
            return out;
        }

        private void data(SheetRow row) {
            if (row.blank()) {
                return;
            }
            if (++dataRows > MAX_DATA_ROWS) {
                throw new SpreadsheetException("excel.error.tooManyRows", sheet, MAX_DATA_ROWS);
            }
            Map<CostField, Object> values = new EnumMap<>(CostField.class);
            List<CellIssue> issues = new ArrayList<>(0);
            boolean anyRecognised = false;
            for (SheetColumn col : layout.columns()) {
                if (col.field() == null) {
                    continue;
                }
                SheetCell cell = row.cell(col.index());
                if (cell == null) {
                    continue;
                }
                anyRecognised = true;
                try {
                    Object v = cells.read(col, cell, layout.percentReadings().get(col.index()));
                    if (v != null) {
                        values.put(col.field(), v);
                    }
                } catch (CellProblem p) {
                    issues.add(new CellIssue(CellIssue.Severity.ERROR, sheet, row.number(), col.letter(),
                            col.header(), cell.text(), p.key(), p.args()));
                }
            }
            if (!anyRecognised) {
                return;
            }
            String sku = (String) values.get(CostField.SELLER_SKU);
            if (sku != null && TOTAL_ROW_LABELS.contains(sku.toLowerCase(java.util.Locale.ROOT))) {
                return;
            }
            if (sku == null && issues.stream().noneMatch(i -> layout.column(CostField.SELLER_SKU)
                    .map(c -> c.letter().equals(i.column())).orElse(false))) {
                SheetColumn skuCol = layout.column(CostField.SELLER_SKU).orElseThrow();
                issues.add(new CellIssue(CellIssue.Severity.ERROR, sheet, row.number(), skuCol.letter(),
                        skuCol.header(), "", "excel.value.skuMissing", List.of()));
            }
            listener.row(new CostSheetRow(row.number(), values, issues));
        }
    }

    /**
     * A percent column whose header has no % is read as fractions (0.125) unless the rows sampled
     * below the header hold a plain number above 1, then as points (12.5).
     */
    static Map<Integer, PercentReading> percentReadings(List<SheetColumn> columns, List<SheetRow> sample) {
        Map<Integer, PercentReading> out = new HashMap<>();
        for (SheetColumn c : columns) {
            if (c.field() == null || c.field().kind() != ColumnKind.PERCENT) {
                continue;
            }
            if (c.units().percent()) {
                out.put(c.index(), PercentReading.POINTS);
                continue;
            }
            boolean above1 = false;
            for (SheetRow r : sample) {
                SheetCell cell = r.cell(c.index());
                if (cell == null || cell.percentFormat() || cell.text().contains("%")) {
                    continue;
                }
                try {
                    BigDecimal v = cell.numeric() ? cell.number() : NumberText.parse(cell.text()).value();
                    above1 |= v.compareTo(BigDecimal.ONE) > 0;
                } catch (CellProblem ignoredHere) {
                    // reported with its location when the row itself is read
                }
            }
            out.put(c.index(), above1 ? PercentReading.POINTS : PercentReading.FRACTION);
        }
        return out;
    }
}
