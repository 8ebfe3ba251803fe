package com.pricedesk.sim;

/**
 * Best Sellers Rank from sales velocity, as Amazon's is: the more units a day, the better (lower)
 * the rank, and the rank moves towards that target over a few days rather than jumping.
 */
final class RankModel {
    private static final double SCALE = 60_000;
    private static final int WORST = 2_000_000;

    private RankModel() {
    }

    /** The rank a steady {@code unitsPerDay} earns; strictly better for more units. */
    static int target(double unitsPerDay) {
        double r = SCALE / Math.pow(Math.max(0, unitsPerDay) + 0.03, 0.9);
        return (int) Math.max(1, Math.min(WORST, Math.round(r)));
    }

    /** Tomorrow's rank: part of the way from today's to the target. */
    static int next(int current, double unitsPerDay) {
        int t = target(unitsPerDay);
        return (int) Math.max(1, Math.round(current * 0.6 + t * 0.4));
    }
}
