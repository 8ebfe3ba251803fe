package com.pricedesk.app.repricing;

import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.MarginPricing;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Warm-up economics on the workspace's real fee tables ({@link UnitEconomicsMarginPricing}, the class the
 * engine's real passes use): a synthetic small-standard item bought in CNY and shipped by sea per kg.
 * The fee tables are read once, on the warm-up's own thread.
 */
public final class UnitEconomicsWarmUpPricing implements WarmUpPricing {
    /** A plausible rate; the warm-up's prices are synthetic, so the exact figure does not matter. */
    private static final BigDecimal CNY_PER_USD = new BigDecimal("7.20");
    private static final String[] CATEGORIES = {"Home and Kitchen", "Electronics Accessories", "Sports and Outdoors",
            "Pet Supplies"};

    private final EconomicsService economics;
    private FeeSchedule schedule;
    private FxRate fx;

    public UnitEconomicsWarmUpPricing(EconomicsService economics) {
        this.economics = economics;
    }

    @Override
    public MarginPricing forSyntheticSku(Sku sku, BigDecimal price, BigDecimal landed) {
        if (schedule == null) {
            schedule = economics.scheduleOn(economics.today());
            fx = new FxRate(economics.today(), CNY_PER_USD);
        }
        int n = Math.floorMod(sku.sellerSku().hashCode(), CATEGORIES.length);
        Sku item = new Sku(sku.sellerSku(), sku.asin(), sku.title(), null, CATEGORIES[n], sku.tier(), sku.tags(),
                new Dimensions(new BigDecimal(20 + n), new BigDecimal("15"), new BigDecimal(3 + n)),
                new Weight(new BigDecimal("0.3").add(BigDecimal.valueOf(n, 1))));
        // About half the landed cost is the purchase price (in CNY), the rest freight and extras.
        Money purchase = new Money(landed.multiply(new BigDecimal("0.5")).multiply(CNY_PER_USD)
                .setScale(2, RoundingMode.HALF_UP), Money.CNY);
        CostProfile profile = new CostProfile(purchase, FreightBasis.PER_KG, Money.cny("11.50"),
                CostProfile.DEFAULT_VOLUMETRIC_DIVISOR, new BigDecimal("25"), null, Money.cny("1.20"),
                Money.cny("0.30"), Money.zero(Money.CNY), Money.zero(Money.CNY), Money.usd("0.21"),
                BigDecimal.valueOf(3 + n), BigDecimal.ONE, BigDecimal.valueOf(8 + n), new BigDecimal("1.5"));
        return UnitEconomicsMarginPricing.of(economics.unitEconomicsOrThrow(schedule, fx, item, profile));
    }
}
