package com.pricedesk.domain.cost;

import static com.pricedesk.domain.cost.EconomicsFixtures.economics;
import static com.pricedesk.domain.cost.EconomicsFixtures.profile;
import static com.pricedesk.domain.cost.EconomicsFixtures.purchaseOnly;
import static com.pricedesk.domain.cost.fees.FeeFixtures.inches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.cost.fees.FeeFixtures;
import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.cost.fees.PackageSize;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Hand-worked unit economics (PRODUCT.md §3) on the 2026 non-peak tables, before the fuel surcharge. */
class UnitEconomicsTest {

    private static final FeeSchedule MARCH = FeeFixtures.march2026();
    /** 10×6×3 in, 1.2 lb: large standard, dim weight 1.295 lb → $4.60 / $5.42 / $5.68 by band. */
    private static final PackageSize BOX = inches("10", "6", "3", "1.2");
    /** 6×4×0.5 in, 3 oz: small standard → $2.49 / $3.42 / $3.68 by band. */
    private static final PackageSize FLAT = inches("6", "4", "0.5", "0.1875");

    /**
     * Landed 4.00 + 1.00 freight + 25% tariff 1.00 + 0.30 packaging = 6.30. At 19.99: referral 2.9985,
     * FBA 5.42, storage 180/1728 cu ft × (0.78 Mar + 0.78 Apr) = 0.1625, placement 0.30,
     * returns 5% × (20% × 6.30 + min(5, 20% × 2.9985)) = 0.092985, advertising 10% = 1.999.
     */
    private static UnitEconomics worked() {
        return economics(MARCH, "Home and Kitchen", BOX, false,
                profile("4.00", "1.00", "25", "0.30", "0.30", "5", "20", "10", "2"));
    }

    @Test
    void waterfallExplainsEveryCent() {
        Waterfall w = worked().at(Money.usd("19.99"));
        assertThat(w.landedCost().amount()).isEqualByComparingTo("6.30");
        assertThat(w.line("referral").orElseThrow().amount().amount()).isEqualByComparingTo("2.9985");
        assertThat(w.line("fba").orElseThrow().amount().amount()).isEqualByComparingTo("5.42");
        assertThat(w.line("fba").orElseThrow().source()).startsWith("fba-us-2026: large_standard, 1.5 lb, 10_to_50");
        assertThat(w.line("storage").orElseThrow().amount().amount()).isEqualByComparingTo("0.1625");
        assertThat(w.line("returns").orElseThrow().amount().amount()).isEqualByComparingTo("0.092985");
        assertThat(w.line("advertising").orElseThrow().amount().amount()).isEqualByComparingTo("1.999");
        assertThat(w.line("fuel_surcharge")).isEmpty();
        assertThat(w.profit().amount()).isEqualByComparingTo("2.717015");
        assertThat(w.profit().toPlainString()).isEqualTo("2.72");
        assertThat(w.marginPct()).isEqualByComparingTo("13.59");
        assertThat(w.roiPct()).contains(new BigDecimal("43.13"));
        // displayed lines: 19.99 − (4.00+1.00+1.00+0.30+3.00+5.42+0.16+0.30+0.09+2.00) = 2.72
        assertThat(w.roundingDifference().amount()).isEqualByComparingTo("0");
    }

    @Test
    void breakEvenAndFloorsAreSolvedOnTheBandThePriceFallsIn() {
        UnitEconomics e = worked();
        // $10-$50 band: profit = 0.7485 P − 12.2455 → P ≥ 16.3601 → 16.37
        assertThat(e.breakEven().asOptional()).contains(Money.usd("16.37"));
        // margin 20%: 0.5485 P ≥ 12.2455 → 22.3255 → 22.33
        assertThat(e.priceForMargin(new BigDecimal("20")).asOptional()).contains(Money.usd("22.33"));
        // ROI 50%: profit ≥ 3.15 → 0.7485 P ≥ 15.3955 → 20.5685 → 20.57
        assertThat(e.priceForRoi(new BigDecimal("50")).asOptional()).contains(Money.usd("20.57"));
        assertThat(e.at(Money.usd("16.36")).profit().isNegative()).isTrue();
        assertThat(e.at(Money.usd("16.37")).profit().isNegative()).isFalse();
    }

    @Test
    void breakEvenJustUnderTenDollarsUsesTheLowPriceBand() {
        // purchase 6.00: under $10 profit = 0.85 P − 8.49 → 9.98823 → 9.99; at 10.00 the fee jumps to 3.42
        UnitEconomics e = economics(MARCH, "Home and Kitchen", FLAT, false, purchaseOnly("6.00"));
        assertThat(e.breakEven().asOptional()).contains(Money.usd("9.99"));
        assertThat(e.at(Money.usd("10.00")).profit().isNegative()).isTrue();
        // one cent more cost: 0.85 P ≥ 8.50 needs P = 10.00, which is in the next band: 0.85 P ≥ 9.43 → 11.10
        UnitEconomics dearer = economics(MARCH, "Home and Kitchen", FLAT, false, purchaseOnly("6.01"));
        assertThat(dearer.breakEven().asOptional()).contains(Money.usd("11.10"));
    }

    @Test
    void marginFloorAtTheFiftyDollarEdge() {
        // $10-$50: profit = 0.85 P − 9.42; margin 66.16% needs 0.1884 P ≥ 9.42 → exactly 50.00
        UnitEconomics e = economics(MARCH, "Home and Kitchen", FLAT, false, purchaseOnly("6.00"));
        assertThat(e.priceForMargin(new BigDecimal("66.16")).asOptional()).contains(Money.usd("50.00"));
        // 66.17%: 50.03 would be needed but is over $50 where the fee is 3.68: 0.1883 P ≥ 9.68 → 51.41
        assertThat(e.priceForMargin(new BigDecimal("66.17")).asOptional()).contains(Money.usd("51.41"));
    }

