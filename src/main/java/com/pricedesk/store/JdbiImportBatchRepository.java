package com.pricedesk.store;

import com.pricedesk.domain.imports.ImportBatch;
import com.pricedesk.domain.imports.ImportChange;
import com.pricedesk.domain.imports.ImportKind;
import com.pricedesk.domain.port.ImportBatchRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Import batches and their per-SKU before/after snapshots in H2 (schema V4). */
public final class JdbiImportBatchRepository implements ImportBatchRepository {
    private static final RowMapper<ImportBatch> BATCH = (rs, ctx) -> new ImportBatch(rs.getLong("id"),
            rs.getString("file_name"), rs.getString("content_sha256"), rs.getString("sheet_name"),
            rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getInt("rows_read"),
            rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
            rs.getInt("skipped_count"), instant(rs.getObject("reverted_at", OffsetDateTime.class)),
            ImportKind.valueOf(rs.getString("kind")));

    private static final int ROWS_PER_INSERT = 100;
    private final Jdbi jdbi;
    private final SnapshotJson json = new SnapshotJson();

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
        // multi-row INSERTs: per-statement overhead, not data, dominated storing 100,000 changes
        List<ImportChange> all = List.copyOf(changes);
        jdbi.useHandle(h -> {
            for (int i = 0; i < all.size(); i += ROWS_PER_INSERT) {
                List<ImportChange> part = all.subList(i, Math.min(all.size(), i + ROWS_PER_INSERT));
                StringBuilder sql = new StringBuilder(
                        "INSERT INTO import_batch_change (batch_id, seller_sku, before_json, after_json) VALUES ");
                for (int k = 0; k < part.size(); k++) {
                    sql.append(k == 0 ? "" : ", ").append("(?, ?, ?, ?)");
                }
                var update = h.createUpdate(sql.toString());
                int p = 0;
                for (ImportChange c : part) {
                    update.bind(p++, batchId).bind(p++, c.sellerSku()).bind(p++, json.write(c.before()))
                            .bind(p++, json.write(c.after()));
                }
                update.execute();
            }
        });
    }

    @Override
    public Optional<ImportChange> removeChange(long batchId, String sellerSku) {
        return jdbi.withHandle(h -> {
            Optional<ImportChange> c = h.createQuery("SELECT seller_sku, before_json, after_json FROM import_batch_change "
                            + "WHERE batch_id = :b AND seller_sku = :s")
                    .bind("b", batchId).bind("s", sellerSku)
                    .map((rs, ctx) -> new ImportChange(rs.getString(1), json.read(rs.getString(2)),
                            json.read(rs.getString(3))))
                    .findOne();
            h.createUpdate("DELETE FROM import_batch_change WHERE batch_id = :b AND seller_sku = :s")
                    .bind("b", batchId).bind("s", sellerSku).execute();
            return c;
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
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT seller_sku, before_json, after_json FROM import_batch_change WHERE batch_id = :b "
                                + "ORDER BY seller_sku")
                .bind("b", batchId)
                .map((rs, ctx) -> new ImportChange(rs.getString(1), json.read(rs.getString(2)),
                        json.read(rs.getString(3))))
                .list());
    }

    @Override
    public Set<String> touchedAfter(long batchId) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("""
                        SELECT DISTINCT c.seller_sku FROM import_batch_change c JOIN import_batch b ON b.id = c.batch_id
                        WHERE b.id > :id AND b.reverted_at IS NULL""")
                .bind("id", batchId).mapTo(String.class).list()));
    }

    @Override
    public void markReverted(long batchId, Instant when) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE import_batch SET reverted_at = :t WHERE id = :id")
                .bind("t", when.atOffset(ZoneOffset.UTC)).bind("id", batchId).execute());
    }
}
