package com.pricedesk.store;

import com.pricedesk.domain.market.Freshness;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.port.SyncStateRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Sync freshness and resume points in H2 ({@code sync_state}). */
public final class JdbiSyncStateRepository implements SyncStateRepository {
    private final Jdbi jdbi;

    public JdbiSyncStateRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Freshness freshness(SyncKind kind) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT fresh_as_of, resume_after, last_attempt FROM sync_state WHERE kind = :k")
                .bind("k", kind.key())
                .map((rs, ctx) -> map(kind, rs))
                .findOne()
                .orElse(new Freshness(kind, Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Override
    public List<Freshness> all() {
        return Arrays.stream(SyncKind.values()).map(this::freshness).toList();
    }

    @Override
    public void saveProgress(SyncKind kind, String lastSku, Instant attemptedAt) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO sync_state (kind, resume_after, last_attempt) KEY (kind) "
                        + "VALUES (:k, :r, :a)")
                .bind("k", kind.key()).bind("r", lastSku).bind("a", utc(attemptedAt)).execute());
    }

    @Override
    public void markFresh(SyncKind kind, Instant asOf) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO sync_state (kind, fresh_as_of, resume_after, last_attempt) "
                        + "KEY (kind) VALUES (:k, :f, NULL, :f)")
                .bind("k", kind.key()).bind("f", utc(asOf)).execute());
    }

    @Override
    public void deleteAll() {
        jdbi.useHandle(h -> h.execute("DELETE FROM sync_state"));
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Freshness map(SyncKind kind, ResultSet rs) throws SQLException {
        return new Freshness(kind, instant(rs, "fresh_as_of"), Optional.ofNullable(rs.getString("resume_after")),
                instant(rs, "last_attempt"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
    }

}
