package com.pricedesk.domain.rules;

import com.pricedesk.domain.pricing.Explanation;
import java.util.Set;

/** One test over a SKU's facts; a condition over an unknown fact is not met. */
public sealed interface Condition permits FactCondition, BuyBoxCondition {

    boolean test(MarketView view, CompetitorFilter filter);

    /** The facts the condition reads, recorded on the decision and checked by the suspicious-price guard. */
    Set<Fact> reads();

    /** The condition with the values it saw, e.g. "BSR 8 ≤ 10". */
    Explanation describe(MarketView view, CompetitorFilter filter);

    /** The condition alone, e.g. "BSR ≤ 10", for rule lists. */
    Explanation describe();
}
