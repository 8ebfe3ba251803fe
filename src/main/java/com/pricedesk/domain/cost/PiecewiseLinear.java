package com.pricedesk.domain.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A function of a whole-cent price that is affine on each piece: f(P) = slope × P + intercept for
 * P from the piece's first cent up to (not including) the next piece's first cent. Fees are made of
 * bands, minimums and marginal tiers, so profit is such a function, and "the lowest price with profit
 * ≥ target" is solved exactly piece by piece instead of by a numeric search.
 */
public final class PiecewiseLinear {


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

    /** For pieces built here from valid pieces: already ordered, whole-cent, and owned by no one else. */
    private PiecewiseLinear(Piece[] trusted) {
        this.pieces = java.util.Collections.unmodifiableList(java.util.Arrays.asList(trusted));
    }

    private PiecewiseLinear(List<Piece> pieces) {
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

    public static PiecewiseLinear of(List<Piece> pieces) {
        return new PiecewiseLinear(pieces);
    }

    public static PiecewiseLinear constant(BigDecimal value) {
        return new PiecewiseLinear(List.of(new Piece(BigDecimal.ZERO, BigDecimal.ZERO, value)));
    }

    /** f(P) = slope × P */
    public static PiecewiseLinear linear(BigDecimal slope) {
        return new PiecewiseLinear(List.of(new Piece(BigDecimal.ZERO, slope, BigDecimal.ZERO)));
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

    public PiecewiseLinear plus(PiecewiseLinear other) {
        return sum(List.of(this, other));
    }

    /** f1 + f2 + ...: one merge over all the functions' piece starts. */
    public static PiecewiseLinear sum(List<PiecewiseLinear> functions) {
        return combine(functions, null);
    }

    /**
     * f0 − f1 − f2 − ...: the first function minus all the others, in one merge, without negated
     * copies (what a profit made of a price line minus fees needs).
     */
    public static PiecewiseLinear difference(PiecewiseLinear first, List<PiecewiseLinear> minus) {
        List<PiecewiseLinear> all = new ArrayList<>(minus.size() + 1);
        all.add(first);
        all.addAll(minus);
        boolean[] subtract = new boolean[all.size()];
        java.util.Arrays.fill(subtract, 1, subtract.length, true);
        return combine(all, subtract);
    }

    /**
     * Σ ±f_i. The functions' starts ascend, so a k-way merge walks them once: at each start every
     * function's active piece only moves forward. Pieces equal to their predecessor are dropped.
     */
    private static PiecewiseLinear combine(List<PiecewiseLinear> functions, boolean[] subtract) {
        int n = functions.size();
        Piece[][] ps = new Piece[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            List<Piece> list = functions.get(i).pieces;
            ps[i] = list.toArray(new Piece[0]);
            total += ps[i].length;
        }
        int[] cursor = new int[n];
        Piece[] out = new Piece[total];
        int size = 0;
        BigDecimal start = BigDecimal.ZERO;
        while (true) {
            BigDecimal slope = BigDecimal.ZERO;
            BigDecimal intercept = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                Piece active = ps[i][cursor[i]];
                if (subtract != null && subtract[i]) {
                    slope = slope.subtract(active.slope());
                    intercept = intercept.subtract(active.intercept());
                } else {
                    slope = slope.add(active.slope());
                    intercept = intercept.add(active.intercept());
                }
            }
            if (size == 0 || out[size - 1].slope().compareTo(slope) != 0
                    || out[size - 1].intercept().compareTo(intercept) != 0) {
                BigDecimal from = size == 0 ? ps[0][0].from() : start;
                out[size++] = new Piece(from, slope, intercept);
            }
            BigDecimal next = null;
            for (int i = 0; i < n; i++) {
                if (cursor[i] + 1 < ps[i].length) {
                    BigDecimal candidate = ps[i][cursor[i] + 1].from();
                    if (next == null || candidate.compareTo(next) < 0) {
                        next = candidate;
                    }
                }
            }
            if (next == null) {
                break;
            }
            for (int i = 0; i < n; i++) {
                while (cursor[i] + 1 < ps[i].length && ps[i][cursor[i] + 1].from().compareTo(next) <= 0) {
                    cursor[i]++;
                }
            }
            start = next;
        }
        return new PiecewiseLinear(java.util.Arrays.copyOf(out, size));
    }

    public PiecewiseLinear plus(BigDecimal constant) {
        return plus(constant(constant));
    }

    public PiecewiseLinear times(BigDecimal factor) {
        Piece[] out = new Piece[pieces.size()];
        for (int i = 0; i < out.length; i++) {
            Piece p = pieces.get(i);
            out[i] = new Piece(p.from(), p.slope().multiply(factor), p.intercept().multiply(factor));
        }
        return new PiecewiseLinear(out);
    }

    /**
     * (f + c) × factor, in one pass: a share of a fee plus a fixed amount (returns). Like f + c, a piece
     * equal to its predecessor is dropped (only possible when f was built with such repeats).
     */
    public PiecewiseLinear plusThenTimes(BigDecimal constant, BigDecimal factor) {
        Piece[] out = new Piece[pieces.size()];
        int size = 0;
        Piece previous = null;
        for (Piece p : pieces) {
            if (previous != null && previous.slope().compareTo(p.slope()) == 0
                    && previous.intercept().compareTo(p.intercept()) == 0) {
                continue;
            }
            previous = p;
            out[size++] = new Piece(p.from(), p.slope().multiply(factor), p.intercept().add(constant).multiply(factor));
        }
        return new PiecewiseLinear(size == out.length ? out : java.util.Arrays.copyOf(out, size));
    }

    public PiecewiseLinear negate() {
        Piece[] out = new Piece[pieces.size()];
        for (int i = 0; i < out.length; i++) {
            Piece p = pieces.get(i);
            out[i] = new Piece(p.from(), p.slope().negate(), p.intercept().negate());
        }
        return new PiecewiseLinear(out);
    }

    /** max(f, c): a minimum fee. Each piece splits at the first whole cent where f reaches c. */
    public PiecewiseLinear max(BigDecimal c) {
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
        return new PiecewiseLinear(merged(out));
    }

    /** min(f, c): a capped fee. */
    public PiecewiseLinear min(BigDecimal c) {
        return negate().max(c.negate()).negate();
    }

    /**
     * The lowest whole-cent price ≥ {@code lowest} where f(P) ≥ 0, solved on each piece in turn; empty
     * when no price reaches it (the last piece does not rise or rises too little).
     */
    public Optional<BigDecimal> lowestPriceAtLeastZero(BigDecimal lowest) {
        return lowestPriceAtLeast(lowest, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The lowest whole-cent price ≥ {@code lowest} where f(P) + slopeShift × P + interceptShift ≥ 0:
     * the same as {@link #lowestPriceAtLeastZero} on f plus that line, without building the sum
     * (a margin target is a line: profit(P) − m × P).
     */
    public Optional<BigDecimal> lowestPriceAtLeast(BigDecimal lowest, BigDecimal slopeShift, BigDecimal interceptShift) {
        boolean shifted = slopeShift.signum() != 0 || interceptShift.signum() != 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (shifted) {
                p = new Piece(p.from(), p.slope().add(slopeShift), p.intercept().add(interceptShift));
            }
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
