package com.pricedesk.domain.port;

import com.pricedesk.domain.pricing.PriceLimits;
import java.util.Map;

/** The seller's manual minimum and maximum price per SKU. */
public interface PriceLimitRepository {
    Map<String, PriceLimits> findAll();

    void save(String sellerSku, PriceLimits limits);
}
