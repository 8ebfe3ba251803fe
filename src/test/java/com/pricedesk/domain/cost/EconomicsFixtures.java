package com.pricedesk.domain.cost;

import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.cost.fees.PackageSize;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Cost profiles in USD (so expected figures can be worked out by hand) and their unit economics. */
final class EconomicsFixtures {
    static final FxRate FX = new FxRate(LocalDate.of(2026, 1, 1), new BigDecimal("7.2"));

    private EconomicsFixtures() {
    }

    /** purchase, per-unit freight, tariff %, packaging, placement, return %, unsellable %, TACoS %, months. */
    static CostProfile profile(String purchase, String freight, String tariffPct, String packaging, String placement,
                               String returnPct, String unsellablePct, String tacosPct, String months) {
        return new CostProfile(Money.usd(purchase), FreightBasis.PER_UNIT, Money.usd(freight),
                CostProfile.DEFAULT_VOLUMETRIC_DIVISOR, new BigDecimal(tariffPct), null, Money.usd(packaging),
                Money.usd("0"), Money.usd("0"), Money.usd("0"), Money.usd(placement), new BigDecimal(returnPct),
                new BigDecimal(unsellablePct), new BigDecimal(tacosPct), new BigDecimal(months));
    }

    /** Only a purchase cost: profit = P − purchase − referral − FBA fee. */
    static CostProfile purchaseOnly(String purchase) {
        return profile(purchase, "0", "0", "0", "0", "0", "0", "0", "0");
    }

    static UnitEconomics economics(FeeSchedule schedule, String category, PackageSize p, boolean apparel,
                                   CostProfile profile) {
        LandedCost landed = LandedCost.of(profile, null, null, FX);
        return UnitEconomics.of(schedule, EconomicsInput.of(category, p, apparel, landed, profile));
    }
}