    @Test
    void clothingReferralEdgeAtFifteenDollars() {
        // apparel 3 oz: FBA 3.54 in $10-$50; 5% referral to $15.00: 0.95 P − 14.25 → exactly 15.00
        UnitEconomics e = economics(MARCH, "Clothing and Accessories", FLAT, true, purchaseOnly("10.71"));
        assertThat(e.breakEven().asOptional()).contains(Money.usd("15.00"));
        // one cent more: 15.02 would be needed, but from 15.01 the rate is 10%: 0.90 P ≥ 14.26 → 15.85
        UnitEconomics dearer = economics(MARCH, "Clothing and Accessories", FLAT, true, purchaseOnly("10.72"));
        assertThat(dearer.breakEven().asOptional()).contains(Money.usd("15.85"));
    }

    @Test
    void marginsTheFeesCannotLeaveAreUnreachableWithAReason() {
        UnitEconomics e = worked();
        // referral 15% and advertising 10% leave 75% of each extra dollar once the refund administration
        // fee is capped at $5 (margin → 75% from below), so 80% is out of reach and 74% is not
        SolvedPrice s = e.priceForMargin(new BigDecimal("80"));
        assertThat(s).isInstanceOf(SolvedPrice.Unreachable.class);
        assertThat(((SolvedPrice.Unreachable) s).reason()).contains("75.00%");
        assertThat(e.priceForMargin(new BigDecimal("75")).asOptional()).isEmpty();
        assertThat(e.priceForMargin(new BigDecimal("74")).asOptional()).isPresent();
        UnitEconomics adHeavy = economics(MARCH, "Home and Kitchen", BOX, false,
                profile("4.00", "0", "0", "0", "0", "0", "0", "90", "0"));
        assertThat(adHeavy.breakEven()).isInstanceOf(SolvedPrice.Unreachable.class);
    }

    @Test
    void fuelSurchargeIsItsOwnLineFromMidApril2026() {
        UnitEconomics e = economics(FeeFixtures.on(FeeFixtures.MAY_2026, true, true), "Home and Kitchen", BOX, false,
                purchaseOnly("4.00"));
        Waterfall w = e.at(Money.usd("19.99"));
        // 3.5% of 5.42 = 0.1897
        assertThat(w.line("fuel_surcharge").orElseThrow().amount().amount()).isEqualByComparingTo("0.1897");
        assertThat(w.line("fuel_surcharge").orElseThrow().source()).contains("unverified");
        UnitEconomics off = economics(FeeFixtures.on(FeeFixtures.MAY_2026, false, true), "Home and Kitchen", BOX,
                false, purchaseOnly("4.00"));
        assertThat(off.at(Money.usd("19.99")).line("fuel_surcharge")).isEmpty();
    }

    @Test
    void agedInventorySurchargeWhenTheAgeIsKnown() {
        CostProfile p = profile("4.00", "0", "0", "0", "0", "0", "0", "0", "1");
        LandedCost landed = LandedCost.of(p, null, null, EconomicsFixtures.FX);
        // 200 days: 0.50 per cu ft per month (181-210 days) × 180/1728 cu ft × 1 month = 0.0520833...
        UnitEconomics e = UnitEconomics.of(MARCH, new EconomicsInput("Home and Kitchen", BOX, false, landed, p,
                null, OptionalInt.of(200)));
        assertThat(e.at(Money.usd("19.99")).line("aged_inventory").orElseThrow().amount().amount())
                .isEqualByComparingTo(BOX.perCubicFoot(new BigDecimal("0.50")));
    }

    @Test
    void storageFollowsTheSeasonMonthByMonth() {
        // 1.5 months from 2026-09-15: a September at 0.78 and half an October at 2.40: 1.98 × 180/1728 cu ft
        CostProfile p = profile("4.00", "0", "0", "0", "0", "0", "0", "0", "1.5");
        UnitEconomics e = economics(FeeFixtures.on(java.time.LocalDate.of(2026, 9, 15), false, false),
                "Home and Kitchen", BOX, false, p);
        assertThat(e.at(Money.usd("19.99")).line("storage").orElseThrow().amount().amount())
                .isEqualByComparingTo("0.20625");
    }

    @Test
    void badPricesAreRejectedNamingTheValue() {
        UnitEconomics e = worked();
        assertThatThrownBy(() -> e.at(Money.usd("0"))).hasMessage("Price must be positive, was 0");
        assertThatThrownBy(() -> e.at(Money.usd("9.999"))).hasMessage("Price must be in whole cents, was 9.999");
    }

    @Test
    void percentagesOverOneHundredAreRejected() {
        assertThatThrownBy(() -> profile("4", "0", "0", "0", "0", "101", "0", "0", "0"))
                .hasMessage("return rate % must be at most 100, was 101");
        assertThatThrownBy(() -> profile("4", "0", "0", "0", "0", "0", "0", "120.5", "0"))
                .hasMessage("TACoS % must be at most 100, was 120.5");
    }

    @Test
    void unknownCategoryFailsTheQuote() {
        assertThatThrownBy(() -> economics(MARCH, "Garden Tools", BOX, false, purchaseOnly("4")))
                .hasMessageContaining("Closest known categories");
    }

    @Test
    void overmaxItemsSayTheirHandlingFeeIsMissing() {
        UnitEconomics e = economics(MARCH, "Sports and Outdoors", inches("100", "10", "10", "30"), false,
                purchaseOnly("40"));
        assertThat(e.fbaFee().size().overmax()).isTrue();
        assertThat(e.at(Money.usd("199.99")).line("fba").orElseThrow().source())
                .contains("Overmax: its handling fee is not in the fee tables");
    }
}
