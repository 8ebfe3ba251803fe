package com.pricedesk.ui.skus;

/** A cost cell: shows ¥35.50, edits the plain number. A SKU without the cost has nothing to edit. */
final class CostCell extends InlineEditCell {
    CostCell(GridColumn column, SkuGridViewModel vm) {
        super("costEditor", column, vm);
    }

    @Override
    boolean editable(GridRow row) {
        return value(row) != null;
    }

    @Override
    String editorText(GridRow row) {
        return GridFormats.editable(value(row));
    }

    @Override
    void store(String sellerSku, String text) {
        vm.editCost(sellerSku, column.editableCost(), text);
    }

    /** ¥11.50/kg: a freight rate means little without what it is per. */
    @Override
    String shown(GridRow row) {
        String text = vm.formats().cost(value(row));
        if (column == GridColumn.FREIGHT && value(row) != null && row.data().freightBasis() != null) {
            text += vm.messages().get("grid.freight." + row.data().freightBasis().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        return text;
    }
}
