package com.pricedesk.domain.port;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes one table to a file for the seller: a header row and rows of values (String, BigDecimal,
 * Integer/Long, Money; null is a blank cell). The format follows the file name: .xlsx by default,
 * tab-separated text for .txt/.tsv (the flat-file form Amazon's upload pages take).
 */
public interface TableSink {

    /** How a column's values are shown. */
    enum Kind { TEXT, MONEY, PERCENT, INTEGER }

    /** One column: its header text, kind and width in characters. */
    record Column(String header, Kind kind, int width) {
    }

    /** Writes the table and returns the number of data rows written; {@code rows} feeds each row's values. */
    int write(Path target, String sheetName, List<Column> columns, Consumer<Consumer<List<Object>>> rows);
}
