package com.pricedesk.app.rules;

import com.pricedesk.domain.rules.Adjustment;
import com.pricedesk.domain.rules.Comparison;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Conditions;
import com.pricedesk.domain.rules.Fact;
import com.pricedesk.domain.rules.FactCondition;
import com.pricedesk.domain.rules.MoveBy;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The rules a new (demo) workspace starts with. */
public final class StarterRules {
    public static final String FOLLOW_FBA_UNDERCUT = "follow-fba-undercut";

    private StarterRules() {
    }

    public static List<Rule> all() {
        return List.of(followFbaUndercut());
    }

    /**
     * The seed's rule, stated exactly: "if a competitor is at least 5% below us and BSR is within the
     * top 10, lower our price 3%, but never below a 20% margin".
     */
    public static Rule followFbaUndercut() {
        return new Rule(FOLLOW_FBA_UNDERCUT, "Follow FBA undercut", RuleScope.EVERY_SKU,
                Conditions.all(new FactCondition(Fact.COMPETITOR_GAP_PCT, Comparison.AT_LEAST, new BigDecimal("5")),
                        new FactCondition(Fact.BSR, Comparison.AT_MOST, new BigDecimal("10"))),
                CompetitorFilter.DEFAULT, new MoveBy(Adjustment.percent("-3")), Optional.of(new BigDecimal("20")),
                100, true);
    }
}
