package com.pricedesk.app.exports;

import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.SolvedPrice;
import com.pricedesk.domain.cost.UnitEconomics;
import com.pricedesk.domain.cost.Waterfall;
import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.kpi.KpiTargets;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.KpiTargetRepository;
import com.pricedesk.domain.port.LatestInventory;
import com.pricedesk.domain.port.PriceLimitRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.port.TableSink;
import com.pricedesk.domain.port.TableSink.Column;
import com.pricedesk.domain.port.TableSink.Kind;
import com.pricedesk.domain.pricing.BandResult;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.MarginPricing;
import com.pricedesk.domain.pricing.PriceBand;
import com.pricedesk.domain.pricing.PriceBandCalculator;
import com.pricedesk.domain.pricing.PriceLimits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pricing exports: the profit/KPI report per SKU (the waterfall at the current price, margin, ROI,
 * break-even, floor, ceiling, KPI status) and Amazon's Price &amp; Quantity file for manual upload, whose
 * minimum and maximum allowed prices are the guardrail floor and ceiling. SKUs, costs, prices and fee
 * tables are read once per export, never per SKU.
 */
public final class PricingExports {
    private static final Logger log = LoggerFactory.getLogger(PricingExports.class);
    /** The waterfall lines, in the order {@code UnitEconomics.at} adds them; absent lines are blank. */
    static final List<String> LINES = List.of("purchase", "freight", "tariff", "handling", "referral", "closing", "fba",
            "fuel_surcharge", "storage", "aged_inventory", "inbound_placement", "returns", "advertising");
    /** Amazon's column names: its upload reads these exact words, in any language of Seller Central. */
    static final List<String> PRICE_FILE_HEADERS = List.of("sku", "price", "minimum-seller-allowed-price",
            "maximum-seller-allowed-price", "quantity");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SkuRepository skus;
    private final CostProfileRepository costs;
    private final PriceRepository prices;
    private final PriceLimitRepository limits;
    private final KpiTargetRepository kpis;
    private final LatestInventory inventory;
    private final EconomicsService economics;
    private final PriceBandCalculator bands;
    private final TableSink tables;

    public PricingExports(SkuRepository skus, CostProfileRepository costs, PriceRepository prices,
                          PriceLimitRepository limits, KpiTargetRepository kpis, LatestInventory inventory,
                          EconomicsService economics, GuardrailSettings guardrails, TableSink tables) {
        this.skus = skus;
        this.costs = costs;
        this.prices = prices;
        this.limits = limits;
        this.kpis = kpis;
        this.inventory = inventory;
        this.economics = economics;
        this.bands = new PriceBandCalculator(guardrails);
        this.tables = tables;
    }

