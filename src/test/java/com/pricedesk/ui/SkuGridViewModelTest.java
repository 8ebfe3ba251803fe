package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.catalog.SkuOverview;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import com.pricedesk.ui.skus.SkuGridViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid's state and filter, tested without a scene graph. */
class SkuGridViewModelTest {
    private static final List<SkuOverview> ROWS = List.of(
            new SkuOverview("KT-SPAT-3P-BLK", "B0AAAAAAA1", "Silicone Spatula Set (3 Piece, Black)", "硅胶铲套装 3件套 黑色",
                    "Home and Kitchen", Tier.HERO, List.of("gift"), Money.usd("11.99"), Money.usd("3.05"), new java.math.BigDecimal("22.4"), Money.usd("8.10"),
                    Money.usd("9.20"), false),
            new SkuOverview("EA-USBC-3FT-2P", "B0BBBBBBB2", "USB C to USB C Cable (3ft, 2 Pack)", "编织快充数据线 1米 2条装",
                    "Electronics Accessories", Tier.REGULAR, List.of("sea-freight"), Money.usd("9.99"), null, null, null, null, false),
            new SkuOverview("EA-USBC-6FT-2P", "B0CCCCCCC3", "USB C to USB C Cable (6ft, 2 Pack)", "编织快充数据线 2米 2条装",
                    "Electronics Accessories", Tier.LAUNCH, List.of("air-freight"), null, null, null, null, null, false));

    private SkuGridViewModel loaded(Messages msg) {
        SkuGridViewModel vm = new SkuGridViewModel(() -> ROWS, new CurrentThreadTaskExecutor(), msg);
        vm.load();
        return vm;
    }

    @Test
    void filtersOnSkuTitleLocalNameAndTagsWithAllWords() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        assertThat(vm.visibleSkus()).hasSize(3);
        assertThat(vm.countTextProperty().get()).isEqualTo("3 SKUs");

        vm.filterTextProperty().set("usbc");
        assertThat(vm.visibleSkus()).extracting(SkuOverview::sellerSku).containsExactly("EA-USBC-3FT-2P", "EA-USBC-6FT-2P");
        assertThat(vm.countTextProperty().get()).isEqualTo("2 of 3 SKUs");

        vm.filterTextProperty().set("数据线 2米");
        assertThat(vm.visibleSkus()).extracting(SkuOverview::sellerSku).containsExactly("EA-USBC-6FT-2P");

        vm.filterTextProperty().set("GIFT");
        assertThat(vm.visibleSkus()).extracting(SkuOverview::sellerSku).containsExactly("KT-SPAT-3P-BLK");

        vm.filterTextProperty().set("  ");
        assertThat(vm.visibleSkus()).hasSize(3);
    }

    @Test
    void countLineIsChineseInChinese() {
        SkuGridViewModel vm = loaded(new Messages(Messages.CHINESE));
        vm.filterTextProperty().set("B0AAAAAAA1");
        assertThat(vm.countTextProperty().get()).isEqualTo("1 / 3 个 SKU");
    }

    @Test
    void aFailedLoadIsShownNotSwallowed() {
        SkuGridViewModel vm = new SkuGridViewModel(() -> {
            throw new IllegalStateException("disk full");
        }, new CurrentThreadTaskExecutor(), new Messages(Messages.ENGLISH));
        vm.load();
        assertThat(vm.errorProperty().get()).contains("Could not load the SKUs", "disk full");
        assertThat(vm.loadingProperty().get()).isFalse();
    }
}
