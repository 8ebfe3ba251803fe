package com.pricedesk.domain.cost.fees;

import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.LengthUnit;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.catalog.WeightUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A packaged unit as Amazon measures it: sides sorted longest, median, shortest in inches; unit weight in lb. */
public record PackageSize(BigDecimal longestIn, BigDecimal medianIn, BigDecimal shortestIn, BigDecimal unitWeightLb) {

    private static final BigDecimal TWO = new BigDecimal("2");
    private static final BigDecimal CUBIC_IN_PER_CUBIC_FOOT = new BigDecimal("1728");

    public PackageSize {
        Objects.requireNonNull(longestIn, "longest side");
        Objects.requireNonNull(medianIn, "median side");
        Objects.requireNonNull(shortestIn, "shortest side");
        Objects.requireNonNull(unitWeightLb, "unit weight");
        if (shortestIn.signum() <= 0 || unitWeightLb.signum() <= 0) {
            throw new IllegalArgumentException("Package sides and weight must be positive");
        }
        if (longestIn.compareTo(medianIn) < 0 || medianIn.compareTo(shortestIn) < 0) {
            throw new IllegalArgumentException("Package sides must be sorted longest, median, shortest");
        }
    }

    /** From stored dimensions and weight; a missing weight is an error, never a guess. */
    public static PackageSize of(Dimensions dims, Weight weight) {
        if (dims == null) {
            throw new IllegalArgumentException("Package dimensions are missing: Amazon's size tier needs them");
        }
        if (weight == null) {
            throw new IllegalArgumentException("Unit weight is missing: Amazon's size tier and fee need it");
        }
        List<BigDecimal> sides = dims.sortedDescending(LengthUnit.IN);
        return new PackageSize(measured(sides.get(0)), measured(sides.get(1)), measured(sides.get(2)),
                measured(weight.in(WeightUnit.LB)));
    }

    /**
     * A converted measurement to a millionth of an inch or pound, rounded up: far below what a tape or
     * scale resolves, exact for exact conversions (38.1 cm is 15 in), and never understating a size or a
     * fee; it keeps the fee arithmetic on short numbers instead of 16-digit quotients.
     */
    private static BigDecimal measured(BigDecimal value) {
        return value.setScale(6, java.math.RoundingMode.CEILING).stripTrailingZeros();
    }

    /** longest + 2 × (median + shortest) */
    public BigDecimal lengthPlusGirthIn() {
        return longestIn.add(TWO.multiply(medianIn.add(shortestIn)));
    }

    public BigDecimal cubicInches() {
        return longestIn.multiply(medianIn).multiply(shortestIn);
    }

    /** Cubic feet (L×W×H / 1728); amounts per cubic foot should divide at the end, see {@link #perCubicFoot}. */
    public BigDecimal cubicFeet() {
        return cubicInches().divide(CUBIC_IN_PER_CUBIC_FOOT, java.math.MathContext.DECIMAL64);
    }

    /** {@code ratePerCubicFoot} × this package's cubic feet, dividing by 1728 last so exact results stay exact. */
    public BigDecimal perCubicFoot(BigDecimal ratePerCubicFoot) {
        return ratePerCubicFoot.multiply(cubicInches()).divide(CUBIC_IN_PER_CUBIC_FOOT, java.math.MathContext.DECIMAL64);
    }

    /** L×W×H / divisor, with the two shorter sides raised to {@code minSideIn} when given (bulky rule). */
    public BigDecimal dimensionalWeightLb(BigDecimal divisor, BigDecimal minSideIn) {
        BigDecimal median = minSideIn == null ? medianIn : medianIn.max(minSideIn);
        BigDecimal shortest = minSideIn == null ? shortestIn : shortestIn.max(minSideIn);
        return longestIn.multiply(median).multiply(shortest).divide(divisor, java.math.MathContext.DECIMAL64);
    }
}
