package com.pricedesk.domain.port;

import com.pricedesk.domain.imports.ImportBatch;
import com.pricedesk.domain.imports.ImportChange;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Committed imports with the before/after state of every SKU they touched, so each can be undone. */
public interface ImportBatchRepository {
    /** Stores a new batch (its id is ignored) and returns its id. */
    long create(ImportBatch batch);

    void addChanges(long batchId, Collection<ImportChange> changes);

    /** Removes one SKU's change from a batch (a row found invalid after it was written) and returns it. */
    Optional<ImportChange> removeChange(long batchId, String sellerSku);

    /** Records the sheet read and the final counts of a batch whose rows were written while the file was read. */
    void complete(long batchId, String sheet, int rowsRead, int created, int updated, int unchanged, int skipped);

    List<ImportBatch> list();

    Optional<ImportBatch> find(long batchId);

    List<ImportChange> changes(long batchId);

    /** SKUs touched by batches after {@code batchId} that are not reverted. */
    Set<String> touchedAfter(long batchId);

    void markReverted(long batchId, Instant when);
}
