package com.pricedesk.excel;

import java.util.List;

/** A cell's value cannot be read; the key and arguments become the seller's message. */
public final class CellProblem extends Exception {
    private final String key;
    private final List<Object> args;

    public CellProblem(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
