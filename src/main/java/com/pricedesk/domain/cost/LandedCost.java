package com.pricedesk.domain.cost;

import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Landed cost (到岸成本) of one unit in USD: purchase + first-leg freight + tariff + packaging,
 * labeling, prep and other (PRODUCT.md §3). Components are kept so the UI can show a waterfall.
 */
public record LandedCost(Money purchase, Money freight, Money tariff, Money handling, BigDecimal chargeableWeightKg) {

    /** 1 ÷ 100 as a constant (same value and scale 2), not a division per SKU */
    private static final BigDecimal PERCENT = new BigDecimal("0.01");

    public Money total() {
        return purchase.plus(freight).plus(tariff).plus(handling);
    }

    /** Computes the landed cost with the given exchange rate; amounts stay unrounded until display. */
    public static LandedCost of(CostProfile p, Dimensions dims, Weight weight, FxRate fx) {
        Objects.requireNonNull(p);
        Objects.requireNonNull(fx);
        Money purchaseUsd = fx.toUsd(p.purchase());
        BigDecimal chargeable = chargeableWeightKg(dims, weight, p.volumetricDivisor());
        Money rate = fx.toUsd(p.freightRate());
        Money freight = switch (p.freightBasis()) {
            case PER_UNIT -> rate;
            case PER_KG -> {
                if (chargeable == null) {
                    throw new IllegalArgumentException("Freight is quoted per kg but the SKU has no weight");
                }
                yield rate.times(chargeable);
            }
            case PER_CBM -> {
                if (dims == null) {
                    throw new IllegalArgumentException("Freight is quoted per CBM but the SKU has no dimensions");
                }
                yield rate.times(dims.volumeCbm());
            }
        };
        Money customs = p.customsValue() == null ? purchaseUsd : fx.toUsd(p.customsValue());
        Money tariff = customs.times(p.tariffPct()).times(PERCENT);
        Money handling = fx.toUsd(p.packaging()).plus(fx.toUsd(p.labeling()))
                .plus(fx.toUsd(p.prep())).plus(fx.toUsd(p.other()));
        return new LandedCost(purchaseUsd, freight, tariff, handling, chargeable);
    }

    /** 计费重: the larger of the actual weight and L×W×H / divisor; null when neither is known. */
    public static BigDecimal chargeableWeightKg(Dimensions dims, Weight weight, int divisor) {
        BigDecimal volumetric = dims == null ? null
                : dims.volumeCm3().divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL64);
        BigDecimal actual = weight == null ? null : weight.kg();
        if (volumetric == null) {
            return actual;
        }
        if (actual == null) {
            return volumetric;
        }
        return actual.max(volumetric);
    }
}
