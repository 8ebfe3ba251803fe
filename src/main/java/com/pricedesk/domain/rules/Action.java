package com.pricedesk.domain.rules;

import com.pricedesk.domain.pricing.Explanation;

/** What a rule does to the price when its conditions are met. Guardrails are applied afterwards, always. */
public sealed interface Action permits MatchPrice, MoveBy, GoToMarginPrice, StepToward, RestoreRegularPrice {

    ActionResult propose(MarketView view, CompetitorFilter filter);

    /** The direction known without facts (UP/DOWN), or EITHER: the static conflict report uses it. */
    Direction direction();

    /** The action alone, e.g. "lower 3%", for rule lists. */
    Explanation describe();
}
