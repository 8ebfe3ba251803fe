package com.pricedesk.app.imports;

import java.util.List;

/** A whole row cannot become a SKU (e.g. a new SKU without purchase cost); key and args for the message. */
final class RowRejected extends Exception {
    private final String key;
    private final List<Object> args;

    RowRejected(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = List.of(args);
    }

    String key() {
        return key;
    }

    List<Object> args() {
        return args;
    }
}
