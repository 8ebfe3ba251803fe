package com.pricedesk.ui.skus;

import com.pricedesk.domain.money.Money;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A grid cell the seller edits in place: Enter or leaving the cell stores the text through the ViewModel
 * (which validates and writes through the services, never on this thread); Escape leaves it unchanged.
 * Subclasses say what the cell shows, what the editor starts with and where the text goes.
 */
abstract class InlineEditCell extends TableCell<GridRow, GridRow> {
    /** The money column this cell edits, and the ViewModel the text goes to. */
    final GridColumn column;
    final SkuGridViewModel vm;
    private final TextField editor = new TextField();
    private final String editorId;
    private boolean committing;

    InlineEditCell(String editorId, GridColumn column, SkuGridViewModel vm) {
        this.editorId = editorId;
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

    /** This row's amount in the column (null when none). */
    Money value(GridRow row) {
        return (Money) column.valueOf(row.data());
    }

    /** Whether this row's value may be edited now. */
    abstract boolean editable(GridRow row);

    /** The editor's text when editing starts. */
    abstract String editorText(GridRow row);

    /** Hands the edited text to the ViewModel. */
    abstract void store(String sellerSku, String text);

    /** The cell's text when not editing. */
    abstract String shown(GridRow row);

    @Override
    public void startEdit() {
        if (getItem() == null || !editable(getItem())) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor.setId(editorId);
        editor.setText(editorText(getItem()));
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
            store(sku, text);
        } finally {
            committing = false;
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        setText(getItem() == null ? null : shown(getItem()));
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
            setText(shown(row));
        }
    }
}
