package com.pricedesk.domain.pricing;

/** No rule asks for a different price. */
public record NoChange(String sellerSku, Explanation reason) implements RepricingOutcome {
}
