package com.pricedesk.domain.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A rule's conditions, combined with ALL (every one) or ANY (at least one). No conditions always match. */
public record Conditions(Match match, List<Condition> list) {

    /** How the conditions combine. */
    public enum Match { ALL, ANY }

    public Conditions {
        Objects.requireNonNull(match, "match");
        list = List.copyOf(list == null ? List.of() : list);
    }

    public static Conditions all(Condition... conditions) {
        return new Conditions(Match.ALL, List.of(conditions));
    }

    public static Conditions any(Condition... conditions) {
        return new Conditions(Match.ANY, List.of(conditions));
    }

    public boolean test(MarketView view, CompetitorFilter filter) {
        if (list.isEmpty()) {
            return true;
        }
        for (Condition c : list) {
            boolean met = c.test(view, filter);
            if (match == Match.ANY && met) {
                return true;
            }
            if (match == Match.ALL && !met) {
                return false;
            }
        }
        return match == Match.ALL;
    }

    /** The conditions that were met: what the reason quotes. */
    public List<Condition> met(MarketView view, CompetitorFilter filter) {
        List<Condition> met = new java.util.ArrayList<>(list.size());
        for (Condition c : list) {
            if (c.test(view, filter)) {
                met.add(c);
            }
        }
        return java.util.Collections.unmodifiableList(met);
    }

    public Set<Fact> reads() {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        list.forEach(c -> facts.addAll(c.reads()));
        return facts;
    }
}
