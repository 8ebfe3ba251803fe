package com.pricedesk.domain.pricing;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Floor = max(manual minimum, price for the tier's minimum margin, price for the rule's minimum
 * margin); ceiling = min(manual maximum, the listing's maximum on Amazon, the sanity maximum).
 * Only the clearance tier may floor below a zero margin, and never below the clearance loss limit.
 */
public final class PriceBandCalculator {
    private static final Money ONE_CENT = Money.usd("0.01");
    private final GuardrailSettings settings;

    public PriceBandCalculator(GuardrailSettings settings) {
        this.settings = settings;
    }

    public BandResult band(Tier tier, BigDecimal tierMinMarginPct, Optional<BigDecimal> ruleMinMarginPct,
                           PriceLimits limits, Optional<Money> listingMax, Optional<MarginPricing> pricing) {
        if (pricing.isEmpty()) {
            return new BandResult.NoUnitEconomics(Explanation.of(
                    "the unit economics (landed cost and Amazon fees) are not known yet, so the margin floor cannot be computed",
                    "单品利润（到岸成本与亚马逊费用）尚未就绪，无法计算毛利率底价"));
        }
        BigDecimal lowestAllowed = tier == Tier.CLEARANCE ? settings.clearanceMaxLossPct().negate() : BigDecimal.ZERO;
        boolean lossLimited = tierMinMarginPct.compareTo(lowestAllowed) < 0;
        BigDecimal tierMargin = tierMinMarginPct.max(lowestAllowed);
        Optional<Money> tierFloor = pricing.get().priceForMargin(tierMargin);
        if (tierFloor.isEmpty()) {
            return unreachable(tierMargin);
        }
        Money floor = Cents.max(Cents.up(tierFloor.get()), ONE_CENT);
        Guardrail floorBy = lossLimited ? Guardrail.CLEARANCE_LOSS_LIMIT : Guardrail.FLOOR_MIN_MARGIN;
        Optional<BigDecimal> floorMargin = Optional.of(tierMargin);
        if (ruleMinMarginPct.isPresent()) {
            BigDecimal ruleMargin = ruleMinMarginPct.get().max(lowestAllowed);
            Optional<Money> ruleFloor = pricing.get().priceForMargin(ruleMargin);
            if (ruleFloor.isEmpty()) {
                return unreachable(ruleMargin);
            }
            Money r = Cents.up(ruleFloor.get());
            if (r.compareTo(floor) > 0) {
                floor = r;
                floorBy = Guardrail.FLOOR_RULE_MARGIN;
                floorMargin = Optional.of(ruleMargin);
            }
        }
        if (limits.manualMin().isPresent() && Cents.up(limits.manualMin().get()).compareTo(floor) > 0) {
            floor = Cents.up(limits.manualMin().get());
            floorBy = Guardrail.FLOOR_MANUAL_MIN;
            floorMargin = Optional.empty();
        }
        Money ceiling = Cents.down(settings.sanityMaxPrice());
        Guardrail ceilingBy = Guardrail.CEILING_SANITY_MAX;
        if (listingMax.isPresent() && Cents.down(listingMax.get()).compareTo(ceiling) < 0) {
            ceiling = Cents.down(listingMax.get());
            ceilingBy = Guardrail.CEILING_LISTING_MAX;
        }
        if (limits.manualMax().isPresent() && Cents.down(limits.manualMax().get()).compareTo(ceiling) < 0) {
            ceiling = Cents.down(limits.manualMax().get());
            ceilingBy = Guardrail.CEILING_MANUAL_MAX;
        }
        PriceBand band = new PriceBand(floor, floorBy, floorMargin, ceiling, ceilingBy);
        if (band.isEmpty()) {
            Explanation floorLabel = band.floorLabel();
            Explanation ceilingLabel = band.ceilingLabel();
            String f = Phrases.money(floor);
            String c = Phrases.money(ceiling);
            return new BandResult.FloorAboveCeiling(band, Explanation.of(
                    "the floor " + f + " (" + floorLabel.english() + ") is above the ceiling " + c + " ("
                            + ceilingLabel.english() + "); raise the maximum or lower the minimum margin",
                    "底价 " + f + "（" + floorLabel.chinese() + "）高于封顶价 " + c + "（" + ceilingLabel.chinese()
                            + "）；请提高最高价或降低最低毛利率"));
        }
        return new BandResult.Usable(band);
    }

    private static BandResult unreachable(BigDecimal margin) {
        String m = Phrases.percent(margin);
        return new BandResult.MarginUnreachable(Explanation.of(
                "no price reaches the " + m + " minimum margin; check the costs or lower the target",
                "任何价格都达不到 " + m + " 的最低毛利率；请检查成本或降低目标"));
    }
}
