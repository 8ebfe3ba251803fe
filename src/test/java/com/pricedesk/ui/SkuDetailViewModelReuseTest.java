package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.InsightFixture;
import com.pricedesk.app.insight.SkuDetail;
import com.pricedesk.ui.detail.SkuDetailViewModel;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import com.pricedesk.ui.fx.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One detail ViewModel for SKU after SKU, without a scene graph: nothing of the SKU before survives. */
class SkuDetailViewModelReuseTest {
    @TempDir
    static java.nio.file.Path dir;
    private static AppContext app;
    private static String a;
    private static String b;
    private final Messages en = new Messages(Messages.ENGLISH);

    @BeforeAll
    static void open() {
        app = InsightFixture.open(dir);
        List<String> skus = app.catalog().overview(Optional.empty()).stream().map(s -> s.sellerSku()).toList();
        a = skus.get(0);
        b = skus.get(1);
        InsightFixture.history(app, a, b);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    /** Holds each background task until the test lets it finish, in any order. */
    private static final class HeldTasks implements TaskExecutor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }
    }

    @Test
    void anAnswerForTheSkuBeforeArrivingLateIsDropped() {
        HeldTasks tasks = new HeldTasks();
        SkuDetailViewModel vm = new SkuDetailViewModel(a, app.skuDetails()::detail, tasks, en);
        vm.load();
        vm.open(b);
        assertThat(vm.sellerSku()).isEqualTo(b);
        assertThat(vm.loadingProperty().get()).isTrue();
        tasks.held.get(1).run(); // b's answer first
        assertThat(vm.detailProperty().get().sku().sellerSku()).isEqualTo(b);
        SkuDetail bDetail = vm.detailProperty().get();
        String bProfit = vm.profitTextProperty().get();
        tasks.held.get(0).run(); // then a's, late
        assertThat(vm.detailProperty().get()).isSameAs(bDetail);
        assertThat(vm.chartData()).isNotNull();
        assertThat(vm.profitTextProperty().get()).isEqualTo(bProfit);
        assertThat(vm.whatIfTextProperty().get())
                .isEqualTo(bDetail.quote().orElseThrow().waterfall().price().toPlainString());
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aSkuWithoutEconomicsAfterOneWithShowsNoWhatIfFigures() {
        BiFunction<String, Integer, SkuDetail> source = (sku, days) -> {
            SkuDetail d = app.skuDetails().detail(sku, days);
            return sku.equals(b) ? new SkuDetail(d.sku(), Optional.empty(), Optional.of("no landed cost"), d.from(),
                    d.to(), d.history(), d.trend()) : d;
        };
        SkuDetailViewModel vm = new SkuDetailViewModel(a, source, new CurrentThreadTaskExecutor(), en);
        vm.load();
        vm.whatIfTextProperty().set("5.00");
        assertThat(vm.belowFloorProperty().get()).isTrue();
        assertThat(vm.lossProperty().get()).isTrue();
        assertThat(vm.stepsProperty().get()).isNotEmpty();

        vm.open(b);
        assertThat(vm.whatIfTextProperty().get()).isEmpty();
        assertThat(vm.whatIfErrorProperty().get()).isEmpty();
        assertThat(vm.profitTextProperty().get()).isEqualTo("—");
        assertThat(vm.marginTextProperty().get()).isEqualTo("—");
        assertThat(vm.roiTextProperty().get()).isEqualTo("—");
        assertThat(vm.belowFloorProperty().get()).isFalse();
        assertThat(vm.lossProperty().get()).isFalse();
        assertThat(vm.stepsProperty().get()).isEmpty();
        assertThat(vm.floor()).isEmpty();
        assertThat(vm.referenceText()).contains("no landed cost");
    }

    @Test
    void aSkuThatFailsToLoadAfterOneThatDidShowsTheErrorAndNothingOfTheFirst() {
        SkuDetailViewModel vm = new SkuDetailViewModel(a, app.skuDetails()::detail, new CurrentThreadTaskExecutor(), en);
        vm.load();
        vm.open("NOPE");
        assertThat(vm.detailProperty().get()).isNull();
        assertThat(vm.chartData()).isNull();
        assertThat(vm.errorProperty().get()).isEqualTo("Could not load SKU NOPE: Unknown SKU 'NOPE'");
        assertThat(vm.profitTextProperty().get()).isEqualTo("—");
        assertThat(vm.whatIfTextProperty().get()).isEmpty();
        assertThat(vm.currentPriceText()).isEqualTo("—");

        vm.open(a); // and the next SKU loads normally, the error gone
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.detailProperty().get().sku().sellerSku()).isEqualTo(a);
    }
}
