package com.pricedesk.store;

import com.pricedesk.domain.port.AlertRepository;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.queue.Alert;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Alerts in H2 (schema V8). */
public final class JdbiAlertRepository implements AlertRepository {
    private final Jdbi jdbi;

    public JdbiAlertRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long add(Alert a) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO alert (at, kind, seller_sku, change_id, message_en, message_zh)
                        VALUES (:at, :kind, :sku, :change, :en, :zh)""")
                .bind("at", a.at().atOffset(ZoneOffset.UTC)).bind("kind", a.kind().name()).bind("sku", a.sellerSku())
                .bind("change", a.changeId().orElse(null)).bind("en", a.message().english())
                .bind("zh", a.message().chinese()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public List<Alert> since(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM alert WHERE at >= :since ORDER BY at DESC, id DESC")
                .bind("since", since.atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> new Alert(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        Alert.Kind.valueOf(rs.getString("kind")), rs.getString("seller_sku"),
                        Optional.ofNullable((Long) rs.getObject("change_id", Long.class)),
                        Explanation.of(rs.getString("message_en"), rs.getString("message_zh"))))
                .list());
    }
}
