package com.pricedesk.ui.skus;

import com.pricedesk.domain.money.Money;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A cost cell: shows ¥35.50, edits the plain number. Enter or leaving the cell stores the value through
 * the ViewModel (which validates and writes through the services); Escape leaves it unchanged.
 */
final class CostCell extends TableCell<GridRow, GridRow> {
    private final GridColumn column;
    private final SkuGridViewModel vm;
    private final TextField editor = new TextField();
    private boolean committing;

    CostCell(GridColumn column, SkuGridViewModel vm) {
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
        if (getItem() == null || value() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor.setId("costEditor");
        editor.setText(GridFormats.editable(value()));
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
            vm.editCost(sku, column.editableCost(), text);
        } finally {
            committing = false;
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        setText(getItem() == null ? null : shown());
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
            setText(shown());
        }
    }

    /** ¥11.50/kg: a freight rate means little without what it is per. */
    private String shown() {
        String text = vm.formats().cost(value());
        if (column == GridColumn.FREIGHT && value() != null && getItem().data().freightBasis() != null) {
            text += vm.messages().get("grid.freight." + getItem().data().freightBasis().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        return text;
    }
}
