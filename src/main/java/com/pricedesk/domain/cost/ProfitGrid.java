package com.pricedesk.domain.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * The piece grid of a profit function, shared by every SKU of one referral category (and refund
 * administration rule): where pieces start (the referral function's starts, the refund fee's starts and
 * the FBA price bands' first cents), and on each piece the referral fee's and the refund fee's slope and
 * intercept and the FBA price band. A SKU's profit on piece i is then
 * (1 − TACoS − refSlope[i] − returnRate × refundSlope[i]) × P − fixed costs − refIntercept[i]
 * − FBA fee with fuel in band[i] − returnRate × (refundIntercept[i] + price-independent return cost),
 * so a SKU adds its own numbers to the grid instead of merging functions (issue 3).
 *
 * <p>Pieces are not merged when two neighbours happen to be equal: the lowest price meeting a target
 * is the same whether a line is solved as one piece or as two adjacent ones.
 */
public final class ProfitGrid {
    final BigDecimal[] from;
    final BigDecimal[] referralSlope;
    final BigDecimal[] referralIntercept;
    final BigDecimal[] refundSlope;
    final BigDecimal[] refundIntercept;
    /** index into the band starts the grid was built with */
    final int[] band;

    private ProfitGrid(int n) {
        from = new BigDecimal[n];
        referralSlope = new BigDecimal[n];
        referralIntercept = new BigDecimal[n];
        refundSlope = new BigDecimal[n];
        refundIntercept = new BigDecimal[n];
        band = new int[n];
    }

    /**
     * Merges the starts of the referral fee, the refund administration fee and the bands (ascending first
     * cents, the first at 0.00) once; the result is immutable and may be shared between threads.
     */
    public static ProfitGrid of(PiecewiseLinear referral, PiecewiseLinear refund, List<BigDecimal> bandStarts) {
        TreeSet<BigDecimal> starts = new TreeSet<>(BigDecimal::compareTo);
        referral.pieces().forEach(p -> starts.add(p.from()));
        refund.pieces().forEach(p -> starts.add(p.from()));
        starts.addAll(bandStarts);
        ProfitGrid g = new ProfitGrid(starts.size());
        int i = 0;
        for (BigDecimal s : starts) {
            PiecewiseLinear.Piece r = active(referral.pieces(), s);
            PiecewiseLinear.Piece f = active(refund.pieces(), s);
            int b = 0;
            for (int k = 0; k < bandStarts.size(); k++) {
                if (bandStarts.get(k).compareTo(s) <= 0) {
                    b = k;
                }
            }
            g.from[i] = s.setScale(2);
            g.referralSlope[i] = r.slope();
            g.referralIntercept[i] = r.intercept();
            g.refundSlope[i] = f.slope();
            g.refundIntercept[i] = f.intercept();
            g.band[i] = b;
            i++;
        }
        return g;
    }

    private static PiecewiseLinear.Piece active(List<PiecewiseLinear.Piece> pieces, BigDecimal at) {
        PiecewiseLinear.Piece found = pieces.get(0);
        for (PiecewiseLinear.Piece p : pieces) {
            if (p.from().compareTo(at) > 0) {
                break;
            }
            found = p;
        }
        return found;
    }

    public int size() {
        return from.length;
    }
}
