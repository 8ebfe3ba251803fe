package com.pricedesk.ui.skus;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One text column's rows in sorted order, kept like a database index: built once (in the background after
 * the rows load), patched when a row's value changes, so that sorting by the column is applying it, O(n)
 * without a comparison. The order is the grid's text order ({@link GridColumn#compareSortValues} on the
 * lower-cased values {@link GridColumn#sortValue} gives: UTF-16 order of the lower-cased text, Chinese
 * included), ties in catalogue order in both directions, unknown values last in both directions.
 *
 * <p>Not thread-safe: built on any thread from its own values array, then owned by the FX thread.
 */
final class TextSortIndex {
    /** The column's sort values by catalogue position (lower-cased text or null); shared with the grid. */
    private final Object[] values;
    /** Positions of the rows with a known value, ascending by (value, position). */
    private final int[] sorted;
    /**
     * {@code tie[k]}: the text at {@code sorted[k]} equals the one at {@code sorted[k - 1]}. Kept so that the
     * descending order finds its groups without reading the strings (random memory reads: most of its cost).
     */
    private final boolean[] tie;
    private int known;

    private TextSortIndex(Object[] values, int[] sorted, boolean[] tie, int known) {
        this.values = values;
        this.sorted = sorted;
        this.tie = tie;
        this.known = known;
    }

    /**
     * Sorts the positions of {@code values} once, or null when the column is not all text. {@code parallel}
     * sorts on all cores (a seller waiting); the background build leaves the other core to the window.
     */
    static TextSortIndex build(Object[] values, boolean parallel) {
        int n = values.length;
        Key[] keys = new Key[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            Object v = values[i];
            if (v instanceof String s) {
                keys[k++] = Key.of(s, i);
            } else if (v != null) {
                return null;
            }
        }
        if (parallel) {
            Arrays.parallelSort(keys, 0, k, Key.ORDER);
        } else {
            Arrays.sort(keys, 0, k, Key.ORDER);
        }
        int[] sorted = new int[n];
        boolean[] tie = new boolean[n];
        for (int i = 0; i < k; i++) {
            sorted[i] = keys[i].position;
            tie[i] = i > 0 && keys[i].prefix == keys[i - 1].prefix && keys[i].text.equals(keys[i - 1].text);
        }
        return new TextSortIndex(values, sorted, tie, k);
    }

    /** The values this index orders (the grid updates them through {@link #set}). */
    Object[] values() {
        return values;
    }

    /**
     * Every row position in display order: entry k is the catalogue position of the row to show k-th.
     * Descending walks the groups of equal text from the last, each group still in catalogue order.
     */
    int[] order(boolean ascending) {
        int n = values.length;
        int[] out = new int[n];
        int o;
        if (ascending) {
            System.arraycopy(sorted, 0, out, 0, known);
            o = known;
        } else {
            o = 0;
            int end = known;
            while (end > 0) {
                int start = end - 1;
                while (tie[start]) {
                    start--;
                }
                System.arraycopy(sorted, start, out, o, end - start);
                o += end - start;
                end = start;
            }
        }
        if (o < n) {
            for (int i = 0; i < n; i++) {
                if (values[i] == null) {
                    out[o++] = i;
                }
            }
        }
        return out;
    }

    /**
     * The row at {@code position} now has {@code value} (a {@link GridColumn#sortValue}): the values array
     * takes it and the row moves to its new place, O(n) array moves but no sort. False (nothing changed)
     * when {@code value} is not text; the caller then drops the index.
     */
    boolean set(int position, Object value) {
        if (value != null && !(value instanceof String)) {
            return false;
        }
        Object old = values[position];
        if (java.util.Objects.equals(old, value)) {
            return true;
        }
        if (old != null) {
            int at = find(position, (String) old);
            System.arraycopy(sorted, at + 1, sorted, at, known - at - 1);
            System.arraycopy(tie, at + 1, tie, at, known - at - 1);
            known--;
            tie[known] = false;
            retie(at);
        }
        values[position] = value;
        if (value != null) {
            int at = insertionPoint(position, (String) value);
            System.arraycopy(sorted, at, sorted, at + 1, known - at);
            System.arraycopy(tie, at, tie, at + 1, known - at);
            sorted[at] = position;
            known++;
            retie(at);
            retie(at + 1);
        }
        return true;
    }

    /** Recomputes whether the text at sorted index {@code k} equals the one before it. */
    private void retie(int k) {
        if (k < known) {
            tie[k] = k > 0 && values[sorted[k]].equals(values[sorted[k - 1]]);
        }
    }

    /** Where {@code position} (whose value is {@code text}) is in {@link #sorted}. */
    private int find(int position, String text) {
        int at = insertionPoint(position, text);
        if (at >= known || sorted[at] != position) {
            throw new IllegalStateException("position " + position + " is not where its text says");
        }
        return at;
    }

    /** The first index in {@link #sorted} whose (value, position) is not below ({@code text}, {@code position}). */
    private int insertionPoint(int position, String text) {
        int lo = 0;
        int hi = known;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int p = sorted[mid];
            int c = ((String) values[p]).compareTo(text);
            if (c == 0) {
                c = Integer.compare(p, position);
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A text value and its row's position; {@code prefix} holds its first four UTF-16 chars (zero-padded)
     * so most comparisons never leave this object: when the prefixes differ, unsigned, they order the
     * strings exactly as {@link String#compareTo} does.
     */
    private record Key(long prefix, String text, int position) {
        static final Comparator<Key> ORDER = Key::compare;

        static Key of(String s, int position) {
            long p = 0;
            for (int i = 0; i < 4; i++) {
                p = p << 16 | (i < s.length() ? s.charAt(i) : 0);
            }
            return new Key(p, s, position);
        }

        int compare(Key o) {
            int c = Long.compareUnsigned(prefix, o.prefix);
            if (c == 0) {
                c = text.compareTo(o.text);
            }
            return c != 0 ? c : Integer.compare(position, o.position);
        }
    }
}
