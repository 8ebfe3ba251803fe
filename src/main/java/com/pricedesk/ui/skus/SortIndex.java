package com.pricedesk.ui.skus;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;

/**
 * One column's rows in sorted order, kept like a database index: built once (in the background after the
 * rows load, or at the first sort by the column), patched when a row's value changes, so that sorting by
 * the column is applying it, O(n) without a comparison. The order is the grid's order
 * ({@link GridColumn#compareSortValues} on the values {@link GridColumn#sortValue} gives): for text, UTF-16
 * order of the lower-cased text, Chinese included; for numbers (amounts in one currency, percentages,
 * counts), numeric order. Ties in catalogue order in both directions, unknown values last in both directions.
 *
 * <p>Not thread-safe: built on any thread from its own values array, then owned by the FX thread.
 */
final class SortIndex {
    private enum Kind { TEXT, NUMBER }

    private static final int POSITION_BITS = 21;
    private static final long KEY_LIMIT = 1L << (63 - POSITION_BITS);

    /** TEXT or NUMBER; an index built with no value known takes the kind of the first value it is given. */
    private Kind kind;
    /** NUMBER: the one class of its known values (Money, BigDecimal, Integer or Long); null while none. */
    private Class<?> numberClass;
    /** NUMBER of Money: their one currency. */
    private java.util.Currency currency;
    /** The column's sort values by catalogue position (lower-cased text, a number or null); shared with the grid. */
    private final Object[] values;
    /** Positions of the rows with a known value, ascending by (value, position). */
    private final int[] sorted;
    /**
     * {@code tie[k]}: the value at {@code sorted[k]} equals the one at {@code sorted[k - 1]}. Kept so that the
     * descending order finds its groups without reading the values (random memory reads: most of its cost).
     */
    private final boolean[] tie;
    private int known;

    private SortIndex(Kind kind, Object[] values, int[] sorted, boolean[] tie, int known) {
        this.kind = kind;
        this.values = values;
        this.sorted = sorted;
        this.tie = tie;
        this.known = known;
    }

    /**
     * Sorts the positions of {@code values} once, or null when the column is neither all text nor all plain
     * numbers of one kind (amounts in one currency). {@code parallel} sorts text on all cores (a seller
     * waiting); the background build leaves the other core to the window.
     */
    static SortIndex build(Object[] values, boolean parallel) {
        SortIndex text = text(values, parallel);
        return text != null ? text : number(values);
    }

    private static SortIndex text(Object[] values, boolean parallel) {
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
        if (k == 0) {
            return null; // no text known: the column's kind is not known either (see number)
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
        return new SortIndex(Kind.TEXT, values, sorted, tie, k);
    }

    /**
     * The numeric index, or null when the values are not all numbers of one class (one currency). Each known
     * row becomes one {@code long} (its value in whole units of the column's finest scale, at most 6
     * decimals, then its position), so building is a primitive sort without comparator calls.
     */
    private static SortIndex number(Object[] values) {
        int n = values.length;
        if (n >= 1 << POSITION_BITS) {
            return null;
        }
        Class<?> type = null;
        java.util.Currency currency = null;
        int scale = 0;
        for (Object v : values) {
            if (v == null) {
                continue;
            }
            if (type == null) {
                type = v.getClass();
            } else if (type != v.getClass()) {
                return null;
            }
            BigDecimal d;
            if (v instanceof Money m) {
                if (currency != null && !currency.equals(m.currency())) {
                    return null;
                }
                currency = m.currency();
                d = m.amount();
            } else if (v instanceof BigDecimal b) {
                d = b;
            } else if (v instanceof Integer || v instanceof Long) {
                continue;
            } else {
                return null;
            }
            scale = Math.max(scale, d.scale());
            if (scale > 6) {
                return null;
            }
        }
        long[] packed = new long[n];
        int k = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                continue;
            }
            // As whole units of the finest scale, scale 0: longValue() then reads the compact value (no BigInteger).
            // One new BigDecimal per value when its scale is the finest (amounts: always), two otherwise: this
            // runs for every shown number column after each load, so its garbage matters to the FX thread's GCs.
            BigDecimal whole = decimal(values[i]).movePointRight(scale);
            if (whole.precision() > 18) {
                return null;
            }
            long x = whole.longValue();
            if (Math.abs(x) >= KEY_LIMIT) {
                return null;
            }
            packed[k++] = x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (k > 0 && max - min >= KEY_LIMIT - 1) {
            return null;
        }
        for (int i = 0, j = 0; i < n; i++) {
            if (values[i] != null) {
                packed[j] = (packed[j] - min) << POSITION_BITS | i;
                j++;
            }
        }
        Arrays.sort(packed, 0, k);
        int[] sorted = new int[n];
        boolean[] tie = new boolean[n];
        long mask = (1L << POSITION_BITS) - 1;
        for (int i = 0; i < k; i++) {
            sorted[i] = (int) (packed[i] & mask);
            tie[i] = i > 0 && packed[i] >>> POSITION_BITS == packed[i - 1] >>> POSITION_BITS;
        }
        SortIndex index = new SortIndex(Kind.NUMBER, values, sorted, tie, k);
        index.numberClass = type;
        index.currency = currency;
        return index;
    }

