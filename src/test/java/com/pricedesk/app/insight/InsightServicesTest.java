package com.pricedesk.app.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.AppContext;
import com.pricedesk.app.catalog.SkuOverview;
import com.pricedesk.app.insight.Dashboard.MoveKind;
import com.pricedesk.app.insight.Dashboard.Mover;
import com.pricedesk.app.insight.Dashboard.PortfolioPoint;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SKU detail and dashboard services on a real workspace with a known history. */
class InsightServicesTest {
    @TempDir
    Path dir;
    private AppContext app;
    private String a;
    private String b;

    @BeforeEach
    void open() {
        app = InsightFixture.open(dir);
        List<SkuOverview> skus = app.catalog().overview(Optional.empty());
        a = skus.get(0).sellerSku();
        b = skus.get(1).sellerSku();
        InsightFixture.history(app, a, b);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void detailHasTheRangeOfHistoryWithDerivedRatiosAndChangeMarkers() {
        SkuDetail d = app.skuDetails().detail(a, 30);
        assertThat(d.from()).isEqualTo(InsightFixture.TODAY.minusDays(29));
        assertThat(d.history()).hasSize(30);
        assertThat(d.quote()).isPresent();
        assertThat(d.trend()).filteredOn(SkuTrendPoint::priceChanged).extracting(SkuTrendPoint::day)
                .containsExactly(InsightFixture.TODAY.minusDays(4));
        SkuTrendPoint last = d.trend().get(29);
        assertThat(last.acosPct()).isEqualByComparingTo("25.00");
        // TACoS: 10.00 ad spend on 8 × 17.99 = 143.92 sales
        assertThat(last.tacosPct()).isEqualByComparingTo("6.95");
        assertThat(last.conversionPct()).isEqualByComparingTo("8.00");
        // 80 in stock over 8 units a day
        assertThat(last.daysOfCover()).isEqualByComparingTo("10.0");
        // Margin at each day's price is the unit economics at that price, exactly.
        BigDecimal expected = d.quote().get().economics().at(Money.usd("17.99")).marginPct();
        assertThat(last.marginPct()).isEqualByComparingTo(expected);
        assertThat(d.trend().get(0).marginPct()).isGreaterThan(last.marginPct());

        assertThat(app.skuDetails().detail(a, 7).history()).hasSize(7);
    }

    @Test
    void theDetailQuotesTheCurrentPriceAsTheGridDoesAndFollowsAPriceSeenOnAmazonSince() {
        // SKU b: the daily history says 9.99 all month, but no offers snapshot has seen our offer since the
        // workspace's price was stored: that price is the latest known, as the grid and the engine quote it.
        Money workspacePrice = app.economics().quote(b, Optional.empty(), InsightFixture.TODAY).waterfall().price();
        assertThat(workspacePrice).isNotEqualTo(Money.usd("9.99"));
        assertThat(app.skuDetails().detail(b, 30).quote().get().waterfall().price()).isEqualTo(workspacePrice);
        // The offers sync then sees 9.99 listed (changed in Seller Central): it is the current price now.
        java.time.Instant later = InsightFixture.CLOCK.instant().plus(java.time.Duration.ofHours(1));
        var ours = new com.pricedesk.domain.market.MarketOffer("ME", new BigDecimal("9.99"), BigDecimal.ZERO, true, true,
                false, true, com.pricedesk.domain.market.ItemCondition.NEW, new BigDecimal("97"), 1);
        app.marketHistory().saveOffers(later, List.of(new com.pricedesk.domain.market.OfferSnapshot(b, null, "USD", later,
                1, Optional.of(ours), List.of(), Optional.empty(), Optional.empty())), "ME");
        assertThat(app.skuDetails().detail(b, 30).quote().get().waterfall().price()).isEqualTo(Money.usd("9.99"));
    }

    @Test
    void unknownRatiosStayUnknown() {
        SkuTrendPoint p = app.skuDetails().detail(b, 30).trend().get(29);
        assertThat(p.acosPct()).isNull();
        assertThat(p.tacosPct()).isNull();
        assertThat(p.daysOfCover()).isNull();
        assertThat(p.conversionPct()).isEqualByComparingTo("4.00");
    }

    @Test
    void unknownSkuOrEmptyRangeIsAClearError() {
        assertThatThrownBy(() -> app.skuDetails().detail("NOPE", 30)).hasMessage("Unknown SKU 'NOPE'");
        assertThatThrownBy(() -> app.skuDetails().detail(a, 0)).hasMessageContaining("at least one day");
    }

    @Test
    void dashboardProfitIsWhatRemainsAfterFeesAdsAndLandedCost() {
        Dashboard d = app.dashboard().dashboard(30);
        // Complete days only: the range ends yesterday.
        assertThat(d.trend()).hasSize(30);
        assertThat(d.to()).isEqualTo(InsightFixture.TODAY.minusDays(1));
        Map<String, SkuOverview> bySku = app.catalog().overview(Optional.empty()).stream()
                .collect(Collectors.toMap(SkuOverview::sellerSku, Function.identity()));
        PortfolioPoint today = d.trend().get(29);
        BigDecimal landed = bySku.get(a).landedCost().amount().multiply(BigDecimal.valueOf(8))
                .add(bySku.get(b).landedCost().amount().multiply(BigDecimal.valueOf(2)));
        BigDecimal sales = new BigDecimal("143.92").add(new BigDecimal("19.98"));
        BigDecimal fees = new BigDecimal("48.00").add(new BigDecimal("8.00"));
        assertThat(today.revenue()).isEqualByComparingTo(sales);
        assertThat(today.productCost()).isEqualByComparingTo(landed);
        assertThat(today.profit()).isEqualByComparingTo(sales.subtract(fees).subtract(new BigDecimal("10.00"))
                .subtract(landed));
        assertThat(today.units()).isEqualTo(10);
    }

    @Test
    void dashboardBucketsEverySkuOnceAndFindsTheMovers() {
        Dashboard d = app.dashboard().dashboard(30);
        assertThat(d.byStatus().values().stream().mapToInt(List::size).sum()).isEqualTo(60);
        long known = app.catalog().overview(Optional.empty()).stream().filter(s -> s.marginPct() != null).count();
        assertThat(d.marginDistribution().stream().mapToInt(m -> m.skus().size()).sum()).isEqualTo((int) known);
        // Each SKU is counted by the same KPI status the grid and `skus list` show.
        app.kpiStatus().all().forEach((sku, status) ->
                assertThat(d.byStatus().get(status.overall())).as(sku).contains(sku));
        // Below-floor SKUs are KPI breaches.
        app.catalog().overview(Optional.empty()).stream().filter(SkuOverview::belowFloorMargin)
                .forEach(s -> assertThat(d.byStatus().get(KpiStatus.BREACH)).contains(s.sellerSku()));

        Mover price = d.movers().stream().filter(m -> m.kind() == MoveKind.PRICE && m.sellerSku().equals(a)).findFirst().orElseThrow();
        assertThat(d.movers()).filteredOn(m -> m.kind() == MoveKind.PRICE).hasSizeLessThanOrEqualTo(5);
        assertThat(price.before()).isEqualByComparingTo("19.99");
        assertThat(price.after()).isEqualByComparingTo("17.99");
        assertThat(price.changePct()).isEqualByComparingTo("-10.0");
        Mover bsr = d.movers().stream().filter(m -> m.kind() == MoveKind.BSR && m.sellerSku().equals(a)).findFirst().orElseThrow();
        assertThat(bsr.changePct()).isEqualByComparingTo("-50.0");
        Mover units = d.movers().stream().filter(m -> m.kind() == MoveKind.UNITS && m.sellerSku().equals(a)).findFirst().orElseThrow();
        assertThat(units.before()).isEqualByComparingTo("28");
        assertThat(units.after()).isEqualByComparingTo("56");
        // SKU b moved in nothing, and no other SKU has history.
        assertThat(d.movers()).extracting(Mover::sellerSku).containsOnly(a);
        assertThat(d.alerts()).isEmpty();
        // The scheduler's jobs are listed, none has run or failed yet.
        assertThat(d.jobs()).extracting(JobStatusFeed.JobStatus::name).contains("Offers sync", "Submit approved changes");
        assertThat(d.jobs()).noneMatch(JobStatusFeed.JobStatus::failed);
    }

    @Test
    void marginBucketsHaveFivePointSteps() {
        assertThat(DashboardService.bucketOf(new BigDecimal("-25"))).isZero();
        assertThat(DashboardService.bucketOf(new BigDecimal("-20"))).isEqualTo(1);
        assertThat(DashboardService.bucketOf(new BigDecimal("-0.01"))).isEqualTo(4);
        assertThat(DashboardService.bucketOf(BigDecimal.ZERO)).isEqualTo(5);
        assertThat(DashboardService.bucketOf(new BigDecimal("59.99"))).isEqualTo(16);
        assertThat(DashboardService.bucketOf(new BigDecimal("60"))).isEqualTo(17);
    }
}
