package com.pricedesk.store;

import com.pricedesk.domain.imports.ImportBatch;
import com.pricedesk.domain.imports.ImportChange;
import com.pricedesk.domain.imports.ImportKind;
import com.pricedesk.domain.port.ImportBatchRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Import batches and their per-SKU before/after snapshots in H2. Since schema V15 a batch's changes
 * are packed a chunk per row ({@link ChangePack} in {@code import_batch_chunk}); changes stored
 * before that keep their per-SKU JSON rows (V4, {@code import_batch_change}) and are read from
 * there, so every batch stays revertable.
 */
public final class JdbiImportBatchRepository implements ImportBatchRepository {
    private static final RowMapper<ImportBatch> BATCH = (rs, ctx) -> new ImportBatch(rs.getLong("id"),
            rs.getString("file_name"), rs.getString("content_sha256"), rs.getString("sheet_name"),
            rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getInt("rows_read"),
            rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
            rs.getInt("skipped_count"), instant(rs.getObject("reverted_at", OffsetDateTime.class)),
            ImportKind.valueOf(rs.getString("kind")));

    /** Changes per packed row: bounds a row to some tens of kilobytes. */
    private static final int CHANGES_PER_CHUNK = 500;
    private final Jdbi jdbi;
    private final SnapshotJson json = new SnapshotJson();
    private final ChangePack pack = new ChangePack();

