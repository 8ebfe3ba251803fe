package com.pricedesk.domain.cost.fees;

import com.pricedesk.domain.cost.PiecewiseLinear;
import com.pricedesk.domain.cost.PiecewiseLinear.Piece;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The referral fee (佣金) rule of one Amazon category: its rate tiers, the per-unit minimum (null when
 * the sources do not confirm one) and a closing fee (media only).
 */
public record ReferralCategory(String name, ReferralStructure structure, List<Tier> tiers, BigDecimal minFee,
                               BigDecimal closingFee, String confidence, String note) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** A tier: its rate applies up to {@code upTo} (inclusive, USD; null = no upper end). */
    public record Tier(BigDecimal upTo, BigDecimal ratePct) {
        public Tier {
            Objects.requireNonNull(ratePct, "rate %");
            if (ratePct.signum() < 0 || ratePct.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("Referral rate must be between 0 and 100%, was " + ratePct);
            }
        }

        BigDecimal rate() {
            return ratePct.movePointLeft(2);
        }
    }

    public ReferralCategory {
        Objects.requireNonNull(name, "category");
        Objects.requireNonNull(structure, "structure");
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty() || tiers.get(tiers.size() - 1).upTo() != null) {
            throw new IllegalArgumentException("Referral category " + name + " needs tiers ending in an open one");
        }
        if (structure == ReferralStructure.FLAT && tiers.size() != 1) {
            throw new IllegalArgumentException("Flat referral category " + name + " must have exactly one rate");
        }
        confidence = confidence == null ? "" : confidence;
        note = note == null ? "" : note;
    }

    /** The referral fee at a total sales price, before the minimum. */
    private BigDecimal percentageFee(BigDecimal price) {
        return switch (structure) {
            case FLAT -> price.multiply(tiers.get(0).rate());
            case WHOLE_PRICE_BAND -> price.multiply(tierOf(price).rate());
            case MARGINAL -> marginal(price);
        };
    }

    private BigDecimal marginal(BigDecimal price) {
        BigDecimal fee = BigDecimal.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (Tier t : tiers) {
            BigDecimal upper = t.upTo() == null ? price : t.upTo().min(price);
            if (upper.compareTo(lower) > 0) {
                fee = fee.add(upper.subtract(lower).multiply(t.rate()));
            }
            if (t.upTo() == null || price.compareTo(t.upTo()) <= 0) {
                break;
            }
            lower = t.upTo();
        }
        return fee;
    }

    /** The referral fee at a total sales price: the percentage fee or the minimum, whichever is greater. */
    public BigDecimal feeAt(BigDecimal price) {
        BigDecimal fee = percentageFee(price);
        return minFee == null ? fee : fee.max(minFee);
    }

    /** The tier the price falls in: the rate on the rate card for this price (the top rate reached for marginal). */
    public Tier tierOf(BigDecimal price) {
        for (Tier t : tiers) {
            if (t.upTo() == null || price.compareTo(t.upTo()) <= 0) {
                return t;
            }
        }
        throw new IllegalStateException("unreachable: the last tier is open");
    }

    /** The fee as a function of price, for solving break-even and floors exactly. */
    public PiecewiseLinear asFunction() {
        List<Piece> pieces = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        BigDecimal feeAtFrom = BigDecimal.ZERO;
        for (Tier t : tiers) {
            BigDecimal r = t.rate();
            switch (structure) {
                case FLAT, WHOLE_PRICE_BAND -> pieces.add(new Piece(from, r, BigDecimal.ZERO));
                // marginal: fee(P) = fee(from) + r × (P − from), continuous at the tier edges
                case MARGINAL -> pieces.add(new Piece(from, r, feeAtFrom.subtract(r.multiply(from))));
            }
            if (t.upTo() != null) {
                feeAtFrom = feeAtFrom.add(t.upTo().subtract(from).multiply(r));
                // a whole-price band ends at upTo inclusive, so the next rate starts one cent later
                from = structure == ReferralStructure.MARGINAL ? t.upTo() : t.upTo().add(CENT);
            }
        }
        PiecewiseLinear f = PiecewiseLinear.of(pieces);
        return minFee == null ? f : f.max(minFee);
    }
}
