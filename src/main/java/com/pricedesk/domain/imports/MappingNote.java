package com.pricedesk.domain.imports;

import java.util.List;

/** What the importer decided about a column (a unit converted, a currency assumed), shown in the preview. */
public record MappingNote(String column, String header, String key, List<Object> args) {
    public MappingNote {
        args = List.copyOf(args);
    }
}
