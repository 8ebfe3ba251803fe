package com.pricedesk.domain.cost.fees;

import static com.pricedesk.domain.cost.fees.FeeFixtures.inches;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples per size tier, computed by hand from Amazon's rules (dimensional weight = L×W×H/139,
 * 2 in minimum sides for bulky/XL, unit weight only for small standard and XL 150+), on the 2026
 * non-peak rate card ($10-$50 band unless stated).
 */
class FbaFeeCalculatorTest {

    private static FbaFeeQuote quote(LocalDate date, PackageSize p, boolean apparel) {
        return FeeFixtures.on(date, false, true).fbaFees().quote(p, apparel);
    }

    @ParameterizedTest(name = "{0}×{1}×{2} in, {3} lb → {4}, {5} lb → {6}")
    @CsvSource({
            // small standard, 3 oz: 2-4 oz row
            "6, 4, 0.5, 0.1875, small_standard, 0.1875, 3.42",
            // small standard uses unit weight only: dimensional 135/139 lb is ignored, 10 oz → 8-10 oz row
            "15, 12, 0.75, 0.625, small_standard, 0.625, 3.68",
            // exactly 16 oz is still small standard
            "6, 4, 0.5, 1, small_standard, 1, 3.96",
            // 0.76 in thick: large standard; dim weight 18.24/139 < unit 8 oz → "4+ to 8 oz" row (8 oz inclusive)
            "6, 4, 0.76, 0.5, large_standard, 0.5, 3.95",
            // 8.5 oz → "8+ to 12 oz" row
            "6, 4, 0.76, 0.53125, large_standard, 0.53125, 4.20",
            // 10×6×3: dim weight 180/139 = 1.295 lb > 1.2 lb unit → 1.25-1.5 lb row
            "10, 6, 3, 1.2, large_standard, 1.295, 5.42",
            // 12×10×8: dim 960/139 = 6.906 lb → 6.97 + 0.08 × ceil(3.906/0.25)=16 → 8.25
            "12, 10, 8, 5, large_standard, 6.906, 8.25",
            // 30×20×10: dim 6000/139 = 43.17 lb → small bulky 7.55 + 0.38 × ceil(42.17)=43 → 23.89
            "30, 20, 10, 12, small_bulky, 43.17, 23.89",
            // 40×12×6 (longest > 37): dim 2880/139 = 20.72 → large bulky 9.35 + 0.38 × 20 → 16.95
            "40, 12, 6, 8, large_bulky, 20.72, 16.95",
            // 40×1×1 weighs 0.5 lb but the 2 in minimum makes dim weight 160/139 = 1.151 → 9.35 + 0.38
            "40, 1, 1, 0.5, large_bulky, 1.151, 9.73",
            // 60 in longest: extra-large; dim 3000/139 = 21.58 → 26.33 + 0.38 × 21 → 34.31
            "60, 10, 5, 20, extra_large_0_50, 21.58, 34.31",
            // dim 9000/139 = 64.75 → 37.32 + 0.75 × ceil(13.75)=14 → 47.82
            "60, 15, 10, 55, extra_large_50_70, 64.75, 47.82",
            // dim 14400/139 = 103.6 → 51.32 + 0.75 × ceil(32.6)=33 → 76.07
            "60, 20, 12, 80, extra_large_70_150, 103.6, 76.07",
            // 160 lb unit weight: 150+ on unit weight only → 194.95 + 0.19 × 9 → 196.66
            "60, 20, 12, 160, extra_large_150_plus, 160, 196.66"})
    void workedExamples(String l, String w, String h, String lb, String tier, String shippingLb, String fee) {
        FbaFeeQuote q = quote(FeeFixtures.MARCH_2026, inches(l, w, h, lb), false);
        assertThat(q.size().tier().id()).isEqualTo(tier);
        assertThat(q.size().shippingWeightLb()).isCloseTo(new BigDecimal(shippingLb),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.005")));
        assertThat(q.in(PriceBand.TEN_TO_50).amount()).isEqualByComparingTo(fee);
        assertThat(q.in(PriceBand.TEN_TO_50).tableId()).isEqualTo("fba-us-2026");
    }

    @Test
    void justOverSixteenOuncesIsLargeStandard() {
        FbaFeeQuote q = quote(FeeFixtures.MARCH_2026, inches("6", "4", "0.5", "1.001"), false);
        assertThat(q.size().tier()).isEqualTo(SizeTier.LARGE_STANDARD);
        assertThat(q.in(PriceBand.TEN_TO_50).amount()).isEqualByComparingTo("5.04");
    }

    @Test
    void priceBandEdges() {
        FbaFeeQuote q = quote(FeeFixtures.MARCH_2026, inches("6", "4", "0.5", "0.1875"), false);
        assertThat(q.at(new BigDecimal("9.99")).amount()).isEqualByComparingTo("2.49");
        assertThat(q.at(new BigDecimal("10.00")).amount()).isEqualByComparingTo("3.42");
        assertThat(q.at(new BigDecimal("50.00")).amount()).isEqualByComparingTo("3.42");
        assertThat(q.at(new BigDecimal("50.01")).amount()).isEqualByComparingTo("3.68");
    }

    @Test
    void overmaxFlagsExtraLargeItemsLongerThan96Inches() {
        FbaFeeQuote q = quote(FeeFixtures.MARCH_2026, inches("100", "10", "10", "30"), false);
        assertThat(q.size().tier()).isEqualTo(SizeTier.EXTRA_LARGE_70_150);
        assertThat(q.size().overmax()).isTrue();
        assertThat(quote(FeeFixtures.MARCH_2026, inches("60", "10", "5", "20"), false).size().overmax()).isFalse();
    }

    @Test
    void smallBulkyExistsOnlyFrom2026() {
        PackageSize p = inches("30", "20", "10", "12");
        assertThat(quote(LocalDate.of(2025, 6, 2), p, false).size().tier()).isEqualTo(SizeTier.LARGE_BULKY);
        assertThat(quote(FeeFixtures.MARCH_2026, p, false).size().tier()).isEqualTo(SizeTier.SMALL_BULKY);
    }

    @Test
    void apparelUsesTheApparelRateCardForStandardSize() {
        FbaFeeQuote q = quote(FeeFixtures.MARCH_2026, inches("6", "4", "0.5", "0.1875"), true);
        assertThat(q.in(PriceBand.TEN_TO_50).amount()).isEqualByComparingTo("3.54");
        assertThat(q.in(PriceBand.TEN_TO_50).tableId()).isEqualTo("fba-us-2026-apparel");
    }

    @Test
    void apparelAboveThreePoundsFallsBackToNonApparelAndSaysSo() {
        FbaFeeQuote q = quote(FeeFixtures.MARCH_2026, inches("16", "12", "4", "4"), true);
        assertThat(q.in(PriceBand.TEN_TO_50).tableId()).isEqualTo("fba-us-2026");
        assertThat(q.in(PriceBand.TEN_TO_50).note()).contains("non-apparel rate used");
    }

    @Test
    void peakSeasonUsesPeakRatesWhereSourcedAndFallsBackVisiblyElsewhere() {
        FbaFeeQuote q = quote(LocalDate.of(2026, 11, 2), inches("6", "4", "0.5", "0.1875"), false);
        assertThat(q.in(PriceBand.TEN_TO_50).amount()).isEqualByComparingTo("3.61");
        assertThat(q.in(PriceBand.TEN_TO_50).tableId()).isEqualTo("fba-us-2026-peak");
        assertThat(q.in(PriceBand.UNDER_10).amount()).isEqualByComparingTo("2.49");
        assertThat(q.in(PriceBand.UNDER_10).note()).contains("fba-us-2026-peak has no under_10 rate");
        FbaFeeQuote off = FeeFixtures.on(LocalDate.of(2026, 11, 2), false, false).fbaFees()
                .quote(inches("6", "4", "0.5", "0.1875"), false);
        assertThat(off.in(PriceBand.TEN_TO_50).amount()).isEqualByComparingTo("3.42");
    }

    @Test
    void quotesDatedIn2025UseThe2025TableAndFrom15January2026The2026Table() {
        PackageSize p = inches("6", "4", "0.5", "0.1875");
        FbaFeeQuote old = quote(LocalDate.of(2026, 1, 14), p, false);
        assertThat(old.in(PriceBand.TEN_TO_50).amount()).isEqualByComparingTo("3.15");
        assertThat(old.in(PriceBand.UNDER_10).amount()).isEqualByComparingTo("2.38");
        assertThat(old.in(PriceBand.TEN_TO_50).tableId()).isEqualTo("fba-us-2025");
        assertThat(old.size().tableId()).isEqualTo("size-tiers-us-2024");
        FbaFeeQuote now = quote(LocalDate.of(2026, 1, 15), p, false);
        assertThat(now.in(PriceBand.TEN_TO_50).amount()).isEqualByComparingTo("3.42");
        assertThat(now.in(PriceBand.TEN_TO_50).tableId()).isEqualTo("fba-us-2026");
        assertThat(now.size().tableId()).isEqualTo("size-tiers-us-2026");
    }

    @Test
    void billingWeightRoundsUpToTheIntervalTheRateCardCharges() {
        assertThat(quote(FeeFixtures.MARCH_2026, inches("6", "4", "0.5", "0.17"), false).size().billingWeightLb())
                .isEqualByComparingTo("0.1875");
        assertThat(quote(FeeFixtures.MARCH_2026, inches("10", "6", "3", "1.2"), false).size().billingWeightLb())
                .isEqualByComparingTo("1.5");
        assertThat(quote(FeeFixtures.MARCH_2026, inches("40", "12", "6", "8"), false).size().billingWeightLb())
                .isEqualByComparingTo("21");
    }
}
