package com.pricedesk.ui.skus;

import com.pricedesk.app.grid.SkuGridRow;
import java.util.Locale;

/**
 * One grid row: the SKU's figures plus what filtering needs precomputed once (the lower-case text the
 * filter searches), so that filtering 100,000 rows does no string building.
 */
public final class GridRow {
    private SkuGridRow data;
    private final int position;
    private String haystack;

    /** {@code position} is the row's fixed place in the loaded catalogue; sort ranks are indexed by it. */
    public GridRow(SkuGridRow data, int position) {
        this.position = position;
        refresh(data);
    }

    /**
     * Takes the freshly built figures of the same SKU (after a start from the cached rows); the list
     * holding this row then reports it updated, so the table keeps its selection and scroll position.
     */
    void refresh(SkuGridRow fresh) {
        this.data = fresh;
        this.haystack = (fresh.sellerSku() + '\u0001' + nz(fresh.asin()) + '\u0001' + fresh.title() + '\u0001'
                + nz(fresh.localTitle()) + '\u0001' + fresh.category() + '\u0001' + String.join("\u0001", fresh.tags()))
                .toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public SkuGridRow data() {
        return data;
    }

    int position() {
        return position;
    }

    public String sellerSku() {
        return data.sellerSku();
    }

    /** True when every word occurs in the SKU, ASIN, title, local name, category or tags. */
    boolean matchesAll(String[] lowerCaseWords) {
        for (String w : lowerCaseWords) {
            if (!haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return data.sellerSku();
    }
}
