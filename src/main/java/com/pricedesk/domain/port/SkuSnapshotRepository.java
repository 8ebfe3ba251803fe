package com.pricedesk.domain.port;

import com.pricedesk.domain.imports.SkuSnapshot;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Whole SKUs (catalogue fields, tags and cost profile) read and written in bulk, as imports,
 * exports and reverts need them.
 */
public interface SkuSnapshotRepository {
    Map<String, SkuSnapshot> find(Collection<String> sellerSkus);

    /** Every stored SKU in seller-SKU order, streamed in pages so 100,000 SKUs never sit in memory at once. */
    void forEach(Consumer<SkuSnapshot> consumer);

    /** Writes each snapshot as the stored state: the SKU, its tags, and its cost profile (or none). */
    void saveAll(List<SkuSnapshot> snapshots);

    /**
     * Stores snapshots of SKUs the caller knows are not stored yet (it has just looked them up in
     * the same transaction): the same result as {@link #saveAll}, without merging into or clearing
     * rows that cannot exist. An import of new SKUs spends most of its database time here.
     */
    default void insertNew(List<SkuSnapshot> snapshots) {
        saveAll(snapshots);
    }

    void delete(Collection<String> sellerSkus);
}
