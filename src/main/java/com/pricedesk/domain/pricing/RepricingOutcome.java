package com.pricedesk.domain.pricing;

/** The engine's answer for one SKU: a decision, a hold, a conflict, or no change. */
public sealed interface RepricingOutcome permits PriceDecision, HeldDecision, PricingConflict, NoChange {
    String sellerSku();

    Explanation reason();
}
