package com.pricedesk.store;

import com.pricedesk.domain.port.RuleSetFormat;
import com.pricedesk.domain.port.RuleSetRepository;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Rule set versions in H2, each stored whole as JSON; rows are only ever added. */
public final class JdbiRuleSetRepository implements RuleSetRepository {
    private final Jdbi jdbi;
    private final RuleSetFormat format;

    public JdbiRuleSetRepository(Jdbi jdbi, RuleSetFormat format) {
        this.jdbi = jdbi;
        this.format = format;
    }

    @Override
    public Optional<RuleSet> current() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT version, saved_at, rules_json FROM rule_set_version ORDER BY version DESC LIMIT 1")
                .map((rs, ctx) -> read(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)))
                .findOne());
    }

    @Override
    public Optional<RuleSet> version(int version) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT version, saved_at, rules_json FROM rule_set_version WHERE version = :v")
                .bind("v", version)
                .map((rs, ctx) -> read(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)))
                .findOne());
    }

    @Override
    public List<RuleSet> history() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT version, saved_at, rules_json FROM rule_set_version ORDER BY version")
                .map((rs, ctx) -> read(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)))
                .list());
    }

    @Override
    public RuleSet saveNewVersion(List<Rule> rules, Instant savedAt, String note) {
        return jdbi.inTransaction(h -> {
            int next = nextVersion(h);
            RuleSet set = new RuleSet(next, Optional.of(savedAt), rules);
            h.createUpdate("INSERT INTO rule_set_version (version, saved_at, note, rules_json) VALUES (:v, :t, :n, :j)")
                    .bind("v", next).bind("t", savedAt.atOffset(ZoneOffset.UTC)).bind("n", note)
                    .bind("j", format.write(set)).execute();
            return set;
        });
    }

    private static int nextVersion(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM rule_set_version").mapTo(Integer.class).one();
    }

    private RuleSet read(int version, OffsetDateTime savedAt, String json) {
        RuleSet stored = format.read(json);
        // The row is the truth for version and time; the JSON inside may come from an import.
        return new RuleSet(version, Optional.of(savedAt.toInstant()), stored.rules());
    }
}
