package com.pricedesk.domain.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the cost table sits in the file: its sheet, header row(s), the recognised columns and how
 * each percent column's plain numbers are read.
 */
public record TableLayout(FileFormat format, String sheet, int headerRow, int headerRowCount,
                          List<SheetColumn> columns, Map<Integer, PercentReading> percentReadings,
                          List<MappingNote> notes) {
    public TableLayout {
        columns = List.copyOf(columns);
        percentReadings = Map.copyOf(percentReadings);
        notes = List.copyOf(notes);
    }

    public Optional<SheetColumn> column(CostField field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    /** Headers in column order: the "signature" under which a seller's mapping choices are remembered. */
    public List<String> headers() {
        return columns.stream().map(SheetColumn::header).toList();
    }

    public int firstDataRow() {
        return headerRow + headerRowCount;
    }
}
