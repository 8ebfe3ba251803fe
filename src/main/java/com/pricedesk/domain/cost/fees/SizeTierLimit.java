package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.Objects;

/** The largest package a size tier admits: sides in inches, length + girth, weight in lb on its basis. */
public record SizeTierLimit(SizeTier tier, BigDecimal maxLongestIn, BigDecimal maxMedianIn, BigDecimal maxShortestIn,
                            BigDecimal maxLengthPlusGirthIn, BigDecimal maxWeightLb, WeightBasis weightBasis) {
    public SizeTierLimit {
        Objects.requireNonNull(tier, "size tier");
        Objects.requireNonNull(maxLongestIn, "max longest side");
        Objects.requireNonNull(maxMedianIn, "max median side");
        Objects.requireNonNull(maxShortestIn, "max shortest side");
        Objects.requireNonNull(maxWeightLb, "max weight");
        Objects.requireNonNull(weightBasis, "weight basis");
    }
}
