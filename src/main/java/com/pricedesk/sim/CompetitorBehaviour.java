package com.pricedesk.sim;

/** How a competitor prices against us: most hold still, some reprice against our price every day. */
public enum CompetitorBehaviour {
    /** Drifts a little now and then, ignoring us. */
    STILL,
    /** Matches our price, never below its floor. */
    MATCH,
    /** Undercuts us by one cent, never below its floor. */
    UNDERCUT,
    /** Follows our price up as well as down, staying a little below it. */
    FOLLOW,
    /** A fly-by-night seller that appears now and then at an absurd price. */
    ABSURD,
    /** Amazon itself: steady price, FBA, perfect rating. */
    AMAZON
}
