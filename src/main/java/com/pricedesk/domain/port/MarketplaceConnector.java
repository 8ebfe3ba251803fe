package com.pricedesk.domain.port;

import com.pricedesk.domain.account.AmazonAccount;

/** Builds a gateway for one account; all gateways share the process-wide rate limits. */
@FunctionalInterface
public interface MarketplaceConnector {
    MarketplaceGateway connect(AmazonAccount account);
}
