package com.pricedesk.domain.imports;

import java.util.List;

/**
 * Where the table of an Ads report was found and how its columns were read. {@code columns} lists
 * every header with what it was recognised as ({@code field} null: not used).
 */
public record AdReportLayout(FileFormat format, String sheet, int headerRow, List<Column> columns) {
    public AdReportLayout {
        columns = List.copyOf(columns);
    }

    /** One header of the report: its column letter, text, and the field it feeds (or null). */
    public record Column(String letter, String header, String field) {
    }

    /** The column letter and header of a field, for locating a problem that concerns the whole row. */
    public Column column(String field) {
        return columns.stream().filter(c -> field.equals(c.field())).findFirst().orElse(null);
    }
}
