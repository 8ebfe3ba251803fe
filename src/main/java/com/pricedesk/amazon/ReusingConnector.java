package com.pricedesk.amazon;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.port.MarketplaceConnector;
import com.pricedesk.domain.port.MarketplaceGateway;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands out one gateway per account for the life of the process, so its LWA access token (and its
 * HTTP connections) are reused instead of fetched again for every sync, test or price push. A changed
 * account (new credentials, or the demo simulator on a new port) is a different key and gets its own
 * gateway; only the few most recent are kept.
 */
public final class ReusingConnector implements MarketplaceConnector {
    private static final int KEPT = 4;

    private final MarketplaceConnector builder;
    private final Map<AmazonAccount, MarketplaceGateway> gateways = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<AmazonAccount, MarketplaceGateway> eldest) {
            return size() > KEPT;
        }
    };

    public ReusingConnector(MarketplaceConnector builder) {
        this.builder = builder;
    }

    @Override
    public synchronized MarketplaceGateway connect(AmazonAccount account) {
        return gateways.computeIfAbsent(account, builder::connect);
    }
}
