package com.pricedesk.ui.skus;

/**
 * A cell of 最低价 / 封顶价 / 常规售价: shows $19.99 (or — when none is set), edits the plain USD amount;
 * an emptied cell clears the setting.
 */
final class PriceSettingCell extends InlineEditCell {
    PriceSettingCell(GridColumn column, SkuGridViewModel vm) {
        super("settingEditor", column, vm);
    }

    @Override
    boolean editable(GridRow row) {
        return true;
    }

    @Override
    String editorText(GridRow row) {
        return value(row) == null ? "" : value(row).toPlainString();
    }

    @Override
    void store(String sellerSku, String text) {
        vm.editPriceSetting(sellerSku, column.priceSetting(), text);
    }

    @Override
    String shown(GridRow row) {
        return vm.formats().money(value(row));
    }
}
