package com.pricedesk.ui.skus;

import com.pricedesk.domain.money.Money;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A cell of 最低价 / 封顶价 / 常规售价: shows $19.99 (or — when none is set), edits the plain USD amount.
 * Enter or leaving the cell stores the value through the ViewModel (which validates and writes through
 * the services); an emptied cell clears the setting; Escape leaves it unchanged.
 */
final class PriceSettingCell extends TableCell<GridRow, GridRow> {
    private final GridColumn column;
    private final SkuGridViewModel vm;
    private final TextField editor = new TextField();
    private boolean committing;

    PriceSettingCell(GridColumn column, SkuGridViewModel vm) {
        this.column = column;
        this.vm = vm;
        getStyleClass().addAll("number-cell", "cost-cell");
        editor.getStyleClass().add("cost-editor");
        editor.setOnAction(e -> commit());
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        editor.focusedProperty().addListener((o, was, is) -> {
            if (!is && isEditing()) {
                commit();
            }
        });
    }

    private Money value() {
        GridRow row = getItem();
        return row == null ? null : (Money) column.valueOf(row.data());
    }

    @Override
    public void startEdit() {
        if (getItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor.setId("settingEditor");
        editor.setText(value() == null ? "" : value().toPlainString());
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    private void commit() {
        if (committing || !isEditing()) {
            return;
        }
        committing = true;
        try {
            String sku = getItem().sellerSku();
            String text = editor.getText();
            cancelEdit();
            vm.editPriceSetting(sku, column.priceSetting(), text);
        } finally {
            committing = false;
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        setText(getItem() == null ? null : vm.formats().money(value()));
    }

    @Override
    protected void updateItem(GridRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
        } else if (isEditing()) {
            setText(null);
            setGraphic(editor);
        } else {
            setGraphic(null);
            setText(vm.formats().money(value()));
        }
    }
}
