package com.pricedesk.excel;

import com.pricedesk.domain.imports.ColumnUnits;
import com.pricedesk.domain.imports.MappingNote;
import com.pricedesk.domain.imports.PercentReading;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.SheetColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Explains, per column, every decision the importer took that the header did not spell out. */
final class ColumnNotes {

    List<MappingNote> notes(List<SheetColumn> columns, Map<Integer, PercentReading> readings, Optional<String> charset) {
        List<MappingNote> out = new ArrayList<>();
        charset.ifPresent(cs -> out.add(new MappingNote("", "", "excel.note.charset", List.of(cs))));
        boolean basisColumn = columns.stream().anyMatch(c -> c.field() == CostField.FREIGHT_BASIS);
        for (SheetColumn c : columns) {
            String l = c.letter();
            String h = c.header();
            if (c.field() == null) {
                out.add(new MappingNote(l, h, "excel.note.unknown", List.of()));
                continue;
            }
            ColumnUnits u = c.units();
            switch (c.field().kind()) {
                case NOT_STORED -> out.add(new MappingNote(l, h, "excel.note.notStored", List.of()));
                case MONEY -> {
                    if (u.currency() == null) {
                        out.add(new MappingNote(l, h, "excel.note.currencyAssumed",
                                List.of(CellReader.defaultCurrency(c.field()).getCurrencyCode())));
                    }
                    if (c.field() == CostField.FREIGHT && !basisColumn) {
                        out.add(new MappingNote(l, h, u.freightBasis() == null ? "excel.note.freightPerUnitAssumed"
                                : "excel.note.freightBasis." + u.freightBasis().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-'), List.of()));
                    }
                }
                case USD_PRICE -> out.add(new MappingNote(l, h, "excel.note.priceSetting", List.of()));
                case PERCENT -> out.add(new MappingNote(l, h, readings.get(c.index()) == PercentReading.POINTS
                        ? "excel.note.percentPoints" : "excel.note.percentFraction", List.of()));
                case LENGTH -> unit(out, l, h, u.lengthUnit() == null ? null : u.lengthUnit().name(), "cm");
                case WEIGHT -> unit(out, l, h, u.weightUnit() == null ? null : u.weightUnit().name(), "kg");
                case DIMENSIONS_WEIGHT -> {
                    unit(out, l, h, u.lengthUnit() == null ? null : u.lengthUnit().name(), "cm");
                    unit(out, l, h, u.weightUnit() == null ? null : u.weightUnit().name(), "kg");
                }
                default -> { }
            }
        }
        return out;
    }

    private static void unit(List<MappingNote> out, String letter, String header, String unit, String stored) {
        if (unit == null) {
            out.add(new MappingNote(letter, header, "excel.note.unitAssumed", List.of(stored)));
        } else if (!unit.equalsIgnoreCase(stored)) {
            out.add(new MappingNote(letter, header, "excel.note.unitConverted",
                    List.of(unit.toLowerCase(java.util.Locale.ROOT), stored)));
        }
    }
}
