package com.pricedesk.app.imports;

import java.util.List;

/** An import history request that cannot be done (unknown batch, already reverted...); nothing changed. */
public final class ImportRefused extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public ImportRefused(String key, Object... args) {
        super(key + " " + List.of(args));
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
