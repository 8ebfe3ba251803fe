package com.pricedesk.app.repricing;

import com.pricedesk.domain.rules.SkuFacts;
import java.util.Collection;
import java.util.Map;

/**
 * The latest market facts per SKU (offers, Buy Box, rank, inventory, traffic, ads), as the sync
 * stored them. A SKU missing from the answer has no snapshot yet, and the repricer holds it.
 */
public interface MarketFactsSource {
    Map<String, SkuFacts> latest(Collection<String> sellerSkus);
}
