package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One version of Amazon's size tier definitions with the dimensional-weight rule. Tiers are tried from
 * the smallest; a package that fits none is extra-large, split by weight as the rate card is.
 */
public record SizeTierTable(TableInfo info, List<SizeTierLimit> limits, BigDecimal dimensionalDivisor,
                            BigDecimal bulkyMinSideIn, BigDecimal overmaxLongestIn,
                            BigDecimal overmaxLengthPlusGirthIn) {

    private static final BigDecimal LB_50 = new BigDecimal("50");
    private static final BigDecimal LB_70 = new BigDecimal("70");
    private static final BigDecimal LB_150 = new BigDecimal("150");

    public SizeTierTable {
        Objects.requireNonNull(info, "table info");
        Objects.requireNonNull(dimensionalDivisor, "dimensional weight divisor");
        Objects.requireNonNull(bulkyMinSideIn, "bulky minimum side");
        limits = List.copyOf(limits);
    }

    public SizeClassification classify(PackageSize p) {
        for (SizeTierLimit limit : limits) {
            if (fitsSides(p, limit)) {
                BigDecimal weight = weightOn(p, limit.weightBasis());
                if (weight.compareTo(limit.maxWeightLb()) <= 0) {
                    return new SizeClassification(limit.tier(), weight, false, info.id());
                }
            }
        }
        return extraLarge(p);
    }

    private SizeClassification extraLarge(PackageSize p) {
        boolean overmax = overmaxLongestIn != null && (p.longestIn().compareTo(overmaxLongestIn) > 0
                || (overmaxLengthPlusGirthIn != null && p.lengthPlusGirthIn().compareTo(overmaxLengthPlusGirthIn) > 0));
        // 150+ lb is charged on unit weight alone; below that, the greater of unit and dimensional weight.
        if (p.unitWeightLb().compareTo(LB_150) > 0) {
            return new SizeClassification(SizeTier.EXTRA_LARGE_150_PLUS, p.unitWeightLb(), false, info.id());
        }
        BigDecimal shipping = weightOn(p, WeightBasis.SHIPPING_2IN_MIN);
        SizeTier tier = shipping.compareTo(LB_50) <= 0 ? SizeTier.EXTRA_LARGE_0_50
                : shipping.compareTo(LB_70) <= 0 ? SizeTier.EXTRA_LARGE_50_70 : SizeTier.EXTRA_LARGE_70_150;
        return new SizeClassification(tier, shipping, overmax, info.id());
    }

    private static boolean fitsSides(PackageSize p, SizeTierLimit l) {
        return p.longestIn().compareTo(l.maxLongestIn()) <= 0
                && p.medianIn().compareTo(l.maxMedianIn()) <= 0
                && p.shortestIn().compareTo(l.maxShortestIn()) <= 0
                && (l.maxLengthPlusGirthIn() == null || p.lengthPlusGirthIn().compareTo(l.maxLengthPlusGirthIn()) <= 0);
    }

    /** Amazon's dimensional-weight rule for the given basis. */
    public BigDecimal weightOn(PackageSize p, WeightBasis basis) {
        return switch (basis) {
            case UNIT -> p.unitWeightLb();
            case SHIPPING -> p.unitWeightLb().max(p.dimensionalWeightLb(dimensionalDivisor, null));
            case SHIPPING_2IN_MIN -> p.unitWeightLb().max(p.dimensionalWeightLb(dimensionalDivisor, bulkyMinSideIn));
        };
    }
}
