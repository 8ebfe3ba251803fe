package com.pricedesk.excel;

import com.pricedesk.domain.imports.FileFormat;

import java.util.List;

/** A spreadsheet file opened for reading, whatever its format. */
public interface WorkbookSource extends AutoCloseable {
    FileFormat format();

    List<SheetInfo> sheets();

    /** Streams the rows of one sheet from the top; may be called again to re-read it. */
    void read(String sheet, RowHandler handler);

    /** The text encoding a CSV was read with; empty for workbooks. */
    default java.util.Optional<String> charset() {
        return java.util.Optional.empty();
    }

    @Override
    default void close() {
    }
}
