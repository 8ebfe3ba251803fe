package com.pricedesk.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.pricing.Fixtures;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** KPI values and statuses per target; unknown facts are UNKNOWN, never zero. */
class KpiCalculatorTest {
    private final KpiCalculator calc = KpiCalculator.withDefaultTolerance();
    private final KpiTargets regular = KpiBook.defaults().tiers().get(Tier.REGULAR);

    @ParameterizedTest(name = "{0} value {1} vs target {2} → {3}")
    @CsvSource({
            "CONVERSION,10,8,OK", "CONVERSION,7.5,8,WARNING", "CONVERSION,7,8,BREACH",
            "ACOS,25,25,OK", "ACOS,27,25,WARNING", "ACOS,30,25,BREACH",
            "TACOS,9,10,OK", "DAYS_OF_COVER,95,90,WARNING", "DAYS_OF_COVER,120,90,BREACH",
            "BSR,4000,5000,OK", "BSR,5400,5000,WARNING", "BUY_BOX_SHARE,60,70,BREACH",
            "ROI,-10.5,-10,WARNING", "ROI,-12,-10,BREACH", "ROI,-9,-10,OK"})
    void statusAgainstTarget(Kpi kpi, String value, String target, KpiStatus expected) {
        assertThat(calc.status(kpi, new BigDecimal(value), new BigDecimal(target))).isEqualTo(expected);
    }

    @Test
    void marginIsOkAboveTargetWarningBetweenMinimumAndTargetBreachBelowMinimum() {
        // regular: minimum 20%, target 30%. Economics: landed 7, referral 15%, FBA 4.
        assertThat(marginStatus("20.00")).isEqualTo(KpiStatus.OK);        // 30%
        assertThat(marginStatus("17.00")).isEqualTo(KpiStatus.WARNING);   // 20.3%
        assertThat(marginStatus("15.00")).isEqualTo(KpiStatus.BREACH);    // 11.7%
    }

    @Test
    void everyFactKnownGivesEveryKpi() {
        SkuFacts facts = Fixtures.fresh("20.00").daysOfCover(new BigDecimal("30")).conversionPct(new BigDecimal("12"))
                .acosPct(new BigDecimal("20")).tacosPct(new BigDecimal("8")).bsr(900).buyBoxSharePct(new BigDecimal("95"))
                .build();
        Map<Kpi, KpiValue> values = byKpi(calc.evaluate(regular, facts, Optional.of(Fixtures.ECONOMICS)));
        assertThat(values).hasSize(Kpi.values().length);
        assertThat(values.values()).allMatch(v -> v.status() == KpiStatus.OK);
        // ROI = profit / landed = 6.00 / 7.00
        assertThat(values.get(Kpi.ROI).value().orElseThrow()).isEqualByComparingTo(new BigDecimal("85.71428571428571"));
    }

    @Test
    void missingFactsAreUnknownNotZero() {
        List<KpiValue> values = calc.evaluate(regular, SkuFacts.unknown("X", "ME"), Optional.empty());
        assertThat(values).hasSize(Kpi.values().length).allMatch(v -> v.status() == KpiStatus.UNKNOWN && v.value().isEmpty());
    }

    @Test
    void skuOverridesReplaceOnlyWhatTheySet() {
        KpiBook book = KpiBook.defaults().withOverride("SPAT-01", KpiTargets.NONE.withMinMargin(new BigDecimal("25"))
                .withTargetMargin(new BigDecimal("35")));
        KpiTargets t = book.forSku(Fixtures.hero());
        assertThat(t.minMarginPct()).contains(new BigDecimal("25"));
        assertThat(t.maxAcosPct()).isEqualTo(book.tiers().get(Tier.HERO).maxAcosPct());
    }

    @Test
    void targetBelowMinimumIsRefused() {
        assertThatThrownBy(() -> KpiTargets.NONE.withMinMargin(BigDecimal.TEN).withTargetMargin(BigDecimal.ONE))
                .hasMessageContaining("below the minimum margin");
    }

    private KpiStatus marginStatus(String price) {
        return byKpi(calc.evaluate(regular, Fixtures.fresh(price).build(), Optional.of(Fixtures.ECONOMICS)))
                .get(Kpi.MARGIN).status();
    }

    private static Map<Kpi, KpiValue> byKpi(List<KpiValue> values) {
        return values.stream().collect(Collectors.toMap(KpiValue::kpi, Function.identity()));
    }
}
