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

    /**
     * Removes these SKUs' changes from a batch (rows found invalid after they were written, e.g.
     * duplicates) and returns the changes removed; SKUs the batch did not change are ignored.
     */
    List<ImportChange> removeChanges(long batchId, Collection<String> sellerSkus);

    /** Records the sheet read and the final counts of a batch whose rows were written while the file was read. */
    void complete(long batchId, String sheet, int rowsRead, int created, int updated, int unchanged, int skipped);

    List<ImportBatch> list();

    Optional<ImportBatch> find(long batchId);

    List<ImportChange> changes(long batchId);

    /** SKUs touched by batches after {@code batchId} that are not reverted. */
    Set<String> touchedAfter(long batchId);

    void markReverted(long batchId, Instant when);
}