    public JdbiImportBatchRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public long create(ImportBatch b) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO import_batch (file_name, content_sha256, sheet_name, imported_at, rows_read,
                            created_count, updated_count, unchanged_count, skipped_count, kind)
                        VALUES (:f, :h, :s, :t, :r, :c, :u, :n, :k, :kind)""")
                .bind("f", b.fileName()).bind("h", b.contentSha256()).bind("s", b.sheet())
                .bind("t", b.importedAt().atOffset(ZoneOffset.UTC)).bind("r", b.rowsRead())
                .bind("c", b.created()).bind("u", b.updated()).bind("n", b.unchanged()).bind("k", b.skipped())
                .bind("kind", b.kind().name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void addChanges(long batchId, Collection<ImportChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<ImportChange> all = List.copyOf(changes);
        jdbi.useHandle(h -> {
            int next = h.createQuery("SELECT COALESCE(MAX(chunk_no), 0) + 1 FROM import_batch_chunk WHERE batch_id = :b")
                    .bind("b", batchId).mapTo(Integer.class).one();
            for (int i = 0; i < all.size(); i += CHANGES_PER_CHUNK) {
                insertChunk(h, batchId, next++, all.subList(i, Math.min(all.size(), i + CHANGES_PER_CHUNK)));
            }
        });
    }

    private void insertChunk(Handle h, long batchId, int chunkNo, List<ImportChange> changes) {
        h.createUpdate("INSERT INTO import_batch_chunk (batch_id, chunk_no, changes) VALUES (:b, :n, :c)")
                .bind("b", batchId).bind("n", chunkNo).bind("c", pack.write(changes)).execute();
    }

    @Override
    public List<ImportChange> removeChanges(long batchId, Collection<String> sellerSkus) {
        Set<String> wanted = new HashSet<>(sellerSkus);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return jdbi.inTransaction(h -> {
            List<ImportChange> removed = new ArrayList<>();
            for (ImportChange c : legacyChanges(h, batchId)) {
                if (wanted.contains(c.sellerSku())) {
                    removed.add(c);
                    h.createUpdate("DELETE FROM import_batch_change WHERE batch_id = :b AND seller_sku = :s")
                            .bind("b", batchId).bind("s", c.sellerSku()).execute();
                }
            }
            List<Integer> chunkNos = h.createQuery(
                            "SELECT chunk_no FROM import_batch_chunk WHERE batch_id = :b ORDER BY chunk_no")
                    .bind("b", batchId).mapTo(Integer.class).list();
            for (int chunkNo : chunkNos) {
                byte[] bytes = h.createQuery(
                                "SELECT changes FROM import_batch_chunk WHERE batch_id = :b AND chunk_no = :n")
                        .bind("b", batchId).bind("n", chunkNo).mapTo(byte[].class).one();
                if (pack.skus(bytes).stream().noneMatch(wanted::contains)) {
                    continue;
                }
                List<ImportChange> kept = new ArrayList<>();
                for (ImportChange c : pack.read(bytes)) {
                    (wanted.contains(c.sellerSku()) ? removed : kept).add(c);
                }
                if (kept.isEmpty()) {
                    h.createUpdate("DELETE FROM import_batch_chunk WHERE batch_id = :b AND chunk_no = :n")
                            .bind("b", batchId).bind("n", chunkNo).execute();
                } else {
                    h.createUpdate("UPDATE import_batch_chunk SET changes = :c WHERE batch_id = :b AND chunk_no = :n")
                            .bind("c", pack.write(kept)).bind("b", batchId).bind("n", chunkNo).execute();
                }
            }
            return removed;
        });
    }

    @Override
    public void complete(long batchId, String sheet, int rowsRead, int created, int updated, int unchanged, int skipped) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE import_batch SET sheet_name = :sheet, rows_read = :r, created_count = :c, updated_count = :u,
                            unchanged_count = :n, skipped_count = :k WHERE id = :id""")
                .bind("sheet", sheet).bind("r", rowsRead).bind("c", created).bind("u", updated).bind("n", unchanged).bind("k", skipped)
                .bind("id", batchId).execute());
    }

    @Override
    public List<ImportBatch> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_batch ORDER BY id").map(BATCH).list());
    }

    @Override
    public Optional<ImportBatch> find(long batchId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_batch WHERE id = :id").bind("id", batchId)
                .map(BATCH).findOne());
    }

    @Override
    public List<ImportChange> changes(long batchId) {
        return jdbi.withHandle(h -> {
            List<ImportChange> out = new ArrayList<>(legacyChanges(h, batchId));
            h.createQuery("SELECT changes FROM import_batch_chunk WHERE batch_id = :b ORDER BY chunk_no")
                    .bind("b", batchId).mapTo(byte[].class).forEach(bytes -> out.addAll(pack.read(bytes)));
            out.sort(Comparator.comparing(ImportChange::sellerSku));
            return out;
        });
    }

    /** Changes stored before schema V15, one JSON row per SKU. */
    private List<ImportChange> legacyChanges(Handle h, long batchId) {
        return h.createQuery("SELECT seller_sku, before_json, after_json FROM import_batch_change WHERE batch_id = :b "
                        + "ORDER BY seller_sku")
                .bind("b", batchId)
                .map((rs, ctx) -> new ImportChange(rs.getString(1), json.read(rs.getString(2)),
                        json.read(rs.getString(3))))
                .list();
    }

    @Override
    public Set<String> touchedAfter(long batchId) {
        return jdbi.withHandle(h -> {
            Set<String> out = new HashSet<>(h.createQuery("""
                            SELECT DISTINCT c.seller_sku FROM import_batch_change c JOIN import_batch b ON b.id = c.batch_id
                            WHERE b.id > :id AND b.reverted_at IS NULL""")
                    .bind("id", batchId).mapTo(String.class).list());
            h.createQuery("""
                            SELECT c.changes FROM import_batch_chunk c JOIN import_batch b ON b.id = c.batch_id
                            WHERE b.id > :id AND b.reverted_at IS NULL""")
                    .bind("id", batchId).mapTo(byte[].class).forEach(bytes -> out.addAll(pack.skus(bytes)));
            return out;
        });
    }

    @Override
    public void markReverted(long batchId, Instant when) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE import_batch SET reverted_at = :t WHERE id = :id")
                .bind("t", when.atOffset(ZoneOffset.UTC)).bind("id", batchId).execute());
    }
}