    /** Writes the profit/KPI report with headers in {@code locale}'s language; returns the SKU rows written. */
    public int exportReport(Path target, Locale locale) {
        Messages msg = new Messages(locale);
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(msg.get("export.report.sku"), Kind.TEXT, 18));
        columns.add(new Column(msg.get("export.report.asin"), Kind.TEXT, 12));
        columns.add(new Column(msg.get("export.report.title"), Kind.TEXT, 40));
        columns.add(new Column(msg.get("export.report.tier"), Kind.TEXT, 10));
        columns.add(new Column(msg.get("export.report.category"), Kind.TEXT, 22));
        columns.add(new Column(msg.get("export.report.price"), Kind.MONEY, 10));
        columns.add(new Column(msg.get("export.report.landedCost"), Kind.MONEY, 10));
        for (String line : LINES) {
            columns.add(new Column(msg.get("economics.line." + line), Kind.MONEY, 12));
        }
        columns.add(new Column(msg.get("export.report.totalCosts"), Kind.MONEY, 10));
        columns.add(new Column(msg.get("export.report.profit"), Kind.MONEY, 10));
        columns.add(new Column(msg.get("export.report.margin"), Kind.PERCENT, 10));
        columns.add(new Column(msg.get("export.report.roi"), Kind.PERCENT, 10));
        columns.add(new Column(msg.get("export.report.breakEven"), Kind.MONEY, 10));
        columns.add(new Column(msg.get("export.report.floor"), Kind.MONEY, 10));
        columns.add(new Column(msg.get("export.report.ceiling"), Kind.MONEY, 10));
        columns.add(new Column(msg.get("export.report.kpiStatus"), Kind.TEXT, 12));
        columns.add(new Column(msg.get("export.report.note"), Kind.TEXT, 50));
        KpiBook book = kpis.load().orElse(KpiBook.defaults());
        int rows = tables.write(target, msg.get("export.report.sheet"), columns,
                out -> forEachSku(p -> out.accept(reportRow(p, book, msg))));
        log.info("Exported the profit report of {} SKUs to {}", rows, target);
        return rows;
    }

    private List<Object> reportRow(SkuPricing p, KpiBook book, Messages msg) {
        Sku s = p.sku();
        List<Object> row = new ArrayList<>(Arrays.asList(s.sellerSku(), s.asin(), s.title(),
                msg.get("tier." + s.tier().name().toLowerCase(Locale.ROOT)), s.category(), p.price(),
                p.economics() == null ? null : p.economics().landedCost().rounded()));
        Waterfall w = p.waterfall();
        for (String line : LINES) {
            row.add(w == null ? null : w.line(line).map(l -> l.amount().rounded()).orElse(null));
        }
        PriceBand band = p.usableBand();
        if (w == null) {
            row.addAll(Arrays.asList(null, null, null, null));
        } else {
            row.add(w.totalCosts().rounded());
            row.add(w.profit().rounded());
            row.add(w.marginPct());
            row.add(w.roiPct().orElse(null));
        }
        row.add(p.breakEven() == null ? null : p.breakEven().asOptional().orElse(null));
        row.add(band == null ? null : band.floor());
        row.add(band == null ? null : band.ceiling());
        KpiStatus status = kpiStatus(book.forSku(s), w);
        row.add(status == KpiStatus.UNKNOWN ? null : msg.get("export.kpi." + status.name().toLowerCase(Locale.ROOT)));
        row.add(note(p, msg));
        return row;
    }

    /** Why a row lacks figures, or the conflict that leaves a SKU without a usable band. */
    private static String note(SkuPricing p, Messages msg) {
        if (p.problem() != null) {
            return msg.get(p.problem());
        }
        if (p.band() instanceof BandResult.FloorAboveCeiling f) {
            return Messages.CHINESE.equals(msg.locale()) ? f.why().chinese() : f.why().english();
        }
        if (p.band() instanceof BandResult.MarginUnreachable u) {
            return Messages.CHINESE.equals(msg.locale()) ? u.why().chinese() : u.why().english();
        }
        return null;
    }

    /**
     * The worst of the margin and ROI KPIs at the current price against the SKU's targets: margin is
     * OK at or above the target margin, WARNING between the minimum and the target, BREACH below the
     * minimum; ROI is OK at or above its minimum, WARNING within 10% of it, BREACH beyond. UNKNOWN when
     * the economics or the targets are not known.
     */
    static KpiStatus kpiStatus(KpiTargets t, Waterfall w) {
        if (w == null) {
            return KpiStatus.UNKNOWN;
        }
        KpiStatus worst = KpiStatus.UNKNOWN;
        BigDecimal m = w.marginPct();
        if (t.minMarginPct().isPresent() && m.compareTo(t.minMarginPct().get()) < 0) {
            worst = worse(worst, KpiStatus.BREACH);
        } else if (t.targetMarginPct().isPresent() && m.compareTo(t.targetMarginPct().get()) < 0) {
            worst = worse(worst, KpiStatus.WARNING);
        } else if (t.minMarginPct().isPresent() || t.targetMarginPct().isPresent()) {
            worst = worse(worst, KpiStatus.OK);
        }
        Optional<BigDecimal> roi = w.roiPct();
        if (t.minRoiPct().isPresent() && roi.isPresent()) {
            BigDecimal target = t.minRoiPct().get();
            BigDecimal band = target.abs().multiply(BigDecimal.TEN).divide(HUNDRED, MathContext.DECIMAL64);
            KpiStatus s = roi.get().compareTo(target) >= 0 ? KpiStatus.OK
                    : roi.get().compareTo(target.subtract(band)) >= 0 ? KpiStatus.WARNING : KpiStatus.BREACH;
            worst = worse(worst, s);
        }
        return worst;
    }

    private static KpiStatus worse(KpiStatus a, KpiStatus b) {
        if (a == KpiStatus.UNKNOWN) {
            return b;
        }
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(KpiStatus s) {
        return switch (s) {
            case UNKNOWN -> -1;
            case OK -> 0;
            case WARNING -> 1;
            case BREACH -> 2;
        };
    }

    /**
     * Writes Amazon's Price &amp; Quantity file (xlsx, or tab-separated text for .txt): each SKU's current
     * price with its floor as minimum-seller-allowed-price and its ceiling as maximum. A SKU without a
     * price or a usable floor, or whose price is outside its band, is left out and reported: the file
     * never carries a price outside the guardrails.
     */
    public PriceFileResult exportAmazonPriceFile(Path target, Locale locale) {
        Messages msg = new Messages(locale);
        Map<String, Integer> stock = inventory.latestFulfillable();
        List<Column> columns = PRICE_FILE_HEADERS.stream()
                .map(h -> new Column(h, h.equals("sku") ? Kind.TEXT : h.equals("quantity") ? Kind.INTEGER : Kind.MONEY,
                        h.length() + 4))
                .toList();
        List<PriceFileResult.Skipped> skipped = new ArrayList<>();
        int rows = tables.write(target, "Price & Quantity", columns, out -> forEachSku(p -> {
            String sku = p.sku().sellerSku();
            PriceBand band = p.usableBand();
            if (p.price() == null) {
                skipped.add(new PriceFileResult.Skipped(sku, "export.priceFile.noPrice", List.of()));
            } else if (band == null) {
                skipped.add(new PriceFileResult.Skipped(sku, "export.priceFile.noBand",
                        List.of(p.problem() != null ? msg.get(p.problem()) : bandProblem(p.band(), msg))));
            } else if (!band.contains(p.price())) {
                skipped.add(new PriceFileResult.Skipped(sku, "export.priceFile.outside",
                        List.of(p.price().amount().toPlainString(), band.floor().amount().toPlainString(),
                                band.ceiling().amount().toPlainString())));
            } else {
                out.accept(Arrays.asList(sku, p.price(), band.floor(), band.ceiling(), stock.get(sku)));
            }
        }));
        log.info("Exported Amazon's price file with {} SKUs to {} ({} left out)", rows, target, skipped.size());
        return new PriceFileResult(rows, skipped);
    }

    private static String bandProblem(BandResult band, Messages msg) {
        boolean zh = Messages.CHINESE.equals(msg.locale());
        com.pricedesk.domain.pricing.Explanation why = null;
        if (band instanceof BandResult.FloorAboveCeiling f) {
            why = f.why();
        } else if (band instanceof BandResult.MarginUnreachable u) {
            why = u.why();
        } else if (band instanceof BandResult.NoUnitEconomics n) {
            why = n.why();
        }
        return why == null ? "" : zh ? why.chinese() : why.english();
    }

    /** Every SKU in seller-SKU order with its pricing, computed from data read once. */
    private void forEachSku(Consumer<SkuPricing> each) {
        LocalDate today = economics.today();
        Map<String, CostProfile> profiles = costs.findAll();
        Map<String, Money> current = prices.currentPrices();
        Map<String, PriceLimits> manual = limits.findAll();
        Optional<FxRate> fx = economics.fxRateOn(today);
        FeeSchedule schedule = economics.scheduleOn(today);
        List<Sku> all = new ArrayList<>(skus.findAll());
        all.sort(java.util.Comparator.comparing(Sku::sellerSku));
        for (Sku sku : all) {
            each.accept(pricing(sku, profiles.get(sku.sellerSku()), current.get(sku.sellerSku()),
                    manual.getOrDefault(sku.sellerSku(), PriceLimits.NONE), fx, schedule));
        }
    }

    private SkuPricing pricing(Sku sku, CostProfile profile, Money price, PriceLimits manual, Optional<FxRate> fx,
                               FeeSchedule schedule) {
        BigDecimal tierMargin = economics.floorMargin(sku.tier()).pct();
        UnitEconomics e = null;
        String problem = null;
        if (profile == null) {
            problem = "export.problem.noCosts";
        } else if (fx.isEmpty()) {
            problem = "export.problem.noFx";
        } else {
            try {
                e = economics.unitEconomicsOrThrow(schedule, fx.get(), sku, profile);
            } catch (IllegalArgumentException ex) {
                // the domain's message names the field and value; shown as is (Messages returns unknown keys verbatim)
                problem = ex.getMessage();
            }
        }
        Optional<MarginPricing> margins = Optional.ofNullable(e).map(Margins::new);
        BandResult band = bands.band(sku.tier(), tierMargin, Optional.empty(), manual, Optional.empty(), margins);
        Waterfall w = e == null || price == null ? null : e.at(price);
        SolvedPrice breakEven = e == null ? null : e.breakEven();
        return new SkuPricing(sku, price, e, w, breakEven, band, problem);
    }

    /** One SKU's economics through the guardrails' narrow interface. */
    private record Margins(UnitEconomics e) implements MarginPricing {
        @Override
        public Optional<Money> priceForMargin(BigDecimal marginPct) {
            return e.priceForMargin(marginPct).asOptional();
        }

        @Override
        public Optional<BigDecimal> marginAt(Money price) {
            if (price == null || price.amount().signum() <= 0) {
                return Optional.empty();
            }
            return Optional.of(e.at(price.rounded()).marginPct());
        }
    }
}
