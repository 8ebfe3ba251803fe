package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an FBA fulfillment rate card: a size tier's weight bracket (above &lt; w ≤ up to, lb) with a
 * fee per price band, plus an optional increment per started interval above a weight (formula rows).
 */
public record FulfillmentRow(SizeTier tier, BigDecimal aboveLb, BigDecimal upToLb, Map<PriceBand, BigDecimal> fees,
                             Increment increment) {

    /** "+$0.08 per started 4 oz above 3 lb": fee per interval of {@code perLb}, counted above {@code aboveLb}. */
    public record Increment(BigDecimal fee, BigDecimal perLb, BigDecimal aboveLb) {
        public Increment {
            Objects.requireNonNull(fee, "increment fee");
            Objects.requireNonNull(perLb, "increment interval");
            Objects.requireNonNull(aboveLb, "increment start");
            if (perLb.signum() <= 0) {
                throw new IllegalArgumentException("Increment interval must be positive, was " + perLb);
            }
        }

        /** Every started interval counts (ceiling), as the rate card says. */
        public BigDecimal amountFor(BigDecimal weightLb) {
            if (weightLb.compareTo(aboveLb) <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal intervals = weightLb.subtract(aboveLb).divide(perLb, 0, RoundingMode.CEILING);
            return fee.multiply(intervals);
        }
    }

    public FulfillmentRow {
        Objects.requireNonNull(tier, "size tier");
        Objects.requireNonNull(aboveLb, "bracket start");
        fees = fees.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fees));
    }

    public boolean covers(BigDecimal weightLb) {
        return weightLb.compareTo(aboveLb) > 0 && (upToLb == null || weightLb.compareTo(upToLb) <= 0);
    }

    /** The fee for a shipping weight in a band; empty when the table has no figure for that band. */
    public Optional<BigDecimal> fee(PriceBand band, BigDecimal weightLb) {
        BigDecimal base = fees.get(band);
        if (base == null) {
            return Optional.empty();
        }
        return Optional.of(increment == null ? base : base.add(increment.amountFor(weightLb)));
    }
}
