package com.pricedesk.amazon;

import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.port.AdsConnector;
import com.pricedesk.domain.port.AdsGateway;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/** Builds Amazon Ads gateways (own LWA token per Ads account). */
public final class AdsApiConnector implements AdsConnector {
    private final RetryPolicy retry;
    private final Clock clock;
    private final HttpClient http;

    public AdsApiConnector(RetryPolicy retry, Clock clock) {
        this.retry = retry;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public AdsGateway connect(AdsAccount account) {
        return new AdsApi(http, account, new LwaTokenProvider(http, LwaCredentials.of(account), clock, retry),
                new Documents(http, retry), retry);
    }
}
