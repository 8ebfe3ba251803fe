package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.Fact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed price change (调价建议): old and new price, the rule and rule-set version that fired,
 * the floor and ceiling, every guardrail that clamped it, the facts used, the margin before and after,
 * the competitor it answers (for price-war damping later) and the one-sentence reason.
 */
public record PriceDecision(String sellerSku, Money oldPrice, Money newPrice, String ruleId, String ruleName,
                            int ruleSetVersion, Money floor, Money ceiling, List<Guardrail> clampedBy,
                            Map<Fact, BigDecimal> factsUsed, Optional<String> againstSellerId,
                            Optional<BigDecimal> marginBeforePct, Optional<BigDecimal> marginAfterPct,
                            Explanation reason) implements RepricingOutcome {
    public PriceDecision {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(oldPrice, "oldPrice");
        Objects.requireNonNull(newPrice, "newPrice");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(ceiling, "ceiling");
        // The last line of defence: whatever happened above, a decision outside the band cannot exist.
        if (newPrice.compareTo(floor) < 0 || newPrice.compareTo(ceiling) > 0) {
            throw new IllegalStateException("Decision for " + sellerSku + " at " + newPrice + " is outside ["
                    + floor + ", " + ceiling + "]");
        }
        clampedBy = List.copyOf(clampedBy);
        factsUsed = Map.copyOf(factsUsed);
    }
}
