package com.pricedesk.app.grid;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.kpi.Kpi;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.kpi.KpiValue;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One SKU as the grid shows it: catalogue fields, the cost fields the seller may edit, unit economics at
 * the current price, the latest market facts and KPI statuses. Every figure is null when unknown (no
 * price, no costs, no snapshot yet): the grid shows unknown as "—", never as zero.
 *
 * @param freightBasis    what the freight rate is per (unit, kg, CBM); null without a cost profile
 * @param weHoldBuyBox    true when we hold the Buy Box, false when another seller does, null when unknown
 * @param fees            Amazon's fees at the current price (referral, closing, FBA, fuel, storage, returns, ads)
 * @param floor           the guardrail floor (tier minimum margin or manual minimum, whichever is higher)
 * @param ceiling         the guardrail ceiling (manual maximum, listing maximum or the sanity maximum)
 * @param belowFloor      true when the current price is below the floor
 * @param kpiStatus       the worst status over the SKU's KPIs (breach, then warning, unknown, ok)
 * @param manualMin       the seller's manual minimum (最低价), null when none is set
 * @param manualMax       the seller's manual maximum (封顶价), null when none is set
 * @param regularPrice    the seller's regular price (常规售价), null when none is set
 */
public record SkuGridRow(String sellerSku, String asin, String title, String localTitle, String category, Tier tier,
                         List<String> tags,
                         Money purchase, Money freightRate, FreightBasis freightBasis, Money packaging,
                         Money price, Money buyBoxPrice, Boolean weHoldBuyBox, Money lowestFba, Money lowestFbm,
                         Money landedCost, Money fees, Money profit, BigDecimal marginPct, BigDecimal roiPct,
                         Money breakEven, Money floor, Money ceiling, boolean belowFloor,
                         BigDecimal daysOfCover, Integer inventoryAgeDays, BigDecimal conversionPct, BigDecimal acosPct,
                         BigDecimal tacosPct, Integer bsr, List<KpiValue> kpis, KpiStatus kpiStatus,
                         Money manualMin, Money manualMax, Money regularPrice) {

    /** A row without any price the seller set. */
    public SkuGridRow(String sellerSku, String asin, String title, String localTitle, String category, Tier tier,
                      List<String> tags,
                      Money purchase, Money freightRate, FreightBasis freightBasis, Money packaging,
                      Money price, Money buyBoxPrice, Boolean weHoldBuyBox, Money lowestFba, Money lowestFbm,
                      Money landedCost, Money fees, Money profit, BigDecimal marginPct, BigDecimal roiPct,
                      Money breakEven, Money floor, Money ceiling, boolean belowFloor,
                      BigDecimal daysOfCover, Integer inventoryAgeDays, BigDecimal conversionPct, BigDecimal acosPct,
                      BigDecimal tacosPct, Integer bsr, List<KpiValue> kpis, KpiStatus kpiStatus) {
        this(sellerSku, asin, title, localTitle, category, tier, tags, purchase, freightRate, freightBasis, packaging,
                price, buyBoxPrice, weHoldBuyBox, lowestFba, lowestFbm, landedCost, fees, profit, marginPct, roiPct,
                breakEven, floor, ceiling, belowFloor, daysOfCover, inventoryAgeDays, conversionPct, acosPct, tacosPct,
                bsr, kpis, kpiStatus, null, null, null);
    }

    public SkuGridRow {
        Objects.requireNonNull(sellerSku, "sellerSku");
        tags = List.copyOf(tags == null ? List.of() : tags);
        kpis = List.copyOf(kpis == null ? List.of() : kpis);
        kpiStatus = kpiStatus == null ? KpiStatus.UNKNOWN : kpiStatus;
    }

    /** True when another seller holds the Buy Box (unknown is not "lost"). */
    public boolean buyBoxLost() {
        return Boolean.FALSE.equals(weHoldBuyBox);
    }

    /** The KPIs of this SKU with the given status, in the calculator's order. */
    public List<Kpi> kpisWith(KpiStatus status) {
        return kpis.stream().filter(k -> k.status() == status).map(KpiValue::kpi).toList();
    }

    /** Worst status first: a breach outweighs a warning, a warning an unknown fact, which outweighs ok. */
    public static KpiStatus worst(List<KpiValue> values) {
        KpiStatus worst = null;
        for (KpiValue v : values) {
            if (worst == null || rank(v.status()) > rank(worst)) {
                worst = v.status();
            }
        }
        return worst == null ? KpiStatus.UNKNOWN : worst;
    }

    private static int rank(KpiStatus s) {
        return switch (s) {
            case OK -> 0;
            case UNKNOWN -> 1;
            case WARNING -> 2;
            case BREACH -> 3;
        };
    }

    /** The cost fields as a map, for undo and display by field. */
    public Map<EditableCost, Money> costs() {
        java.util.EnumMap<EditableCost, Money> m = new java.util.EnumMap<>(EditableCost.class);
        if (purchase != null) {
            m.put(EditableCost.PURCHASE, purchase);
        }
        if (freightRate != null) {
            m.put(EditableCost.FREIGHT, freightRate);
        }
        if (packaging != null) {
            m.put(EditableCost.PACKAGING, packaging);
        }
        return m;
    }
}
