package com.pricedesk.domain.cost;

/** How the first-leg freight (头程运费) is quoted by the forwarder. */
public enum FreightBasis {
    /** a fixed amount per unit */
    PER_UNIT,
    /** per kg of chargeable weight (计费重): max of actual and volumetric weight */
    PER_KG,
    /** per cubic metre, typical for sea freight */
    PER_CBM
}
