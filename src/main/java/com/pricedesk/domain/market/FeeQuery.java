package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/** Ask Amazon what it would charge for one item sold at {@code price}. */
public record FeeQuery(IdType idType, String id, BigDecimal price, BigDecimal shipping, boolean fulfilledByAmazon) {

    public enum IdType { ASIN, SELLER_SKU }

    public FeeQuery {
        Objects.requireNonNull(idType, "idType");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(price, "price");
        shipping = shipping == null ? BigDecimal.ZERO : shipping;
    }
}