    private static BigDecimal decimal(Object v) {
        return v instanceof Money m ? m.amount() : v instanceof BigDecimal b ? b
                : BigDecimal.valueOf(((Number) v).longValue());
    }

    /** The values this index orders (the grid updates them through {@link #set}). */
    Object[] values() {
        return values;
    }

    /**
     * Every row position in display order: entry k is the catalogue position of the row to show k-th.
     * Descending walks the groups of equal values from the last, each group still in catalogue order.
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
     * when {@code value} is not of the index's kind (text; numbers of its class and currency); the caller
     * then drops the index.
     */
    boolean set(int position, Object value) {
        if (value != null && !accepts(value)) {
            return false;
        }
        Object old = values[position];
        if (java.util.Objects.equals(old, value)) {
            return true;
        }
        if (old != null) {
            int at = find(position, old);
            System.arraycopy(sorted, at + 1, sorted, at, known - at - 1);
            System.arraycopy(tie, at + 1, tie, at, known - at - 1);
            known--;
            tie[known] = false;
            retie(at);
        }
        values[position] = value;
        if (value != null) {
            int at = insertionPoint(position, value);
            System.arraycopy(sorted, at, sorted, at + 1, known - at);
            System.arraycopy(tie, at, tie, at + 1, known - at);
            sorted[at] = position;
            known++;
            retie(at);
            retie(at + 1);
        }
        return true;
    }

    /** Recomputes whether the value at sorted index {@code k} equals the one before it. */
    private void retie(int k) {
        if (k < known) {
            tie[k] = k > 0 && compare(values[sorted[k]], values[sorted[k - 1]]) == 0;
        }
    }

    private boolean accepts(Object value) {
        if (kind == Kind.NUMBER && numberClass == null && known == 0) {
            // Built with nothing known: it takes the kind of the first value it is given.
            if (value instanceof String) {
                kind = Kind.TEXT;
            } else {
                numberClass = value.getClass();
                currency = value instanceof Money m ? m.currency() : null;
            }
        }
        if (kind == Kind.TEXT) {
            return value instanceof String;
        }
        return value.getClass() == numberClass && (value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal || value instanceof Money m && m.currency().equals(currency));
    }

    /** Two known values of this index, in its order. */
    private int compare(Object a, Object b) {
        return kind == Kind.TEXT ? ((String) a).compareTo((String) b) : decimal(a).compareTo(decimal(b));
    }

    /** Where {@code position} (whose value is {@code value}) is in {@link #sorted}. */
    private int find(int position, Object value) {
        int at = insertionPoint(position, value);
        if (at >= known || sorted[at] != position) {
            throw new IllegalStateException("position " + position + " is not where its value says");
        }
        return at;
    }

    /** The first index in {@link #sorted} whose (value, position) is not below ({@code value}, {@code position}). */
    private int insertionPoint(int position, Object value) {
        int lo = 0;
        int hi = known;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int p = sorted[mid];
            int c = compare(values[p], value);
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
