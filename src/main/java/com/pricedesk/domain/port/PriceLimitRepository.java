package com.pricedesk.domain.port;

import com.pricedesk.domain.pricing.PriceLimits;
import java.util.Map;
import java.util.Optional;

/** The seller's manual minimum and maximum price per SKU. */
public interface PriceLimitRepository {
    Map<String, PriceLimits> findAll();

    /** The limits of one SKU, if it has a row. */
    default Optional<PriceLimits> find(String sellerSku) {
        return Optional.ofNullable(findAll().get(sellerSku));
    }

    void save(String sellerSku, PriceLimits limits);
}
