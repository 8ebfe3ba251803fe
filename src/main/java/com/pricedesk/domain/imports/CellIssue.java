package com.pricedesk.domain.imports;

import java.util.List;

/**
 * An error or warning located the way the seller finds it in Excel: sheet, row number, column
 * letter, the column's header and the cell's value. The message is a bundle key with arguments.
 */
public record CellIssue(Severity severity, String sheet, int row, String column, String header, String value,
                        String key, List<Object> args) {

    /** Errors block the import (unless skipped); warnings are shown and imported. */
    public enum Severity { ERROR, WARNING }

    public CellIssue {
        args = List.copyOf(args);
        value = value == null ? "" : value;
        header = header == null ? "" : header;
        column = column == null ? "" : column;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
