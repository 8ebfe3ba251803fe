package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.PriceUpdate;
import com.pricedesk.domain.port.MarketplaceGateway;
import com.pricedesk.sim.SimFault;
import com.pricedesk.sim.SimListing;
import com.pricedesk.sim.SimOperation;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A whole client session at DEBUG, with failures, must not put a credential into any log line or error. */
class SecretsStayOutOfLogsTest {

    @Test
    void noCredentialReachesLogsOrExceptions() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        List<String> errors = new ArrayList<>();
        try (SimHarness h = new SimHarness(5, 50, Clock.systemUTC(), SimHarness.quickRetries())) {
            MarketplaceGateway gw = h.gateway();
            List<String> skus = h.sim.market().listings().stream().map(SimListing::sellerSku).toList();
            gw.offersForSkus(skus);
            h.sim.faults().inject(SimOperation.PATCH_LISTINGS_ITEM, SimFault.throttled(), 1);
            gw.updatePrice(new PriceUpdate(skus.get(0), new BigDecimal("9.99"), null, null));
            h.sim.faults().inject(SimOperation.GET_LISTINGS_ITEM, SimFault.unavailable(), 10);
            assertThatThrownBy(() -> gw.listing(skus.get(1))).isInstanceOf(MarketplaceException.class)
                    .satisfies(e -> errors.add(e.toString()));
            h.sim.authority().expireAccessTokens();
            h.sim.authority().revokeRefreshToken();
            assertThatThrownBy(() -> gw.listing(skus.get(1))).isInstanceOf(MarketplaceException.class)
                    .satisfies(e -> errors.add(e.toString()));
            errors.add(h.account().toString());

            List<String> lines = new ArrayList<>(errors);
            for (ILoggingEvent e : captured.list) {
                lines.add(e.getFormattedMessage());
                if (e.getThrowableProxy() != null) {
                    lines.add(ThrowableProxyUtil.asString(e.getThrowableProxy()));
                }
            }
            assertThat(captured.list).as("the session did log").isNotEmpty();
            String all = String.join("\n", lines);
            assertThat(all).doesNotContain(h.sim.credentials().clientSecret())
                    .doesNotContain(h.sim.credentials().refreshToken())
                    .doesNotContain("Atza|");
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
    }
}
