package com.pricedesk.domain.pricing;

import java.util.Locale;

/** Why the engine held a SKU instead of proposing a price. */
public enum HoldReason {
    NO_PRICE, NO_MARKET_DATA, STALE_DATA, NO_UNIT_ECONOMICS, MIN_INTERVAL, TOO_MANY_CHANGES, PRICE_WAR,
    SUSPICIOUS_COMPETITOR,
    /** The guardrails leave no room to move (e.g. today's change limit is used up). */
    NO_ROOM_TO_MOVE,
    /** The rule that would act lacks a value only the seller can give (e.g. the regular price). */
    MISSING_INPUT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
