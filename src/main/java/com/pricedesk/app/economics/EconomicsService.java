package com.pricedesk.app.economics;

import com.pricedesk.app.economics.FloorMargins.FloorMargin;
import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.EconomicsInput;
import com.pricedesk.domain.cost.LandedCost;
import com.pricedesk.domain.cost.SolvedPrice;
import com.pricedesk.domain.cost.UnitEconomics;
import com.pricedesk.domain.cost.Waterfall;
import com.pricedesk.domain.cost.fees.FbaFee;
import com.pricedesk.domain.cost.fees.FbaFeeQuote;
import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.cost.fees.PackageSize;
import com.pricedesk.domain.cost.fees.PriceBand;
import com.pricedesk.domain.cost.fees.ReferralCategory;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.FeeScheduleRepository;
import com.pricedesk.domain.port.FxRateRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SkuRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quotes Amazon fees and unit economics: for one item ({@code fees}), one SKU ({@code quote}), or every
 * SKU against its tier's minimum margin (what a cost change must re-check). Fee tables are resolved
 * once per call, never per SKU.
 */
public final class EconomicsService {
    /** Below this many SKUs, splitting the work over cores costs more than it saves. */
    private static final int PARALLEL_FROM = 2_000;
    private static final Logger log = LoggerFactory.getLogger(EconomicsService.class);

    private final SkuRepository skus;
    private final CostProfileRepository costs;
    private final PriceRepository prices;
    private final FxRateRepository fxRates;
    private final FeeScheduleRepository feeTables;
    private final FeeSettings feeSettings;
    private final FloorMargins floorMargins;
    private final Clock clock;

