package com.pricedesk.app.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every SKU of the sheet being imported, in the order first seen, with the row it was first seen on and
 * what the import plans for it (created, updated in some fields, unchanged, or nothing yet).
 *
 * <p>Why not maps of strings to small objects: an import keeps one entry per SKU until its end (100,000
 * for the benchmark sheet), and entries made one by one while the sheet streams past are exactly what a
 * generational collector copies again and again between its survivor spaces before it promotes them,
 * in pauses that stop the reading and the storing thread alike. Here the SKUs' characters live in one
 * growing array and the figures in parallel arrays: a handful of large objects, whatever the row count.
 */
final class SkuTable {
    static final byte NONE = 0;
    static final byte CREATED = 1;
    static final byte UPDATED = 2;
    static final byte UNCHANGED = 3;

    /** Receives the planned SKUs in the order they were first seen. */
    @FunctionalInterface
    interface PlannedVisitor {
        void visit(String sellerSku, int row, byte kind, List<String> fields);
    }

    private char[] chars = new char[4096];
    private int charsUsed;
    private int[] start = new int[256];
    private int[] length = new int[256];
    private int[] hash = new int[256];
    private int[] firstRow = new int[256];
    private byte[] kind = new byte[256];
    /** Index into {@link #fieldLists} for an updated SKU. */
    private int[] fields = new int[256];
    private int size;
    /** Open addressing: entry index + 1, 0 for an empty slot; never more than half full. */
    private int[] slots = new int[512];
    /** An import's updated SKUs share few distinct sets of changed fields: each is kept once. */
    private final List<List<String>> fieldLists = new ArrayList<>();
    private final Map<List<String>, Integer> fieldIds = new HashMap<>();

    int size() {
        return size;
    }

    /**
     * Adds the SKU, first seen on {@code row}, unless it is known already.
     *
     * @return the row it was first seen on, or -1 when it is new
     */
    int putIfAbsent(String sku, int row) {
        int h = mix(sku.hashCode());
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int e = slots[i] - 1;
            if (e < 0) {
                slots[i] = add(sku, h, row) + 1;
                if (size * 2 > slots.length) {
                    rehash();
                }
                return -1;
            }
            if (hash[e] == h && matches(e, sku)) {
                return firstRow[e];
            }
        }
    }

    /** Records the plan for a SKU added before. */
    void plan(String sku, byte plannedKind, List<String> changedFields) {
        int e = find(sku);
        if (e < 0) {
            throw new IllegalStateException("Not in the table: " + sku);
        }
        kind[e] = plannedKind;
        fields[e] = plannedKind == UPDATED ? fieldsId(changedFields) : -1;
    }

    /** Forgets the plan for a SKU (its rows turned out to be duplicates); returns what was planned. */
    byte unplan(String sku) {
        int e = find(sku);
        if (e < 0) {
            return NONE;
        }
        byte was = kind[e];
        kind[e] = NONE;
        return was;
    }

    void forEachPlanned(PlannedVisitor visitor) {
        for (int e = 0; e < size; e++) {
            if (kind[e] != NONE) {
                visitor.visit(new String(chars, start[e], length[e]), firstRow[e], kind[e],
                        kind[e] == UPDATED ? fieldLists.get(fields[e]) : List.of());
            }
        }
    }

    private int fieldsId(List<String> changed) {
        Integer id = fieldIds.get(changed);
        if (id == null) {
            List<String> kept = List.copyOf(changed);
            id = fieldLists.size();
            fieldLists.add(kept);
            fieldIds.put(kept, id);
        }
        return id;
    }

    private int find(String sku) {
        int h = mix(sku.hashCode());
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int e = slots[i] - 1;
            if (e < 0) {
                return -1;
            }
            if (hash[e] == h && matches(e, sku)) {
                return e;
            }
        }
    }

    private boolean matches(int e, String sku) {
        int n = length[e];
        if (n != sku.length()) {
            return false;
        }
        int s = start[e];
        for (int k = 0; k < n; k++) {
            if (chars[s + k] != sku.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int add(String sku, int h, int row) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            length = Arrays.copyOf(length, n);
            hash = Arrays.copyOf(hash, n);
            firstRow = Arrays.copyOf(firstRow, n);
            kind = Arrays.copyOf(kind, n);
            fields = Arrays.copyOf(fields, n);
        }
        int n = sku.length();
        if (charsUsed + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + n));
        }
        sku.getChars(0, n, chars, charsUsed);
        int e = size++;
        start[e] = charsUsed;
        length[e] = n;
        hash[e] = h;
        firstRow[e] = row;
        kind[e] = NONE;
        fields[e] = -1;
        charsUsed += n;
        return e;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int e = 0; e < size; e++) {
            int i = hash[e] & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = e + 1;
        }
        slots = bigger;
    }

    /** Spreads String hash codes, whose low bits alone cluster for keys like BENCH-000001. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
