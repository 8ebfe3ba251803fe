package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceSettings;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import com.pricedesk.ui.skus.AppGridBackend;
import com.pricedesk.ui.skus.GridColumn;
import com.pricedesk.ui.skus.GridRow;
import com.pricedesk.ui.skus.SkuGridViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grid's 最低价 / 封顶价 / 常规售价 columns over the real services and a real workspace: an inline
 * edit is validated, stored through the services, and the row's floor and ceiling follow it; undo and
 * redo store the old and new value again (including "none").
 */
class PriceSettingsGridTest {
    @TempDir
    Path dir;

    private AppContext app;
    private SkuGridViewModel vm;
    private String sku;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("ws"), Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC));
        app.demo().create(7, 5, false);
        vm = new SkuGridViewModel(new AppGridBackend(app.skuGrid(), app.gridCostEdits(), app.gridSelection(),
                app.gridLayout()), new CurrentThreadTaskExecutor(), new Messages(Locale.ENGLISH));
        vm.load();
        sku = vm.rows().stream().map(GridRow::data).filter(r -> r.floor() != null && r.price() != null)
                .findFirst().orElseThrow().sellerSku();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private SkuGridRow row() {
        return vm.rows().stream().filter(r -> r.sellerSku().equals(sku)).findFirst().orElseThrow().data();
    }

    @Test
    void theColumnsAreInTheChooserWithHeadingsInBothLanguages() {
        assertThat(vm.columns()).extracting(c -> c.column())
                .contains(GridColumn.MANUAL_MIN, GridColumn.MANUAL_MAX, GridColumn.REGULAR_PRICE);
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get(GridColumn.MANUAL_MIN.messageKey())).contains("最低价");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get(GridColumn.MANUAL_MAX.messageKey())).contains("封顶价");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get(GridColumn.REGULAR_PRICE.messageKey()))
                .isEqualTo("常规售价");
        assertThat(GridColumn.MANUAL_MIN.priceSetting()).isEqualTo(PriceSettingField.MIN);
    }

    @Test
    void aManualMinimumRaisesTheFloorAndUndoAndRedoPutItBackAndAgain() {
        SkuGridRow before = row();
        Money floor = before.floor();
        BigDecimal min = before.price().amount().max(before.floor().amount()).add(BigDecimal.ONE);
        vm.editPriceSetting(sku, PriceSettingField.MIN, "$" + min.toPlainString());
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(row().manualMin()).isEqualTo(Money.usd(min.setScale(2)));
        assertThat(row().floor()).isEqualTo(Money.usd(min.setScale(2)));
        assertThat(row().belowFloor()).isTrue();
        assertThat(app.priceSettings().settings(sku).manualMin()).isEqualTo(Money.usd(min.setScale(2)));

        vm.undo();
        assertThat(row().manualMin()).isNull();
        assertThat(row().floor()).isEqualTo(floor);
        assertThat(row().belowFloor()).isEqualTo(before.belowFloor());
        assertThat(app.priceSettings().settings(sku)).isEqualTo(PriceSettings.NONE);
        assertThat(vm.messageProperty().get()).contains("manual minimum").contains("—");

        vm.redo();
        assertThat(row().floor()).isEqualTo(Money.usd(min.setScale(2)));
        assertThat(app.priceSettings().settings(sku).manualMin()).isEqualTo(Money.usd(min.setScale(2)));
    }

    @Test
    void aManualMaximumBecomesTheCeilingAndAnEmptiedCellClearsIt() {
        BigDecimal max = row().price().amount().add(new BigDecimal("5"));
        vm.editPriceSetting(sku, PriceSettingField.MAX, max.toPlainString());
        assertThat(row().ceiling()).isEqualTo(Money.usd(max.setScale(2)));
        assertThat(row().manualMax()).isEqualTo(Money.usd(max.setScale(2)));
        vm.editPriceSetting(sku, PriceSettingField.MAX, "  ");
        assertThat(row().manualMax()).isNull();
        assertThat(app.priceSettings().settings(sku).manualMax()).isNull();
        vm.undo();
        assertThat(row().manualMax()).isEqualTo(Money.usd(max.setScale(2)));
    }

    @Test
    void aRegularPriceOutsideTheLimitsIsStoredWithANote() {
        vm.editPriceSetting(sku, PriceSettingField.MAX, "20");
        vm.editPriceSetting(sku, PriceSettingField.REGULAR, "25");
        assertThat(row().regularPrice()).isEqualTo(Money.usd("25.00"));
        assertThat(vm.messageProperty().get()).contains("outside");
        assertThat(app.regularPrices().regularPrice(sku)).contains(Money.usd("25.00"));
    }

    @Test
    void aLimitTheCurrentPriceIsOutsideOfIsStoredWithANoteOfWhatTheEngineWillDo() {
        Money price = row().price();
        BigDecimal min = price.amount().add(BigDecimal.ONE);
        vm.editPriceSetting(sku, PriceSettingField.MIN, min.toPlainString());
        assertThat(row().manualMin()).isEqualTo(Money.usd(min.setScale(2)));
        assertThat(vm.messageProperty().get()).contains("current price $" + price.toPlainString())
                .contains("below this minimum").contains("at least $" + min.setScale(2).toPlainString());

        vm.editPriceSetting(sku, PriceSettingField.MIN, "");
        BigDecimal max = price.amount().subtract(BigDecimal.ONE);
        vm.editPriceSetting(sku, PriceSettingField.MAX, max.toPlainString());
        assertThat(vm.messageProperty().get()).contains("above this maximum")
                .contains("at most $" + max.setScale(2).toPlainString());

        vm.editPriceSetting(sku, PriceSettingField.MAX, price.amount().add(BigDecimal.TEN).toPlainString());
        assertThat(vm.messageProperty().get()).as("a limit the price is inside of needs no note")
                .doesNotContain("current price");
    }

    @Test
    void badInputIsRefusedWithAMessageNamingSkuAndFieldAndNothingIsStored() {
        vm.editPriceSetting(sku, PriceSettingField.MAX, "20");
        String[][] cases = {{"abc", "not a number"}, {"0", "not above zero"}, {"-3", "not above zero"},
                {"12.345", "more than 2 decimals"}, {"25", "above its maximum"}};
        for (String[] c : cases) {
            vm.editPriceSetting(sku, PriceSettingField.MIN, c[0]);
            assertThat(vm.errorProperty().get()).as(c[0]).contains(sku).contains(c[1]);
            assertThat(app.priceSettings().settings(sku)).isEqualTo(new PriceSettings(null, Money.usd("20.00"), null));
            assertThat(row().manualMin()).isNull();
        }
        // refused by the service (the ViewModel cannot know the sanity maximum): the same kind of message
        vm.editPriceSetting(sku, PriceSettingField.REGULAR, "20000");
        assertThat(vm.errorProperty().get()).contains(sku).contains("sanity maximum");
        assertThat(app.priceSettings().settings(sku)).isEqualTo(new PriceSettings(null, Money.usd("20.00"), null));
    }
}
