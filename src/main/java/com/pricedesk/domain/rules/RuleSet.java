package com.pricedesk.domain.rules;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the seller's rules (规则组). Every edit is stored as a new version; every decision
 * records the version it used. Version 0 is a draft that was never stored.
 */
public record RuleSet(int version, Optional<Instant> savedAt, List<Rule> rules) {
    public RuleSet {
        if (version < 0) {
            throw new IllegalArgumentException("Rule set versions start at 1, was " + version);
        }
        savedAt = Objects.requireNonNullElse(savedAt, Optional.empty());
        rules = List.copyOf(rules == null ? List.of() : rules);
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("Two rules share the id '" + r.id() + "'");
            }
        }
    }

    /** An unsaved draft. */
    public static RuleSet draft(List<Rule> rules) {
        return new RuleSet(0, Optional.empty(), rules);
    }

    public static RuleSet empty() {
        return draft(List.of());
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
