package com.pricedesk.app.imports;

import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.TableLayout;
import java.util.List;

/**
 * Everything the seller sees before committing: the mapping and the importer's decisions, every
 * error and warning with its location, and the diff against what is stored.
 */
public record ImportPreview(String fileName, TableLayout layout, int rowsRead, int created, int updated,
                            int unchanged, int invalidRows, List<CellIssue> errors, List<CellIssue> warnings,
                            List<PlannedChange> changes) {
    public ImportPreview {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
