package com.pricedesk.domain.cost.fees;

/** Which weight a size tier's weight limit and fee are measured on (Amazon's dimensional-weight rule). */
public enum WeightBasis {
    /** unit weight only (small standard, extra-large 150+ lb) */
    UNIT,
    /** the greater of unit weight and L×W×H/139 (large standard) */
    SHIPPING,
    /** as SHIPPING, with width and height taken as at least 2 in (bulky and extra-large) */
    SHIPPING_2IN_MIN
}
