package com.pricedesk.amazon;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.port.MarketplaceConnector;
import com.pricedesk.domain.port.MarketplaceGateway;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds SP-API gateways. Every gateway it builds shares one HTTP client and the process-wide
 * {@link RateLimiterRegistry} handed in by the composition root.
 */
public final class SpApiConnector implements MarketplaceConnector {
    private final RateLimiterRegistry limits;
    private final RetryPolicy retry;
    private final Clock clock;
    private final HttpClient http;

    public SpApiConnector(RateLimiterRegistry limits, RetryPolicy retry, Clock clock) {
        this.limits = limits;
        this.retry = retry;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public MarketplaceGateway connect(AmazonAccount account) {
        AccessTokens tokens = new LwaTokenProvider(http, LwaCredentials.of(account), clock, retry);
        SpApiTransport transport = new SpApiTransport(http, account.spApiEndpoint(), tokens, limits, retry);
        Documents documents = new Documents(http, retry);
        return new SpApiGateway(
                new PricingApi(transport, account.marketplaceId(), account.sellerId(), clock),
                new ListingsApi(transport, account.marketplaceId(), account.sellerId()),
                new FeesApi(transport, account.marketplaceId()),
                new InventoryApi(transport, account.marketplaceId()),
                new FeedsApi(transport, documents, account.marketplaceId(), account.sellerId()),
                new FeaturedOfferApi(transport, account.marketplaceId()),
                new ReportsApi(transport, documents, account.marketplaceId()),
                new CompetitiveSummaryApi(transport, account.marketplaceId(), account.sellerId()),
                new CatalogApi(transport, account.marketplaceId()));
    }
}
