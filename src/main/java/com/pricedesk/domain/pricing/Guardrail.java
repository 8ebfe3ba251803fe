package com.pricedesk.domain.pricing;

import java.util.Locale;

/** A guardrail that shaped a decision: the bound that set the floor or ceiling, or a limit that clamped the move. */
public enum Guardrail {
    FLOOR_MANUAL_MIN, FLOOR_MIN_MARGIN, FLOOR_RULE_MARGIN, CLEARANCE_LOSS_LIMIT,
    CEILING_MANUAL_MAX, CEILING_LISTING_MAX, CEILING_SANITY_MAX,
    MAX_STEP, MAX_DAILY_CHANGE, ROUNDING,
    /** Our price was outside floor/ceiling: the move back inside may exceed the max step, never more than needed. */
    STEP_WAIVED_TO_ENTER_BAND;

    /** "floor_min_margin": the code exported in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFloor() {
        return this == FLOOR_MANUAL_MIN || this == FLOOR_MIN_MARGIN || this == FLOOR_RULE_MARGIN
                || this == CLEARANCE_LOSS_LIMIT;
    }
}
