package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.Condition;
import com.pricedesk.domain.rules.MarketView;
import com.pricedesk.domain.rules.RuleMatch;
import java.util.List;

/**
 * Writes the one-sentence reason of a decision, e.g. "Rule 'Follow FBA undercut' v3: competitor at
 * $18.99 is 5.2% below us (≥ 5%) and BSR 8 ≤ 10 → −3% = $19.39; 20% margin floor $17.10 holds".
 */
final class DecisionReason {
    private DecisionReason() {
    }

    static Explanation write(RuleMatch.Fired fired, int version, MarketView view, Money proposed,
                             List<Guardrail> clampedBy, PriceBand band, Money result) {
        // sized for a usual reason, so the builders are not copied while growing
        StringBuilder en = new StringBuilder(256);
        StringBuilder zh = new StringBuilder(160);
        en.append("Rule '").append(fired.rule().name()).append("' v").append(version).append(": ");
        zh.append("规则「").append(fired.rule().name()).append("」v").append(version).append("：");
        List<Condition> met = fired.metConditions();
        if (met.isEmpty()) {
            en.append("applies to every SKU in scope");
            zh.append("适用于范围内所有SKU");
        }
        for (int i = 0; i < met.size(); i++) {
            Explanation c = met.get(i).describe(view, fired.rule().competitors());
            en.append(i == 0 ? "" : " and ").append(c.english());
            zh.append(i == 0 ? "" : "，且").append(c.chinese());
        }
        en.append(" → ").append(fired.proposal().what().english()).append(" = ").append(Phrases.money(proposed));
        zh.append(" → ").append(fired.proposal().what().chinese()).append(" = ").append(Phrases.money(proposed));
        String floor = Phrases.money(band.floor());
        String ceiling = Phrases.money(band.ceiling());
        if (clampedBy.stream().anyMatch(Guardrail::isFloor)) {
            en.append("; raised to the ").append(band.floorLabel().english()).append(' ').append(floor);
            zh.append("；受").append(band.floorLabel().chinese()).append(' ').append(floor).append(" 保护上调");
        } else if (clampedBy.contains(band.ceilingBy())) {
            en.append("; capped at the ").append(band.ceilingLabel().english()).append(' ').append(ceiling);
            zh.append("；受").append(band.ceilingLabel().chinese()).append(' ').append(ceiling).append(" 限制");
        } else {
            en.append("; ").append(band.floorLabel().english()).append(' ').append(floor).append(" holds");
            zh.append("；").append(band.floorLabel().chinese()).append(' ').append(floor).append(" 守住");
        }
        if (clampedBy.contains(Guardrail.MAX_STEP)) {
            en.append("; limited by the max step per change");
            zh.append("；受单次最大调幅限制");
        }
        if (clampedBy.contains(Guardrail.MAX_DAILY_CHANGE)) {
            en.append("; limited by the max change per day");
            zh.append("；受单日最大调幅限制");
        }
        if (clampedBy.contains(Guardrail.STEP_WAIVED_TO_ENTER_BAND)) {
            en.append("; our price was outside floor/ceiling, so the step goes past the max step to get back inside");
            zh.append("；当前售价超出底价/封顶价范围，为回到范围内超过单次最大调幅");
        }
        if (clampedBy.contains(Guardrail.ROUNDING)) {
            en.append("; rounded");
            zh.append("；已取整");
        }
        if (result.compareTo(proposed) != 0) {
            en.append(" → ").append(Phrases.money(result));
            zh.append(" → ").append(Phrases.money(result));
        }
        return Explanation.of(en.toString(), zh.toString());
    }
}