    public EconomicsService(SkuRepository skus, CostProfileRepository costs, PriceRepository prices,
                            FxRateRepository fxRates, FeeScheduleRepository feeTables, FeeSettings feeSettings,
                            FloorMargins floorMargins, Clock clock) {
        this.skus = skus;
        this.costs = costs;
        this.prices = prices;
        this.fxRates = fxRates;
        this.feeTables = feeTables;
        this.feeSettings = feeSettings;
        this.floorMargins = floorMargins;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The fee tables in force on a date with the workspace's fee options. */
    public FeeSchedule scheduleOn(LocalDate date) {
        return feeTables.current().on(date, feeSettings.options());
    }

    /** Amazon's fees for one item at one price: size tier, shipping weight, fulfillment and referral fee. */
    public FeeQuote fees(Money price, String category, Dimensions dims, Weight weight, boolean apparel,
                         LocalDate date) {
        requirePrice(price);
        FeeSchedule schedule = scheduleOn(date);
        ReferralCategory referral = schedule.referral().category(category);
        FbaFeeQuote fba = schedule.fbaFees().quote(PackageSize.of(dims, weight), apparel);
        FbaFee fbaFee = fba.at(price.amount());
        Money surcharge = Money.usd(schedule.fuelSurcharge().map(f -> f.on(fbaFee.amount())).orElse(BigDecimal.ZERO));
        return new FeeQuote(date, price, referral.name(), fba.size(), PriceBand.of(price.amount()), fbaFee, surcharge,
                Money.usd(referral.feeAt(price.amount())), referral.tierOf(price.amount()).ratePct(),
                Money.usd(referral.closingFee() == null ? BigDecimal.ZERO : referral.closingFee()),
                schedule.versions());
    }

    /** Unit economics of a SKU at {@code price} (its current price when empty) on {@code date}. */
    public SkuQuote quote(String sellerSku, Optional<Money> price, LocalDate date) {
        Sku sku = skus.find(sellerSku).orElseThrow(() -> new IllegalArgumentException("Unknown SKU '" + sellerSku + "'"));
        CostProfile profile = costs.find(sellerSku).orElseThrow(() -> new IllegalArgumentException(
                "SKU " + sellerSku + " has no cost profile: import its costs first"));
        Money p = price.or(() -> prices.currentPrice(sellerSku)).orElseThrow(() -> new IllegalArgumentException(
                "SKU " + sellerSku + " has no current price: give one with --price"));
        requirePrice(p);
        FxRate fx = fxOn(date);
        UnitEconomics economics = economics(scheduleOn(date), sku, profile, fx);
        FloorMargin floorMargin = floorMargins.of(sku.tier());
        return new SkuQuote(sku, date, fx, economics, economics.at(p), economics.breakEven(), floorMargin,
                economics.priceForMargin(floorMargin.pct()));
    }

    /**
     * The unit economics of one SKU on {@code date}, or empty when they cannot be computed (no cost
     * profile, no exchange rate, missing weight, unknown category); the reason is logged.
     */
    public Optional<UnitEconomics> unitEconomics(Sku sku, LocalDate date) {
        Optional<CostProfile> profile = costs.find(sku.sellerSku());
        Optional<FxRate> fx = fxRates.rateOn(date);
        if (profile.isEmpty() || fx.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(economics(scheduleOn(date), sku, profile.get(), fx.get()));
        } catch (IllegalArgumentException e) {
            log.warn("Unit economics of {} are unknown: {}", sku.sellerSku(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * As {@link #unitEconomics(Sku, LocalDate)} with the fee tables, rate and cost profile the caller has
     * already read once for many SKUs (the grid); empty, with the reason logged, when they cannot be computed.
     */
    public Optional<UnitEconomics> unitEconomics(FeeSchedule schedule, FxRate fx, Sku sku, CostProfile profile) {
        try {
            return Optional.of(economics(schedule, sku, profile, fx));
        } catch (IllegalArgumentException e) {
            log.warn("Unit economics of {} are unknown: {}", sku.sellerSku(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The unit economics of many SKUs on {@code date}, from cost profiles the caller has already read;
     * fee tables and the exchange rate are read once. SKUs whose economics cannot be computed (no cost
     * profile, no exchange rate, bad data) are missing from the answer.
     */
    public Map<String, UnitEconomics> unitEconomics(LocalDate date, List<Sku> of, Map<String, CostProfile> profiles) {
        Optional<FxRate> fx = fxRates.rateOn(date);
        if (fx.isEmpty() || of.isEmpty()) {
            return Map.of();
        }
        FeeSchedule schedule = scheduleOn(date);
        // Each SKU's economics are independent and pure: a large shop is computed on all cores.
        java.util.stream.Stream<Sku> stream = of.size() >= PARALLEL_FROM ? of.parallelStream() : of.stream();
        return stream.flatMap(sku -> {
            CostProfile profile = profiles.get(sku.sellerSku());
            if (profile == null) {
                return java.util.stream.Stream.empty();
            }
            try {
                return java.util.stream.Stream.of(Map.entry(sku.sellerSku(), economics(schedule, sku, profile, fx.get())));
            } catch (IllegalArgumentException e) {
                log.debug("Unit economics of {} are unknown: {}", sku.sellerSku(), e.getMessage());
                return java.util.stream.Stream.empty();
            }
        }).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** Every SKU with costs and a price, against its tier's minimum margin on {@code date}. */
    public List<SkuMarginStatus> marginStatus(LocalDate date) {
        return marginStatus(date, s -> true);
    }

    /** As {@link #marginStatus(LocalDate)}, only for the SKUs {@code affected} selects. */
    public List<SkuMarginStatus> marginStatus(LocalDate date, Predicate<Sku> affected) {
        return marginStatus(date, skus.findAll().stream().filter(affected).toList(), costs.findAll(),
                prices.currentPrices());
    }

    /** As above, for SKUs, costs and prices the caller has already read (the grid reads them once). */
    public List<SkuMarginStatus> marginStatus(LocalDate date, List<Sku> of, Map<String, CostProfile> profiles,
                                              Map<String, Money> current) {
        FeeSchedule schedule = scheduleOn(date);
        FxRate fx = fxOn(date);
        List<SkuMarginStatus> out = new ArrayList<>(of.size());
        for (Sku sku : of) {
            out.add(status(schedule, fx, sku, profiles.get(sku.sellerSku()), current.get(sku.sellerSku())));
        }
        return out;
    }

    private SkuMarginStatus status(FeeSchedule schedule, FxRate fx, Sku sku, CostProfile profile, Money price) {
        FloorMargin target = floorMargins.of(sku.tier());
        if (profile == null) {
            return unknown(sku, price, target, "no cost profile");
        }
        if (price == null) {
            return unknown(sku, null, target, "no current price");
        }
        try {
            UnitEconomics e = economics(schedule, sku, profile, fx);
            Waterfall w = e.at(price);
            BigDecimal margin = w.marginPct();
            SolvedPrice floor = e.priceForMargin(target.pct());
            return new SkuMarginStatus(sku.sellerSku(), price, margin, target.pct(),
                    e.breakEven().asOptional().orElse(null), floor.asOptional().orElse(null),
                    margin.compareTo(target.pct()) < 0, null);
        } catch (IllegalArgumentException ex) {
            // One SKU with bad data (no weight, unknown category) must not hide the others' breaches.
            log.warn("Unit economics of {} are unknown: {}", sku.sellerSku(), ex.getMessage());
            return unknown(sku, price, target, ex.getMessage());
        }
    }

    private static SkuMarginStatus unknown(Sku sku, Money price, FloorMargin target, String problem) {
        return new SkuMarginStatus(sku.sellerSku(), price, null, target.pct(), null, null, false, problem);
    }

    private static UnitEconomics economics(FeeSchedule schedule, Sku sku, CostProfile profile, FxRate fx) {
        LandedCost landed = LandedCost.of(profile, sku.dimensions(), sku.weight(), fx);
        PackageSize size = PackageSize.of(sku.dimensions(), sku.weight());
        return UnitEconomics.of(schedule, EconomicsInput.of(sku.category(), size, isApparel(sku), landed, profile));
    }

    /** Apparel rates apply to the Clothing category and to SKUs the seller tagged "apparel". */
    static boolean isApparel(Sku sku) {
        return sku.category().toLowerCase(java.util.Locale.ROOT).startsWith("clothing")
                || sku.tags().stream().anyMatch(t -> t.equalsIgnoreCase("apparel"));
    }

    private FxRate fxOn(LocalDate date) {
        return fxRates.rateOn(date).orElseThrow(() -> new IllegalArgumentException(
                "No exchange rate (CNY per USD) on or before " + date + ": enter one first"));
    }

    private static void requirePrice(Money price) {
        if (price.amount().signum() <= 0) {
            throw new IllegalArgumentException("Price must be positive, was " + price.amount().toPlainString());
        }
        if (price.amount().stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Price must be in whole cents, was " + price.amount().toPlainString());
        }
    }

    /**
     * The unit economics of a SKU whose profile the caller has read, on a schedule and rate the caller
     * resolved once (bulk exports). Throws IllegalArgumentException naming the problem (no weight,
     * unknown category) when they cannot be computed.
     */
    public UnitEconomics unitEconomicsOrThrow(FeeSchedule schedule, FxRate fx, Sku sku, CostProfile profile) {
        return economics(schedule, sku, profile, fx);
    }

    /** The exchange rate in force on {@code date}, if one was entered. */
    public Optional<FxRate> fxRateOn(LocalDate date) {
        return fxRates.rateOn(date);
    }

    /** A tier's minimum margin, which sets its floor. */
    public FloorMargin floorMargin(com.pricedesk.domain.catalog.Tier tier) {
        return floorMargins.of(tier);
    }

    /** The SKUs among {@code statuses} below their tier's minimum margin. */
    public static List<SkuMarginStatus> below(Collection<SkuMarginStatus> statuses) {
        return statuses.stream().filter(SkuMarginStatus::belowTarget).toList();
    }
}
