package com.pricedesk.domain.imports;

import java.time.Instant;
import java.util.Objects;

/**
 * One committed import: which file, when, what kind, and what it did. For an Ads report the counts are
 * of SKU-days (created: the day had no ad figures before), and {@code skipped} counts rows left out.
 */
public record ImportBatch(long id, String fileName, String contentSha256, String sheet, Instant importedAt,
                          int rowsRead, int created, int updated, int unchanged, int skipped, Instant revertedAt,
                          ImportKind kind) {
    public ImportBatch {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(importedAt, "importedAt");
        kind = kind == null ? ImportKind.COSTS : kind;
    }

    /** A cost-sheet batch. */
    public ImportBatch(long id, String fileName, String contentSha256, String sheet, Instant importedAt,
                       int rowsRead, int created, int updated, int unchanged, int skipped, Instant revertedAt) {
        this(id, fileName, contentSha256, sheet, importedAt, rowsRead, created, updated, unchanged, skipped,
                revertedAt, ImportKind.COSTS);
    }

    public boolean reverted() {
        return revertedAt != null;
    }
}
