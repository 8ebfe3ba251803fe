package com.pricedesk.domain.pricing;

/** The floor and ceiling of a SKU, or why there are none. */
public sealed interface BandResult {

    /** A usable band (floor ≤ ceiling). */
    record Usable(PriceBand band) implements BandResult {
    }

    /** The floor is above the ceiling: a conflict, not a decision. */
    record FloorAboveCeiling(PriceBand band, Explanation why) implements BandResult {
    }

    /** No price reaches the minimum margin: a conflict. */
    record MarginUnreachable(Explanation why) implements BandResult {
    }

    /** The unit economics are unknown, so the margin floor cannot be computed: hold. */
    record NoUnitEconomics(Explanation why) implements BandResult {
    }
}
