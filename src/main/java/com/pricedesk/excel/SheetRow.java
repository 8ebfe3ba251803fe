package com.pricedesk.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One row with its 1-based row number, as Excel numbers rows, and its non-blank cells. */
public record SheetRow(int number, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public SheetCell cell(int column) {
        // cells come in column order, so in a full row the cell sits at its own index
        if (column < cells.size() && cells.get(column).column() == column) {
            return cells.get(column);
        }
        for (SheetCell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    public String text(int column) {
        SheetCell c = cell(column);
        return c == null ? "" : c.text();
    }

    public boolean blank() {
        return cells.isEmpty();
    }

    /** Column index → text of every non-blank cell. */
    public Map<Integer, String> texts() {
        Map<Integer, String> out = new HashMap<>();
        cells.forEach(c -> out.put(c.column(), c.text()));
        return out;
    }
}
