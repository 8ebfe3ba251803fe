package com.pricedesk.app.imports;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.imports.AdDayChange;
import com.pricedesk.domain.imports.AdDayKey;
import com.pricedesk.domain.imports.AdFigures;
import com.pricedesk.domain.imports.AdReportLayout;
import com.pricedesk.domain.imports.AdReportRow;
import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.ImportBatch;
import com.pricedesk.domain.imports.ImportKind;
import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.port.AdImportRepository;
import com.pricedesk.domain.port.AdReportSource;
import com.pricedesk.domain.port.ImportBatchRepository;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an Amazon Ads Sponsored Products advertised product report: sums spend and 7-day sales per
 * SKU and day over campaigns and ad groups, and stores them as the days' ad figures, so ACoS and TACoS
 * exist without an Ads API connection. All or nothing: a file with any error stores nothing. Each
 * import is a batch that {@code imports revert} undoes exactly.
 */
public final class AdsImportService {
    private static final Logger log = LoggerFactory.getLogger(AdsImportService.class);
    private static final Comparator<AdDayKey> KEY_ORDER =
            Comparator.comparing(AdDayKey::sellerSku).thenComparing(AdDayKey::day);

    private final AdReportSource reader;
    private final SkuRepository skus;
    private final MarketSnapshotRepository days;
    private final AdImportRepository ads;
    private final ImportBatchRepository batches;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AdsImportService(AdReportSource reader, SkuRepository skus, MarketSnapshotRepository days,
                            AdImportRepository ads, ImportBatchRepository batches, UnitOfWork unitOfWork,
                            Clock clock) {
        this.reader = reader;
        this.skus = skus;
        this.days = days;
        this.ads = ads;
        this.batches = batches;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Per SKU-day totals while reading. */
    private static final class Total {
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal sales = BigDecimal.ZERO;
        int firstRow;
    }

    /** Reads the report and, when it has no errors, stores its daily figures as one batch. */
    public AdsImportResult importAds(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SpreadsheetException("excel.error.notFound", file.toString());
        }
        String name = file.getFileName().toString();
        String hash = ImportService.sha256(file);
        Map<String, Sku> bySku = new HashMap<>();
        Map<String, String> skuByAsin = new HashMap<>();
        Set<String> sharedAsins = new HashSet<>();
        for (Sku s : skus.findAll()) {
            bySku.put(s.sellerSku(), s);
            if (s.asin() != null && skuByAsin.putIfAbsent(s.asin(), s.sellerSku()) != null) {
                sharedAsins.add(s.asin());
            }
        }
        List<CellIssue> errors = new ArrayList<>();
        List<CellIssue> warnings = new ArrayList<>();
        Map<AdDayKey, Total> totals = new TreeMap<>(KEY_ORDER);
        int[] counts = new int[2]; // rows read, rows skipped
        AdReportLayout layout = reader.read(file, row -> {
            counts[0]++;
            if (row.hasErrors()) {
                errors.addAll(row.issues());
                return;
            }
            String sku = resolve(row, bySku, skuByAsin, sharedAsins, warnings);
            if (sku == null) {
                counts[1]++;
                return;
            }
            Total t = totals.computeIfAbsent(new AdDayKey(sku, row.day()), k -> new Total());
            if (t.firstRow == 0) {
                t.firstRow = row.row();
            }
            t.spend = t.spend.add(row.spend());
            t.sales = t.sales.add(row.sales());
        });
        warnings.replaceAll(w -> located(w, layout));
        Map<AdDayKey, AdFigures> figures = new TreeMap<>(KEY_ORDER);
        BigDecimal spend = BigDecimal.ZERO.setScale(2);
        BigDecimal sales = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<AdDayKey, Total> e : totals.entrySet()) {
            BigDecimal sp = cents(e.getKey(), e.getValue().spend, e.getValue().firstRow, layout, warnings);
            BigDecimal sa = cents(e.getKey(), e.getValue().sales, e.getValue().firstRow, layout, warnings);
            figures.put(e.getKey(), new AdFigures(sp, sa));
            spend = spend.add(sp);
            sales = sales.add(sa);
        }
        int skuCount = (int) figures.keySet().stream().map(AdDayKey::sellerSku).distinct().count();
        int dayCount = (int) figures.keySet().stream().map(AdDayKey::day).distinct().count();
        if (!errors.isEmpty() || figures.isEmpty()) {
            return new AdsImportResult(name, layout, counts[0], skuCount, dayCount, spend, sales, 0, 0, 0, counts[1],
                    errors, warnings, null);
        }
        BigDecimal totalSpend = spend;
        BigDecimal totalSales = sales;
        return unitOfWork.inTransaction(() -> {
            long batchId = batches.create(new ImportBatch(0, name, hash, layout.sheet(), clock.instant(), 0, 0, 0, 0,
                    0, null, ImportKind.ADS));
            LocalDate from = figures.keySet().stream().map(AdDayKey::day).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = figures.keySet().stream().map(AdDayKey::day).max(LocalDate::compareTo).orElseThrow();
            Map<AdDayKey, AdFigures> before = ads.adFigures(from, to);
            List<AdDayChange> changes = new ArrayList<>(figures.size());
            List<SkuDay> rows = new ArrayList<>(figures.size());
            int created = 0;
            int unchanged = 0;
            for (Map.Entry<AdDayKey, AdFigures> e : figures.entrySet()) {
                AdFigures was = before.getOrDefault(e.getKey(), new AdFigures(null, null));
                AdDayChange c = new AdDayChange(e.getKey().sellerSku(), e.getKey().day(), was.spend(), was.sales(),
                        e.getValue().spend(), e.getValue().sales());
                changes.add(c);
                created += c.created() ? 1 : 0;
                unchanged += c.unchanged() ? 1 : 0;
                rows.add(SkuDay.empty(c.sellerSku(), c.day()).withAds(c.spendAfter(), c.salesAfter()));
            }
            days.mergeDays(rows, EnumSet.of(SkuDay.Field.ADS));
            ads.addChanges(batchId, changes);
            int updated = changes.size() - created - unchanged;
            batches.complete(batchId, layout.sheet(), counts[0], created, updated, unchanged, counts[1]);
            log.info("Imported Ads report {} as batch {}: {} SKU-days ({} new, {} updated, {} unchanged), {} rows skipped",
                    file, batchId, changes.size(), created, updated, unchanged, counts[1]);
            return new AdsImportResult(name, layout, counts[0], skuCount, dayCount, totalSpend, totalSales, created,
                    updated, unchanged, counts[1], errors, warnings, batchId);
        });
    }

    /** The catalogue SKU a row is about: its advertised SKU, else the one SKU with its ASIN; else a warning. */
    private static String resolve(AdReportRow row, Map<String, Sku> bySku, Map<String, String> skuByAsin,
                                  Set<String> sharedAsins, List<CellIssue> warnings) {
        if (row.sellerSku() != null) {
            if (bySku.containsKey(row.sellerSku())) {
                return row.sellerSku();
            }
            warnings.add(warning(row, "sku", row.sellerSku(), "ads.warn.unknownSku", row.sellerSku()));
            return null;
        }
        if (sharedAsins.contains(row.asin())) {
            warnings.add(warning(row, "asin", row.asin(), "ads.warn.sharedAsin", row.asin()));
            return null;
        }
        String sku = skuByAsin.get(row.asin());
        if (sku == null) {
            warnings.add(warning(row, "asin", row.asin(), "ads.warn.unknownAsin", row.asin()));
        }
        return sku;
    }

    private static CellIssue warning(AdReportRow row, String field, String value, String key, Object... args) {
        // the column is filled in by the caller's layout when the issue is reported; rows carry only numbers
        return new CellIssue(CellIssue.Severity.WARNING, "", row.row(), field, "", value, key, List.of(args));
    }

    /** Puts the sheet, column letter and header on a warning made while the row was resolved. */
    private static CellIssue located(CellIssue w, AdReportLayout layout) {
        if (!w.sheet().isEmpty()) {
            return w;
        }
        AdReportLayout.Column c = layout.column(w.column());
        return new CellIssue(w.severity(), layout.sheet(), w.row(), c == null ? "" : c.letter(),
                c == null ? "" : c.header(), w.value(), w.key(), w.args());
    }

    /** Ads amounts are whole cents; a sum with fractions of a cent is rounded half-up, and said so. */
    private static BigDecimal cents(AdDayKey key, BigDecimal v, int row, AdReportLayout layout,
                                    List<CellIssue> warnings) {
        BigDecimal c = v.setScale(2, RoundingMode.HALF_UP);
        if (c.compareTo(v) != 0) {
            warnings.add(new CellIssue(CellIssue.Severity.WARNING, layout.sheet(), row, "", "", v.toPlainString(),
                    "ads.warn.rounded", List.of(key.sellerSku(), key.day().toString(), v.toPlainString(),
                    c.toPlainString())));
        }
        return c;
    }

    /**
     * Restores the ad figures every SKU-day of an Ads batch had before it. Runs inside the caller's
     * transaction; refused, with nothing changed, when a later import or sync changed those days.
     */
    ImportBatch revertInside(ImportBatch batch) {
        List<AdDayChange> changes = ads.changes(batch.id());
        Set<AdDayKey> keys = new TreeSet<>(KEY_ORDER);
        changes.forEach(c -> keys.add(c.key()));
        Set<AdDayKey> later = new TreeSet<>(KEY_ORDER);
        later.addAll(ads.touchedAfter(batch.id()));
        later.retainAll(keys);
        if (!later.isEmpty()) {
            throw new ImportRefused("imports.error.laterBatch", batch.id(), sample(later));
        }
        if (!changes.isEmpty()) {
            LocalDate from = changes.stream().map(AdDayChange::day).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = changes.stream().map(AdDayChange::day).max(LocalDate::compareTo).orElseThrow();
            Map<AdDayKey, AdFigures> now = ads.adFigures(from, to);
            Set<AdDayKey> edited = new TreeSet<>(KEY_ORDER);
            for (AdDayChange c : changes) {
                AdFigures f = now.get(c.key());
                if (f == null || !same(f.spend(), c.spendAfter()) || !same(f.sales(), c.salesAfter())) {
                    edited.add(c.key());
                }
            }
            if (!edited.isEmpty()) {
                throw new ImportRefused("imports.error.changedSince", batch.id(), sample(edited));
            }
            days.mergeDays(changes.stream()
                    .map(c -> SkuDay.empty(c.sellerSku(), c.day()).withAds(c.spendBefore(), c.salesBefore()))
                    .toList(), EnumSet.of(SkuDay.Field.ADS));
        }
        batches.markReverted(batch.id(), clock.instant());
        log.info("Reverted Ads import batch {}: {} SKU-days restored", batch.id(), changes.size());
        return batches.find(batch.id()).orElseThrow();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String sample(Set<AdDayKey> keys) {
        return String.join(", ", keys.stream().limit(5).map(k -> k.sellerSku() + " " + k.day()).toList())
                + (keys.size() > 5 ? ", …" : "");
    }
}
