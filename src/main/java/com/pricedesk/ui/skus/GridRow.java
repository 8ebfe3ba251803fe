package com.pricedesk.ui.skus;

import com.pricedesk.app.grid.SkuGridRow;
import java.util.Locale;

/**
 * One grid row: the SKU's figures plus what filtering needs precomputed once (the lower-case text the
 * filter searches), so that filtering 100,000 rows does no string building.
 */
public final class GridRow {
    private final SkuGridRow data;
    private final int position;
    private final String haystack;

    /** {@code position} is the row's fixed place in the loaded catalogue; sort ranks are indexed by it. */
    public GridRow(SkuGridRow data, int position) {
        this.data = data;
        this.position = position;
        this.haystack = (data.sellerSku() + '\u0001' + nz(data.asin()) + '\u0001' + data.title() + '\u0001'
                + nz(data.localTitle()) + '\u0001' + data.category() + '\u0001' + String.join("\u0001", data.tags()))
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
