package com.pricedesk.domain.imports;

import java.time.Instant;
import java.util.Objects;

/** One committed import of a cost sheet: which file, when, and what it did. */
public record ImportBatch(long id, String fileName, String contentSha256, String sheet, Instant importedAt,
                          int rowsRead, int created, int updated, int unchanged, int skipped, Instant revertedAt) {
    public ImportBatch {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(importedAt, "importedAt");
    }

    public boolean reverted() {
        return revertedAt != null;
    }
}
