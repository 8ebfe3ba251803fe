package com.pricedesk.domain.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The piecewise-linear arithmetic as it was before the fast path (TreeSet merge, negation by
 * multiplying, new functions for every target): kept verbatim as the reference the fast
 * {@link PiecewiseLinear} must equal exactly. Original description:
 * A function of a whole-cent price that is affine on each piece: f(P) = slope × P + intercept for
 * P from the piece's first cent up to (not including) the next piece's first cent. Fees are made of
 * bands, minimums and marginal tiers, so profit is such a function, and "the lowest price with profit
 * ≥ target" is solved exactly piece by piece instead of by a numeric search.
 */
final class ReferencePiecewiseLinear {


    /** One affine piece starting at a whole-cent price. */
    public record Piece(BigDecimal from, BigDecimal slope, BigDecimal intercept) {
        public Piece {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(slope, "slope");
            Objects.requireNonNull(intercept, "intercept");
            if (from.scale() > 2 && from.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("A piece must start at a whole cent, was " + from);
            }
        }

        BigDecimal at(BigDecimal price) {
            return slope.multiply(price).add(intercept);
        }
    }

    private final List<Piece> pieces;

    private ReferencePiecewiseLinear(List<Piece> pieces) {
        if (pieces.isEmpty() || pieces.get(0).from().signum() != 0) {
            throw new IllegalArgumentException("The first piece must start at 0.00");
        }
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).from().compareTo(pieces.get(i - 1).from()) <= 0) {
                throw new IllegalArgumentException("Pieces must start at increasing prices");
            }
        }
        this.pieces = List.copyOf(pieces);
    }

    public static ReferencePiecewiseLinear of(List<Piece> pieces) {
        return new ReferencePiecewiseLinear(pieces);
    }

    public static ReferencePiecewiseLinear constant(BigDecimal value) {
        return new ReferencePiecewiseLinear(List.of(new Piece(BigDecimal.ZERO, BigDecimal.ZERO, value)));
    }

    /** f(P) = slope × P */
    public static ReferencePiecewiseLinear linear(BigDecimal slope) {
        return new ReferencePiecewiseLinear(List.of(new Piece(BigDecimal.ZERO, slope, BigDecimal.ZERO)));
    }

    public List<Piece> pieces() {
        return pieces;
    }

    public BigDecimal at(BigDecimal price) {
        return pieceAt(price).at(price);
    }

    private Piece pieceAt(BigDecimal price) {
        Piece found = pieces.get(0);
        for (Piece p : pieces) {
            if (p.from().compareTo(price) > 0) {
                break;
            }
            found = p;
        }
        return found;
    }

    public ReferencePiecewiseLinear plus(ReferencePiecewiseLinear other) {
        return sum(List.of(this, other));
    }

    /** f1 + f2 + ...: one merge over all the functions' piece starts. */
    public static ReferencePiecewiseLinear sum(List<ReferencePiecewiseLinear> functions) {
        TreeSet<BigDecimal> starts = new TreeSet<>();
        for (ReferencePiecewiseLinear f : functions) {
            f.pieces.forEach(p -> starts.add(p.from()));
        }
        int[] cursor = new int[functions.size()];
        List<Piece> out = new ArrayList<>(starts.size());
        for (BigDecimal s : starts) {
            BigDecimal slope = BigDecimal.ZERO;
            BigDecimal intercept = BigDecimal.ZERO;
            for (int i = 0; i < cursor.length; i++) {
                List<Piece> ps = functions.get(i).pieces;
                // starts ascend, so each function's active piece only ever moves forward
                while (cursor[i] + 1 < ps.size() && ps.get(cursor[i] + 1).from().compareTo(s) <= 0) {
                    cursor[i]++;
                }
                Piece active = ps.get(cursor[i]);
                slope = slope.add(active.slope());
                intercept = intercept.add(active.intercept());
            }
            out.add(new Piece(s, slope, intercept));
        }
        return new ReferencePiecewiseLinear(merged(out));
    }

    public ReferencePiecewiseLinear plus(BigDecimal constant) {
        return plus(constant(constant));
    }

    public ReferencePiecewiseLinear times(BigDecimal factor) {
        return new ReferencePiecewiseLinear(pieces.stream()
                .map(p -> new Piece(p.from(), p.slope().multiply(factor), p.intercept().multiply(factor))).toList());
    }

    public ReferencePiecewiseLinear negate() {
        return times(BigDecimal.ONE.negate());
    }

    /** max(f, c): a minimum fee. Each piece splits at the first whole cent where f reaches c. */
    public ReferencePiecewiseLinear max(BigDecimal c) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            BigDecimal next = i + 1 < pieces.size() ? pieces.get(i + 1).from() : null;
            if (p.slope().signum() == 0) {
                out.add(new Piece(p.from(), BigDecimal.ZERO, p.intercept().max(c)));
                continue;
            }
            // f = c at x; every cent below ceil(x) is on one side of x, every cent from ceil(x) on the other.
            BigDecimal split = c.subtract(p.intercept()).divide(p.slope(), 2, RoundingMode.CEILING);
            Piece constant = new Piece(p.from(), BigDecimal.ZERO, c);
            Piece below = p.slope().signum() > 0 ? constant : p;
            Piece above = p.slope().signum() > 0 ? p : constant;
            if (split.compareTo(p.from()) <= 0) {
                out.add(withFrom(above, p.from()));
            } else if (next != null && split.compareTo(next) >= 0) {
                out.add(withFrom(below, p.from()));
            } else {
                out.add(withFrom(below, p.from()));
                out.add(withFrom(above, split));
            }
        }
        return new ReferencePiecewiseLinear(merged(out));
    }

    /** min(f, c): a capped fee. */
    public ReferencePiecewiseLinear min(BigDecimal c) {
        return negate().max(c.negate()).negate();
    }

    /**
     * The lowest whole-cent price ≥ {@code lowest} where f(P) ≥ 0, solved on each piece in turn; empty
     * when no price reaches it (the last piece does not rise or rises too little).
     */
    public Optional<BigDecimal> lowestPriceAtLeastZero(BigDecimal lowest) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            BigDecimal next = i + 1 < pieces.size() ? pieces.get(i + 1).from() : null;
            BigDecimal lo = p.from().max(lowest);
            if (next != null && lo.compareTo(next) >= 0) {
                continue;
            }
            if (p.at(lo).signum() >= 0) {
                return Optional.of(lo.setScale(2));
            }
            if (p.slope().signum() > 0) {
                BigDecimal root = p.intercept().negate().divide(p.slope(), 2, RoundingMode.CEILING).max(lo);
                if (next == null || root.compareTo(next) < 0) {
                    return Optional.of(root.setScale(2));
                }
            }
        }
        return Optional.empty();
    }

    /** The slope of the last piece: how much of each extra dollar of price the function keeps at high prices. */
    public BigDecimal finalSlope() {
        return pieces.get(pieces.size() - 1).slope();
    }

    private static Piece withFrom(Piece p, BigDecimal from) {
        return new Piece(from, p.slope(), p.intercept());
    }

    /** Drops pieces that only repeat their predecessor, so piece counts stay small. */
    private static List<Piece> merged(List<Piece> in) {
        List<Piece> out = new ArrayList<>(in.size());
        for (Piece p : in) {
            if (!out.isEmpty()) {
                Piece last = out.get(out.size() - 1);
                if (last.slope().compareTo(p.slope()) == 0 && last.intercept().compareTo(p.intercept()) == 0) {
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }


    @Override
    public String toString() {
        return pieces.toString();
    }
}
