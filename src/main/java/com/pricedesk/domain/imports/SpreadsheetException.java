package com.pricedesk.domain.imports;

import java.util.List;

/**
 * The file cannot be read as a cost sheet at all (corrupt, password-protected, not a spreadsheet,
 * no recognisable header). Carries a message key and arguments so the seller reads it in their language.
 */
public class SpreadsheetException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public SpreadsheetException(String key, Throwable cause, Object... args) {
        super(key + " " + List.of(args), cause);
        this.key = key;
        this.args = List.of(args);
    }

    public SpreadsheetException(String key, Object... args) {
        this(key, null, args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
