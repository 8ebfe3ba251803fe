package com.pricedesk.sim;

/**
 * Best Sellers Rank from sales velocity, as Amazon's is: the more units a day, the better (lower)
 * the rank, and the rank moves towards that target over a few days rather than jumping.
 */
final class RankModel {
    /** A big main category (Home &amp; Kitchen): one sale a day ranks about 60,000th. */
    static final double SCALE = 60_000;
    /**
     * A small main category: four sales a day reach its top 10, so a shop's best sellers there
     * are the ones a "BSR within the top 10" rule is about.
     */
    static final double SMALL_CATEGORY_SCALE = 30;
    private static final int WORST = 2_000_000;

    private RankModel() {
    }

    /** The rank a steady {@code unitsPerDay} earns; strictly better for more units. */
    static int target(double unitsPerDay) {
        return target(unitsPerDay, SCALE);
    }

    /** As {@link #target(double)} in a category of the given scale (the rank of one sale a day). */
    static int target(double unitsPerDay, double scale) {
        double r = (scale > 0 ? scale : SCALE) / Math.pow(Math.max(0, unitsPerDay) + 0.03, 0.9);
        return (int) Math.max(1, Math.min(WORST, Math.round(r)));
    }

    /** Tomorrow's rank: part of the way from today's to the target. */
    static int next(int current, double unitsPerDay) {
        return next(current, unitsPerDay, SCALE);
    }

    /** As {@link #next(int, double)} in a category of the given scale. */
    static int next(int current, double unitsPerDay, double scale) {
        int t = target(unitsPerDay, scale);
        return (int) Math.max(1, Math.round(current * 0.6 + t * 0.4));
    }
}
