package com.pricedesk.domain.rules;

import com.pricedesk.domain.catalog.Sku;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A repricing rule (调价规则): for SKUs in scope whose facts meet the conditions, take the action.
 * {@code minMarginPct} is the rule's own "never below m% margin", raising the floor for its
 * decisions; it can never lower the guardrail floor. Higher priority wins.
 */
public record Rule(String id, String name, RuleScope scope, Conditions conditions, CompetitorFilter competitors,
                   Action action, Optional<BigDecimal> minMarginPct, int priority, boolean enabled) {
    public Rule {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A rule needs an id");
        }
        Objects.requireNonNull(name, "name");
        scope = Objects.requireNonNullElse(scope, RuleScope.EVERY_SKU);
        conditions = Objects.requireNonNullElse(conditions, Conditions.all());
        competitors = Objects.requireNonNullElse(competitors, CompetitorFilter.DEFAULT);
        Objects.requireNonNull(action, "action");
        minMarginPct = Objects.requireNonNullElse(minMarginPct, Optional.empty());
    }

    /** Enabled, covers the SKU and its conditions hold on the facts. */
    public boolean matches(Sku sku, MarketView view) {
        return enabled && scope.covers(sku) && conditions.test(view, competitors);
    }

    public Rule withEnabled(boolean on) {
        return new Rule(id, name, scope, conditions, competitors, action, minMarginPct, priority, on);
    }
}
