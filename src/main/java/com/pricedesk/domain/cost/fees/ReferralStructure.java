package com.pricedesk.domain.cost.fees;

/** How a referral fee category applies its rates to the total sales price. */
public enum ReferralStructure {
    /** one rate on the whole price */
    FLAT,
    /** the rate of the band the whole price falls in applies to the whole price (Baby, Beauty, Clothing) */
    WHOLE_PRICE_BAND,
    /** each rate applies only to the portion of the price inside its tier (Furniture, Jewelry, Watches) */
    MARGINAL
}
