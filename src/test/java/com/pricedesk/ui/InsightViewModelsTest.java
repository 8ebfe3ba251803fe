package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.catalog.SkuOverview;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.InsightFixture;
import com.pricedesk.app.insight.WaterfallSteps;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.money.Money;
import com.pricedesk.ui.dashboard.DashboardViewModel;
import com.pricedesk.ui.detail.SkuDetailViewModel;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import com.pricedesk.ui.shell.Navigator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SKU detail and dashboard ViewModels on real services, without a scene graph. */
class InsightViewModelsTest {
    @TempDir
    static Path dir;
    private static AppContext app;
    private static String sku;
    private final Messages en = new Messages(Messages.ENGLISH);

    @BeforeAll
    static void open() {
        app = InsightFixture.open(dir);
        List<SkuOverview> skus = app.catalog().overview(Optional.empty());
        sku = skus.get(0).sellerSku();
        InsightFixture.history(app, sku, skus.get(1).sellerSku());
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private SkuDetailViewModel detail(Messages msg) {
        SkuDetailViewModel vm = new SkuDetailViewModel(sku, app.skuDetails()::detail, new CurrentThreadTaskExecutor(),
                msg);
        vm.load();
        return vm;
    }

    @Test
    void whatIfStartsAtTheCurrentPriceAndFollowsTypingAndTheSlider() {
        SkuDetailViewModel vm = detail(en);
        // The default range (90 days) holds all of the 31 days of history there are.
        assertThat(vm.detailProperty().get().history()).hasSize(InsightFixture.DAYS + 1);
        var quote = vm.detailProperty().get().quote().orElseThrow();
        String current = quote.waterfall().price().toPlainString();
        assertThat(vm.whatIfTextProperty().get()).isEqualTo(current);
        assertThat(vm.whatIfCentsProperty().get()).isEqualTo(new BigDecimal(current).movePointRight(2).doubleValue());

        Money floor = vm.floor().orElseThrow();
        vm.whatIfTextProperty().set(floor.toPlainString());
        assertThat(vm.belowFloorProperty().get()).isFalse();
        assertThat(vm.whatIfCentsProperty().get()).isEqualTo(floor.amount().movePointRight(2).doubleValue());
        var atFloor = quote.economics().at(floor);
        assertThat(vm.marginTextProperty().get()).isEqualTo(vm.format().pct(atFloor.marginPct()));
        assertThat(vm.profitTextProperty().get()).isEqualTo(vm.format().usd(atFloor.profit().amount()));

        // One cent under the floor, moved with the slider: whole cents, flagged.
        vm.whatIfCentsProperty().set(floor.amount().movePointRight(2).doubleValue() - 1);
        String cent = floor.amount().subtract(new BigDecimal("0.01")).setScale(2).toPlainString();
        assertThat(vm.whatIfTextProperty().get()).isEqualTo(cent);
        assertThat(vm.belowFloorProperty().get()).isTrue();

        // Under break-even: a loss, and the waterfall's profit step is negative.
        Money breakEven = vm.breakEven().orElseThrow();
        vm.whatIfTextProperty().set(breakEven.amount().subtract(new BigDecimal("0.01")).toPlainString());
        assertThat(vm.lossProperty().get()).isTrue();
        vm.whatIfTextProperty().set(breakEven.amount().subtract(BigDecimal.ONE).toPlainString());
        assertThat(vm.lossProperty().get()).isTrue();
        List<WaterfallSteps.Step> steps = vm.stepsProperty().get();
        assertThat(steps.get(steps.size() - 1).amount().signum()).isNegative();
        assertThat(vm.referenceText()).contains(vm.format().usd(breakEven)).contains(vm.format().usd(floor));

        vm.resetWhatIf();
        assertThat(vm.whatIfTextProperty().get()).isEqualTo(current);
    }

    @Test
    void badWhatIfInputSaysWhatIsWrongAndKeepsTheLastResult() {
        SkuDetailViewModel vm = detail(en);
        String profit = vm.profitTextProperty().get();
        vm.whatIfTextProperty().set("abc");
        assertThat(vm.whatIfErrorProperty().get()).isEqualTo("'abc' is not a price: enter US dollars, e.g. 19.99");
        assertThat(vm.profitTextProperty().get()).isEqualTo(profit);
        vm.whatIfTextProperty().set("12.345");
        assertThat(vm.whatIfErrorProperty().get()).isEqualTo("The price must be in whole cents, was 12.345");
        vm.whatIfTextProperty().set("-3");
        assertThat(vm.whatIfErrorProperty().get()).isEqualTo("The price must be above zero, was -3");
        vm.whatIfTextProperty().set("$24.99");
        assertThat(vm.whatIfErrorProperty().get()).isEmpty();
        assertThat(vm.profitTextProperty().get()).isNotEqualTo(profit);
    }

    @Test
    void changingTheRangeReloads() {
        SkuDetailViewModel vm = detail(en);
        vm.daysProperty().set(7);
        assertThat(vm.detailProperty().get().history()).hasSize(7);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void unknownSkuShowsAnErrorInTheSellersLanguage() {
        SkuDetailViewModel vm = new SkuDetailViewModel("NOPE", app.skuDetails()::detail,
                new CurrentThreadTaskExecutor(), new Messages(Messages.CHINESE));
        vm.load();
        assertThat(vm.errorProperty().get()).isEqualTo("无法加载 SKU NOPE：Unknown SKU 'NOPE'");
        assertThat(vm.detailProperty().get()).isNull();
    }

    @Test
    void dashboardTotalsAndClickThrough() {
        List<String> opened = new ArrayList<>();
        List<Collection<String>> shown = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Navigator nav = new Navigator() {
            @Override
            public void openSku(String s) {
                opened.add(s);
            }

            @Override
            public void showSkus(String label, Collection<String> skus) {
                labels.add(label);
                shown.add(skus);
            }
        };
        DashboardViewModel vm = new DashboardViewModel(days -> app.dashboard().dashboard(days),
                new CurrentThreadTaskExecutor(), en, nav, InsightFixture.CLOCK);
        vm.daysProperty().set(30);
        var d = vm.dashboardProperty().get();
        assertThat(d.trend()).hasSize(30);
        BigDecimal revenue = d.trend().stream().map(p -> p.revenue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(vm.revenueText()).isEqualTo(vm.format().usd(revenue));
        // 12:00 UTC on 2 March is 04:00 in Los Angeles and 20:00 in Beijing.
        assertThat(vm.asOfProperty().get()).isEqualTo("As of 03-02 04:00 Pacific · 03-02 20:00 Beijing");

        vm.openStatus(KpiStatus.BREACH);
        assertThat(labels).containsExactly("KPI: Breach");
        assertThat(shown.get(0)).containsExactlyInAnyOrderElementsOf(d.byStatus().get(KpiStatus.BREACH));
        assertThat(vm.count(KpiStatus.BREACH)).isEqualTo(d.byStatus().get(KpiStatus.BREACH).size());

        int fullest = 0;
        for (int i = 0; i < d.marginDistribution().size(); i++) {
            if (d.marginDistribution().get(i).skus().size() > d.marginDistribution().get(fullest).skus().size()) {
                fullest = i;
            }
        }
        vm.openBucket(fullest, "20…25%");
        assertThat(shown.get(1)).isNotEmpty().containsExactlyElementsOf(d.marginDistribution().get(fullest).skus());

        assertThat(vm.movers()).isNotEmpty().allMatch(r -> r.sellerSku().equals(sku));
        vm.openSku(vm.movers().get(0).sellerSku());
        assertThat(opened).containsExactly(sku);
        assertThat(vm.alerts()).isEmpty();
        // The scheduler's jobs, none run yet.
        assertThat(vm.jobs()).hasSize(d.jobs().size()).isNotEmpty();
    }
}
