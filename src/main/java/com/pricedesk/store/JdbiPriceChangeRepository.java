package com.pricedesk.store;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.PriceChangeRepository;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The approval queue and its audit log in H2 (schema V8). */
public final class JdbiPriceChangeRepository implements PriceChangeRepository {
    private static final String COLUMNS = "id, seller_sku, currency, old_price, new_price, floor_price, ceiling_price, "
            + "rule_id, rule_name, rule_set_version, reason_en, reason_zh, state, actor, created_at, updated_at, "
            + "send_started_at, feed_id, amazon_code, amazon_message";

    private static final RowMapper<QueuedChange> CHANGE = (rs, ctx) -> {
        String cur = rs.getString("currency");
        return new QueuedChange(rs.getLong("id"), rs.getString("seller_sku"), money(rs, "old_price", cur),
                money(rs, "new_price", cur), money(rs, "floor_price", cur), money(rs, "ceiling_price", cur),
                rs.getString("rule_id"), rs.getString("rule_name"), rs.getInt("rule_set_version"),
                Explanation.of(rs.getString("reason_en"), rs.getString("reason_zh")),
                ChangeState.valueOf(rs.getString("state")), rs.getString("actor"), instant(rs, "created_at"),
                instant(rs, "updated_at"), Optional.ofNullable(instant(rs, "send_started_at")),
                Optional.ofNullable(rs.getString("feed_id")), Optional.ofNullable(rs.getString("amazon_code")),
                Optional.ofNullable(rs.getString("amazon_message")));
    };

    private static final RowMapper<ChangeEvent> EVENT = (rs, ctx) -> new ChangeEvent(rs.getLong("change_id"),
            rs.getString("seller_sku"), instant(rs, "at"),
            Optional.ofNullable(rs.getString("from_state")).map(ChangeState::valueOf),
            ChangeState.valueOf(rs.getString("to_state")), rs.getString("actor"),
            Explanation.of(rs.getString("note_en"), rs.getString("note_zh")),
            Optional.ofNullable(rs.getBigDecimal("price")).map(p -> new Money(p, Money.USD)),
            Optional.ofNullable(rs.getString("amazon_code")), Optional.ofNullable(rs.getString("amazon_message")));

    private final Jdbi jdbi;

    public JdbiPriceChangeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Money money(ResultSet rs, String column, String currency) throws SQLException {
        return Money.of(rs.getBigDecimal(column), currency);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static BigDecimal cents(Money m) {
        return m.rounded().amount();
    }

    @Override
    public List<QueuedChange> insert(List<QueuedChange> proposals, Explanation note) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        return jdbi.inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO price_change (seller_sku, currency, old_price, new_price, floor_price, ceiling_price,
                        rule_id, rule_name, rule_set_version, reason_en, reason_zh, state, actor, created_at, updated_at)
                    VALUES (:sku, :cur, :old, :new, :floor, :ceiling, :rule, :ruleName, :version, :en, :zh, :state,
                        :actor, :created, :updated)""");
            for (QueuedChange c : proposals) {
                batch.bind("sku", c.sellerSku()).bind("cur", c.newPrice().currency().getCurrencyCode())
                        .bind("old", cents(c.oldPrice())).bind("new", cents(c.newPrice()))
                        .bind("floor", cents(c.floor())).bind("ceiling", cents(c.ceiling()))
                        .bind("rule", c.ruleId()).bind("ruleName", c.ruleName()).bind("version", c.ruleSetVersion())
                        .bind("en", c.reason().english()).bind("zh", c.reason().chinese())
                        .bind("state", c.state().name()).bind("actor", c.actor())
                        .bind("created", utc(c.createdAt())).bind("updated", utc(c.updatedAt())).add();
            }
            List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
            List<QueuedChange> stored = new ArrayList<>(proposals.size());
            List<ChangeEvent> events = new ArrayList<>(proposals.size());
            for (int i = 0; i < proposals.size(); i++) {
                QueuedChange c = proposals.get(i).withId(ids.get(i));
                stored.add(c);
                events.add(ChangeEvent.of(null, c, note));
            }
            insertEvents(h, events);
            return stored;
        });
    }

    @Override
    public void record(List<Transition> transitions) {
        if (transitions.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    UPDATE price_change SET state = :state, actor = :actor, updated_at = :updated,
                        send_started_at = :started, feed_id = :feed, amazon_code = :code, amazon_message = :message
                    WHERE id = :id AND state = :expected""");
            List<ChangeEvent> events = new ArrayList<>(transitions.size());
            for (Transition t : transitions) {
                QueuedChange a = t.after();
                batch.bind("state", a.state().name()).bind("actor", a.actor()).bind("updated", utc(a.updatedAt()))
                        .bind("started", utc(a.sendStartedAt().orElse(null))).bind("feed", a.feedId().orElse(null))
                        .bind("code", a.amazonCode().orElse(null)).bind("message", a.amazonMessage().orElse(null))
                        .bind("id", a.id()).bind("expected", t.before().state().name()).add();
                events.add(ChangeEvent.of(t.before(), a, t.note()));
            }
            int[] counts = batch.execute();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 1) {
                    Transition t = transitions.get(i);
                    throw new ConcurrentChangeException(t.before().id(), t.before().state());
                }
            }
            insertEvents(h, events);
        });
    }

    private static void insertEvents(Handle h, List<ChangeEvent> events) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO price_change_event (change_id, seller_sku, at, from_state, to_state, actor, note_en, note_zh,
                    price, amazon_code, amazon_message)
                VALUES (:change, :sku, :at, :from, :to, :actor, :en, :zh, :price, :code, :message)""");
        for (ChangeEvent e : events) {
            batch.bind("change", e.changeId()).bind("sku", e.sellerSku()).bind("at", utc(e.at()))
                    .bind("from", e.from().map(Enum::name).orElse(null)).bind("to", e.to().name())
                    .bind("actor", e.actor()).bind("en", e.note().english()).bind("zh", e.note().chinese())
                    .bind("price", e.price().map(JdbiPriceChangeRepository::cents).orElse(null))
                    .bind("code", e.amazonCode().orElse(null)).bind("message", e.amazonMessage().orElse(null)).add();
        }
        batch.execute();
    }

    @Override
    public Optional<QueuedChange> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM price_change WHERE id = :id")
                .bind("id", id).map(CHANGE).findOne());
    }

    @Override
    public List<QueuedChange> inStates(Set<ChangeState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM price_change WHERE state IN (<states>) ORDER BY id")
                .bindList("states", states.stream().map(Enum::name).toList()).map(CHANGE).list());
    }

    @Override
    public List<ChangeEvent> events(Instant since, Instant until) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM price_change_event WHERE at >= :since AND at < :until ORDER BY at, id")
                .bind("since", utc(since)).bind("until", utc(until)).map(EVENT).list());
    }

    @Override
    public List<ChangeEvent> eventsOf(long changeId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM price_change_event WHERE change_id = :id ORDER BY id")
                .bind("id", changeId).map(EVENT).list());
    }
}
