package com.pricedesk.app.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.AppContext;
import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.LengthUnit;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.catalog.WeightUnit;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.cost.SolvedPrice;
import com.pricedesk.domain.cost.fees.FeeOverride;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes and cost-change reports on a real demo workspace (H2 in a temp folder). */
class EconomicsServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AppContext app;

    @BeforeEach
    void demo() {
        app = AppContext.open(dir, CLOCK);
        app.demo().create(7L, 60, false);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void feesForOneItemInMetricUnits() {
        // 25.4×15.24×7.62 cm = 10×6×3 in, 0.5443 kg ≈ 1.2 lb → large standard 1.295 lb → 5.42; 15% of 19.99
        FeeQuote q = app.economics().fees(Money.usd("19.99"), "Home and Kitchen",
                Dimensions.of(new BigDecimal("25.4"), new BigDecimal("15.24"), new BigDecimal("7.62"), LengthUnit.CM),
                Weight.of(new BigDecimal("1.2"), WeightUnit.LB), false, TODAY);
        assertThat(q.size().tier().id()).isEqualTo("large_standard");
        assertThat(q.fbaFee().toPlainString()).isEqualTo("5.42");
        assertThat(q.referralFee().toPlainString()).isEqualTo("3.00");
        assertThat(q.versions()).containsEntry("fulfillment", "fba-us-2026").containsEntry("referral", "referral-us-2024");
    }

    @Test
    void quoteOfADemoSkuAddsUpAndHasAFloorAboveBreakEven() {
        String sku = app.catalog().overview(Optional.of(Tier.REGULAR)).get(0).sellerSku();
        SkuQuote q = app.economics().quote(sku, Optional.of(Money.usd("24.99")), TODAY);
        assertThat(q.waterfall().profit()).isEqualTo(q.waterfall().price().minus(q.waterfall().totalCosts()));
        assertThat(q.floorMargin().pct()).isEqualByComparingTo("20");
        assertThat(q.floorMargin().setBySeller()).isFalse();
        Money breakEven = q.breakEven().asOptional().orElseThrow();
        Money floor = q.floor().asOptional().orElseThrow();
        assertThat(floor).isGreaterThan(breakEven);
        assertThat(q.economics().at(floor).marginPct()).isGreaterThanOrEqualTo(new BigDecimal("20"));
        assertThat(q.fxRate().date()).isEqualTo(TODAY);
    }

    @Test
    void unknownSkuAndMissingFxRateAreInputErrors() {
        assertThatThrownBy(() -> app.economics().quote("NOPE", Optional.empty(), TODAY))
                .hasMessage("Unknown SKU 'NOPE'");
        String sku = app.catalog().overview(Optional.empty()).get(0).sellerSku();
        assertThatThrownBy(() -> app.economics().quote(sku, Optional.empty(), LocalDate.of(2025, 1, 1)))
                .hasMessageContaining("No exchange rate");
    }

    @Test
    void everySkuHasAKnownMarginStatus() {
        List<SkuMarginStatus> all = app.economics().marginStatus(TODAY);
        assertThat(all).hasSize(60).allMatch(SkuMarginStatus::known);
        assertThat(all).allMatch(s -> s.belowTarget() == (s.marginPct().compareTo(s.targetMarginPct()) < 0));
    }

    @Test
    void aWeakerDollarPushesSkusBelowTheirMarginTarget() {
        int belowBefore = EconomicsService.below(app.economics().marginStatus(TODAY)).size();
        // 3.5 CNY per USD doubles every RMB cost in dollars
        RecomputeReport r = app.costChanges().fxRateChanged(new FxRate(TODAY, new BigDecimal("3.5")));
        assertThat(r.recomputed()).isEqualTo(60);
        assertThat(r.belowTarget().size()).isGreaterThan(belowBefore);
        assertThat(r.newlyBelow()).isNotEmpty().hasSize(r.belowTarget().size() - belowBefore);
        assertThat(r.unknown()).isEmpty();
    }

    @Test
    void aTariffChangeRecomputesOnlyTheSkusItTouches() {
        String sku = app.catalog().overview(Optional.of(Tier.REGULAR)).get(0).sellerSku();
        RecomputeReport r = app.costChanges().tariffChanged(List.of(sku), new BigDecimal("400"));
        assertThat(r.recomputed()).isEqualTo(1);
        assertThat(r.belowTarget()).extracting(SkuMarginStatus::sellerSku).containsExactly(sku);
    }

    @Test
    void aFreightRateChangeMovesEveryProfileOnThatRate() {
        RecomputeReport r = app.costChanges().freightRateChanged(FreightBasis.PER_KG, Money.cny("11.50"),
                Money.cny("60.00"));
        assertThat(r.recomputed()).isPositive().isLessThan(60);
        assertThat(r.newlyBelow()).isNotEmpty();
    }

    @Test
    void aReferralCorrectionRecomputesItsCategory() {
        long homeAndKitchen = app.catalog().overview(Optional.empty()).stream()
                .filter(s -> s.category().equals("Home and Kitchen")).count();
        RecomputeReport r = app.costChanges().feeOverrideSaved(new FeeOverride.ReferralCorrection("referral-us-2024",
                "Home and Kitchen", new BigDecimal("40"), null), "test");
        assertThat((long) r.recomputed()).isEqualTo(homeAndKitchen);
        assertThat(app.economics().scheduleOn(TODAY).referral().info().id()).isEqualTo("referral-us-2024+user");
    }

    @Test
    void sellerSetFloorMarginsAreUsed() {
        new FloorMargins(app.settings()).set(Tier.REGULAR, new BigDecimal("35"));
        String sku = app.catalog().overview(Optional.of(Tier.REGULAR)).get(0).sellerSku();
        SkuQuote q = app.economics().quote(sku, Optional.empty(), TODAY);
        assertThat(q.floorMargin().pct()).isEqualByComparingTo("35");
        assertThat(q.floorMargin().setBySeller()).isTrue();
        assertThat(q.floor()).isInstanceOf(SolvedPrice.Reached.class);
    }

    @Test
    void theFuelSurchargeIsASwitchableSettingDefaultOn() {
        String sku = app.catalog().overview(Optional.empty()).get(0).sellerSku();
        LocalDate may = LocalDate.of(2026, 5, 4);
        assertThat(app.economics().quote(sku, Optional.empty(), may).waterfall().line("fuel_surcharge")).isPresent();
        new FeeSettings(app.settings()).setFuelSurcharge(false);
        assertThat(app.economics().quote(sku, Optional.empty(), may).waterfall().line("fuel_surcharge")).isEmpty();
        app.settings().put(FeeSettings.PEAK_RATES, "maybe");
        assertThatThrownBy(() -> app.economics().scheduleOn(may)).hasMessageContaining("fees.peak_rates");
    }
}
