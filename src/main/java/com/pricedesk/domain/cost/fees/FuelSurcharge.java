package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.Objects;

/** Amazon's fuel and logistics surcharge: a percentage on top of the FBA fulfillment fee only. */
public record FuelSurcharge(TableInfo info, BigDecimal ratePct) {

    public FuelSurcharge {
        Objects.requireNonNull(info, "table info");
        Objects.requireNonNull(ratePct, "surcharge %");
    }

    public BigDecimal rate() {
        return ratePct.movePointLeft(2);
    }

    public BigDecimal on(BigDecimal fulfillmentFee) {
        return fulfillmentFee.multiply(rate());
    }
}
