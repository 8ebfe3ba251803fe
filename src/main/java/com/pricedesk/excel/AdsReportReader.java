package com.pricedesk.excel;

import com.pricedesk.domain.imports.AdReportLayout;
import com.pricedesk.domain.imports.AdReportRow;
import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.SheetColumn;
import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.AdReportSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads an Amazon Ads Sponsored Products advertised product report as the Ads console exports it
 * (xlsx, or csv in UTF-8 or GBK), streaming: finds the header among the first rows, then hands each
 * row, checked cell by cell, to the caller. Amounts must be US dollars.
 */
public final class AdsReportReader implements AdReportSource {
    public static final int MAX_DATA_ROWS = 1_000_000;

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("uuuu/M/d"), pattern("M/d/uuuu"), pattern("MMM d, uuuu"), pattern("MMM d uuuu"),
            pattern("d MMM uuuu"), pattern("uuuu年M月d日"), pattern("uuuuMMdd"), pattern("uuuu.M.d"));

    private final WorkbookOpener opener;

    public AdsReportReader(WorkbookOpener opener) {
        this.opener = opener;
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.US)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    @Override
    public AdReportLayout read(Path file, Consumer<AdReportRow> rows) {
        try (WorkbookSource source = opener.open(file)) {
            String names = String.join(", ", source.sheets().stream().map(SheetInfo::name).toList());
            List<SheetInfo> visible = source.sheets().stream().filter(s -> !s.hidden()).toList();
            if (visible.isEmpty()) {
                throw new SpreadsheetException("excel.error.noVisibleSheet", names);
            }
            Pump best = null;
            for (SheetInfo s : visible) {
                Pump pump = new Pump(source, s.name(), rows);
                source.read(s.name(), pump);
                if (pump.layout != null) {
                    return pump.layout;
                }
                if (best == null || pump.bestScore > best.bestScore) {
                    best = pump;
                }
            }
            throw best.missing();
        }
    }

    /** Looks for the header in the first rows, then reads the data rows below it. */
    private static final class Pump implements RowHandler {
        private final WorkbookSource source;
        private final String sheet;
        private final Consumer<AdReportRow> rows;
        private final Map<AdsColumn, Integer> index = new EnumMap<>(AdsColumn.class);
        private AdReportLayout layout;
        private int seen;
        private int dataRows;
        private int bestScore = -1;
        private Map<Integer, String> bestHeaders = Map.of();
        private Map<AdsColumn, Integer> bestIndex = Map.of();

        Pump(WorkbookSource source, String sheet, Consumer<AdReportRow> rows) {
            this.source = source;
            this.sheet = sheet;
            this.rows = rows;
        }

        @Override
        public boolean accept(SheetRow row) {
            if (layout != null) {
                data(row);
                return true;
            }
            if (++seen > TableLocator.SEARCH_ROWS) {
                return false;
            }
            header(row);
            return true;
        }

        private void header(SheetRow row) {
            Map<AdsColumn, Integer> found = new EnumMap<>(AdsColumn.class);
            Map<AdsColumn, Integer> rank = new EnumMap<>(AdsColumn.class);
            Map<Integer, String> texts = new TreeMap<>(row.texts());
            for (Map.Entry<Integer, String> e : texts.entrySet()) {
                AdsColumn c = AdsColumn.of(e.getValue());
                if (c == null) {
                    continue;
                }
                int r = AdsColumn.rankOf(e.getValue(), c);
                if (!found.containsKey(c) || r < rank.get(c)) {
                    found.put(c, e.getKey());
                    rank.put(c, r);
                }
            }
            int score = found.size();
            if (score > bestScore) {
                bestScore = score;
                bestHeaders = texts;
                bestIndex = found;
            }
            boolean day = found.containsKey(AdsColumn.DATE) || found.containsKey(AdsColumn.START_DATE);
            boolean key = found.containsKey(AdsColumn.SKU) || found.containsKey(AdsColumn.ASIN);
            if (!day || !key || !found.containsKey(AdsColumn.SPEND) || !found.containsKey(AdsColumn.SALES)) {
                return;
            }
            index.putAll(found);
            if (texts.keySet().stream().anyMatch(c -> c >= CostSheetReader.MAX_COLUMNS)) {
                throw new SpreadsheetException("excel.error.tooManyColumns", sheet, CostSheetReader.MAX_COLUMNS);
            }
            List<AdReportLayout.Column> columns = new ArrayList<>();
            for (Map.Entry<Integer, String> e : texts.entrySet()) {
                AdsColumn used = found.entrySet().stream().filter(f -> f.getValue().equals(e.getKey()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                columns.add(new AdReportLayout.Column(SheetColumn.letter(e.getKey()), e.getValue(),
                        used == null ? null : used.field()));
            }
            layout = new AdReportLayout(source.format(), sheet, row.number(), columns);
        }

        /** The report lacks a column the import needs: say which, and what the sheet has. */
        SpreadsheetException missing() {
            List<String> missing = new ArrayList<>();
            if (!bestIndex.containsKey(AdsColumn.DATE) && !bestIndex.containsKey(AdsColumn.START_DATE)) {
                missing.add("Date / 日期");
            }
            if (!bestIndex.containsKey(AdsColumn.SKU) && !bestIndex.containsKey(AdsColumn.ASIN)) {
                missing.add("Advertised SKU / 广告SKU");
            }
            if (!bestIndex.containsKey(AdsColumn.SPEND)) {
                missing.add("Spend / 花费");
            }
            if (!bestIndex.containsKey(AdsColumn.SALES)) {
                missing.add("7 Day Total Sales / 7天总销售额");
            }
            if (bestScore <= 0) {
                return new SpreadsheetException("ads.error.notAdsReport", sheet, TableLocator.SEARCH_ROWS);
            }
            return new SpreadsheetException("ads.error.missingColumns", sheet, String.join(", ", missing),
                    String.join(", ", bestHeaders.values()));
        }

        private void data(SheetRow row) {
            if (row.blank()) {
                return;
            }
            if (++dataRows > MAX_DATA_ROWS) {
                throw new SpreadsheetException("excel.error.tooManyRows", sheet, MAX_DATA_ROWS);
            }
            List<CellIssue> issues = new ArrayList<>(0);
            LocalDate day = day(row, issues);
            String sku = text(row, AdsColumn.SKU);
            String asin = text(row, AdsColumn.ASIN);
            if (asin != null) {
                asin = asin.toUpperCase(Locale.ROOT);
            }
            currency(row, issues);
            BigDecimal spend = money(row, AdsColumn.SPEND, issues);
            BigDecimal sales = money(row, AdsColumn.SALES, issues);
            if (sku == null && asin == null) {
                AdsColumn c = index.containsKey(AdsColumn.SKU) ? AdsColumn.SKU : AdsColumn.ASIN;
                issues.add(issue(row, c, "", "ads.value.noSku"));
            }
            rows.accept(new AdReportRow(row.number(), day, sku, asin, spend, sales, issues));
        }

        private LocalDate day(SheetRow row, List<CellIssue> issues) {
            AdsColumn col = index.containsKey(AdsColumn.DATE) ? AdsColumn.DATE : AdsColumn.START_DATE;
            SheetCell cell = cell(row, col);
            if (cell == null) {
                issues.add(issue(row, col, "", "ads.value.noDate"));
                return null;
            }
            Optional<LocalDate> start = parseDate(cell.text());
            if (start.isEmpty()) {
                issues.add(issue(row, col, cell.text(), "ads.value.date", cell.text()));
                return null;
            }
            if (col == AdsColumn.START_DATE && index.containsKey(AdsColumn.END_DATE)) {
                SheetCell end = cell(row, AdsColumn.END_DATE);
                Optional<LocalDate> last = end == null ? start : parseDate(end.text());
                if (last.isEmpty()) {
                    issues.add(issue(row, AdsColumn.END_DATE, end.text(), "ads.value.date", end.text()));
                    return null;
                }
                if (!last.get().equals(start.get())) {
                    issues.add(issue(row, AdsColumn.END_DATE, end.text(), "ads.value.notDaily",
                            start.get().toString(), last.get().toString()));
                    return null;
                }
            }
            return start.get();
        }

        private void currency(SheetRow row, List<CellIssue> issues) {
            String c = text(row, AdsColumn.CURRENCY);
            if (c != null && !c.equalsIgnoreCase("USD") && !c.equals("美元") && !c.equals("$")) {
                issues.add(issue(row, AdsColumn.CURRENCY, c, "ads.value.notUsd", c));
            }
        }

        private BigDecimal money(SheetRow row, AdsColumn col, List<CellIssue> issues) {
            SheetCell cell = cell(row, col);
            if (cell == null) {
                // the Ads console leaves sales blank on days without an attributed sale
                return BigDecimal.ZERO;
            }
            if (cell.error()) {
                issues.add(issue(row, col, cell.text(), "excel.value.formulaError", cell.text()));
                return null;
            }
            BigDecimal v;
            if (cell.numeric() && !cell.percentFormat()) {
                v = cell.number();
            } else {
                try {
                    NumberText.Parsed p = NumberText.parse(cell.text());
                    if (p.percent()) {
                        issues.add(issue(row, col, cell.text(), "excel.value.percentInMoney", cell.text()));
                        return null;
                    }
                    if (p.currency() != null && !p.currency().equals(Money.USD)) {
                        issues.add(issue(row, col, cell.text(), "ads.value.notUsd", cell.text()));
                        return null;
                    }
                    v = p.value();
                } catch (CellProblem problem) {
                    issues.add(issue(row, col, cell.text(), problem.key(), problem.args().toArray()));
                    return null;
                }
            }
            String header = header(col);
            if (header != null && HeaderText.parse(header).units().currency() != null
                    && !HeaderText.parse(header).units().currency().equals(Money.USD)) {
                issues.add(issue(row, col, cell.text(), "ads.value.notUsd", header));
                return null;
            }
            if (v.signum() < 0) {
                issues.add(issue(row, col, cell.text(), "ads.value.negative", cell.text()));
                return null;
            }
            return v;
        }

        private SheetCell cell(SheetRow row, AdsColumn col) {
            Integer i = index.get(col);
            return i == null ? null : row.cell(i);
        }

        private String text(SheetRow row, AdsColumn col) {
            SheetCell c = cell(row, col);
            if (c == null) {
                return null;
            }
            String t = c.text().strip();
            return t.isEmpty() ? null : t;
        }

        private String header(AdsColumn col) {
            Integer i = index.get(col);
            return i == null ? null : layoutHeader(i);
        }

        private String layoutHeader(int columnIndex) {
            String letter = SheetColumn.letter(columnIndex);
            return layout.columns().stream().filter(c -> c.letter().equals(letter)).map(AdReportLayout.Column::header)
                    .findFirst().orElse("");
        }

        private CellIssue issue(SheetRow row, AdsColumn col, String value, String key, Object... args) {
            Integer i = index.get(col);
            return new CellIssue(CellIssue.Severity.ERROR, sheet, row.number(), i == null ? "" : SheetColumn.letter(i),
                    i == null ? "" : layoutHeader(i), value, key, List.of(args));
        }
    }

    static Optional<LocalDate> parseDate(String raw) {
        String s = raw.strip();
        if (s.length() > 10 && s.charAt(10) == 'T') {
            s = s.substring(0, 10);
        } else if (s.length() > 10 && s.matches("\\d{4}-\\d{2}-\\d{2} .*")) {
            s = s.substring(0, 10);
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }
}
