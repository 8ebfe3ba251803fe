package com.pricedesk.domain.pricing;

import java.util.Locale;

/** What cannot hold together: reported for the seller to resolve, never resolved silently. */
public enum ConflictKind {
    FLOOR_ABOVE_CEILING, TARGET_UNREACHABLE, RULES_DISAGREE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
