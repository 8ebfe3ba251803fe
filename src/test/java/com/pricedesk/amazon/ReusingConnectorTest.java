package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.port.MarketplaceGateway;
import com.pricedesk.sim.SimOperation;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** One gateway per account: the access token is fetched once, not once per sync or test. */
class ReusingConnectorTest {

    @Test
    void theSameAccountGetsTheSameGatewayAndOneTokenFetch() throws Exception {
        try (SimHarness h = new SimHarness(5, 50, Clock.systemUTC(), SimHarness.quickRetries())) {
            ReusingConnector connector = new ReusingConnector(new SpApiConnector(h.limits, h.retry, h.clock));
            MarketplaceGateway first = connector.connect(h.account());
            first.verifyConnection();
            MarketplaceGateway again = connector.connect(h.account());
            again.verifyConnection();

            assertThat(again).isSameAs(first);
            assertThat(h.sim.stats().calls(SimOperation.LWA_TOKEN)).isEqualTo(1);

            AmazonAccount a = h.account();
            AmazonAccount otherSeller = new AmazonAccount(a.spApiEndpoint(), a.lwaEndpoint(), a.clientId(),
                    a.clientSecret(), a.refreshToken(), "A2OTHERSELLER", a.marketplaceId());
            assertThat(connector.connect(otherSeller)).isNotSameAs(first);
        }
    }
}
