package com.pricedesk.ui.skus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The grid's rows in display order, as an observable list that can be put into an order computed
 * elsewhere in one permutation change. {@code ObservableList.sort(comparator)} would sort all rows a
 * second time just to find that permutation (JavaFX's merge sort with comparator calls: half the cost
 * of sorting 100,000 rows); here the order is already known, so the change costs one pass.
 */
final class RowOrder extends ObservableListBase<GridRow> {
    private GridRow[] rows = new GridRow[0];

    @Override
    public GridRow get(int index) {
        Objects.checkIndex(index, rows.length);
        return rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** Replaces every row (one replace change). */
    void replaceAll(List<GridRow> newRows) {
        GridRow[] old = rows;
        rows = newRows.toArray(new GridRow[0]);
        beginChange();
        if (old.length > 0 && rows.length > 0) {
            nextReplace(0, rows.length, Arrays.asList(old));
        } else if (old.length > 0) {
            nextRemove(0, Arrays.asList(old));
        } else if (rows.length > 0) {
            nextAdd(0, rows.length);
        }
        endChange();
    }

    /** Puts {@code row} at {@code index} in place of the row there (one set change). */
    GridRow put(int index, GridRow row) {
        Objects.checkIndex(index, rows.length);
        GridRow old = rows[index];
        rows[index] = row;
        beginChange();
        nextSet(index, old);
        endChange();
        return old;
    }

    /**
     * Shows the rows in the order of {@code positions}: entry k is the catalogue position
     * ({@link GridRow#position()}) of the row to show k-th. Every row must be listed exactly once.
     */
    void arrange(int[] positions) {
        int n = rows.length;
        if (positions.length != n) {
            throw new IllegalArgumentException("order of " + positions.length + " rows for " + n);
        }
        // Where each catalogue position is now, then: old index -> new index.
        int[] indexOfPosition = new int[n];
        Arrays.fill(indexOfPosition, -1);
        for (int i = 0; i < n; i++) {
            indexOfPosition[rows[i].position()] = i;
        }
        GridRow[] next = new GridRow[n];
        int[] permutation = new int[n];
        for (int k = 0; k < n; k++) {
            int old = indexOfPosition[positions[k]];
            if (old < 0) {
                throw new IllegalArgumentException("position " + positions[k] + " listed twice");
            }
            indexOfPosition[positions[k]] = -1;
            next[k] = rows[old];
            permutation[old] = k;
        }
        rows = next;
        beginChange();
        nextPermutation(0, n, permutation);
        endChange();
    }

    /** Says every row changed its figures (same rows, same order): one update change. */
    void updatedAll() {
        if (rows.length == 0) {
            return;
        }
        beginChange();
        for (int i = 0; i < rows.length; i++) {
            nextUpdate(i);
        }
        endChange();
    }

    /** The rows as a plain list, in display order. */
    List<GridRow> snapshot() {
        return new ArrayList<>(Arrays.asList(rows));
    }
}
