package com.pricedesk.domain.port;

import com.pricedesk.domain.imports.SpreadsheetException;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.CostSheetRow;
import com.pricedesk.domain.imports.TableLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads a seller's cost sheet (xlsx, xls or csv) row by row; the importer decides what to store. */
public interface CostSheetSource {

    /**
     * What the seller chose: a sheet (or null to pick the recognised one) and column overrides by
     * header text, an empty Optional meaning "ignore this column".
     */
    record Options(String sheet, Function<List<String>, Map<String, Optional<CostField>>> overrides) {
        public static Options defaults() {
            return new Options(null, headers -> Map.of());
        }
    }

    /** Receives the layout once, then each data row. */
    interface Listener {
        void layout(TableLayout layout);

        void row(CostSheetRow row);
    }

    /** Reads {@code file}; a sheet that cannot be read throws {@code SpreadsheetException} naming where and why. */
    TableLayout read(Path file, Options options, Listener listener);
}
