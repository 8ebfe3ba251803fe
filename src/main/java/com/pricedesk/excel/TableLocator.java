package com.pricedesk.excel;

import com.pricedesk.domain.imports.CostField;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the header among the first rows: sellers put instructions above it (填写说明…) and often
 * a two-row header, a merged group cell (带包装) above unit cells (长(cm), 宽(cm)…).
 */
public final class TableLocator {
    /** How many rows from the top may hold the header. */
    public static final int SEARCH_ROWS = 30;

    /** Joins a group header and its unit header; shown as is in messages ("带包装 › 长(cm)"). */
    public static final String GROUP_SEPARATOR = " › ";

    private final HeaderRecognizer recognizer;

    public TableLocator(HeaderRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** The header found: its index in the given rows, whether it spans two rows, and its texts per column. */
    public record Found(int index, int rowCount, Map<Integer, String> headers) {
    }

    public Optional<Found> locate(List<SheetRow> top) {
        Found best = null;
        // a SKU column alone is enough: the seller can map the other columns by hand
        int bestScore = 0;
        for (int i = 0; i < top.size(); i++) {
            Map<Integer, String> single = top.get(i).texts();
            int score = scoreWithSku(single);
            int nextScore = i + 1 < top.size() ? scoreWithSku(top.get(i + 1).texts()) : 0;
            Map<Integer, String> combined = i + 1 < top.size() ? combine(single, top.get(i + 1).texts()) : null;
            int combinedScore = combined == null ? -1 : scoreWithSku(combined);
            // two rows only when together they name more than either row alone (an instruction row
            // above a header must not be taken for a group row)
            if (combinedScore > Math.max(score, nextScore) && combinedScore > bestScore) {
                best = new Found(i, 2, combined);
                bestScore = combinedScore;
            } else if (score > bestScore) {
                best = new Found(i, 1, single);
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A header without a SKU column cannot key anything; it does not count. */
    private int scoreWithSku(Map<Integer, String> headers) {
        boolean sku = headers.values().stream().anyMatch(h -> recognizer.fieldOf(h) == CostField.SELLER_SKU);
        return sku ? recognizer.score(headers) : 0;
    }

    /**
     * Merges a group row and a unit row. A merged cell's text is only in its first cell, so a blank
     * group cell above a filled unit cell inherits the group text from its left.
     */
    static Map<Integer, String> combine(Map<Integer, String> group, Map<Integer, String> sub) {
        Map<Integer, String> out = new HashMap<>();
        int max = Math.max(group.keySet().stream().mapToInt(i -> i).max().orElse(-1),
                sub.keySet().stream().mapToInt(i -> i).max().orElse(-1));
        String carried = null;
        for (int c = 0; c <= max; c++) {
            String g = group.get(c);
            String s = sub.get(c);
            if (g != null) {
                carried = g;
            } else if (s != null) {
                g = carried;
            } else {
                carried = null;
            }
            if (g != null && s != null) {
                out.put(c, g + GROUP_SEPARATOR + s);
            } else if (g != null) {
                out.put(c, g);
            } else if (s != null) {
                out.put(c, s);
            }
        }
        return out;
    }
}
