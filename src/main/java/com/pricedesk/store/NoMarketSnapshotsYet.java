package com.pricedesk.store;

import com.pricedesk.app.repricing.MarketFactsSource;
import com.pricedesk.domain.rules.SkuFacts;
import java.util.Collection;
import java.util.Map;

/**
 * The workspace's market facts before market snapshots are stored (they arrive with the sync, issue 7):
 * none, so the repricer holds every SKU with "no market data yet" instead of guessing.
 */
public final class NoMarketSnapshotsYet implements MarketFactsSource {
    @Override
    public Map<String, SkuFacts> latest(Collection<String> sellerSkus) {
        return Map.of();
    }
}
