package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.market.AdStats;
import com.pricedesk.domain.market.AdsReportStatus;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ProcessingState;
import com.pricedesk.domain.port.AdsGateway;
import com.pricedesk.sim.SimFault;
import com.pricedesk.sim.SimOperation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sponsored Products reporting through the Ads client against the simulator. */
class AdsAgainstSimTest {
    private SimHarness h;

    @BeforeEach
    void start() throws Exception {
        // speed 400: an Ads report takes 0.3 s.
        h = new SimHarness(6, 400, Clock.systemUTC(), SimHarness.quickRetries());
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private AdsGateway ads(String profileId) {
        var c = h.sim.credentials();
        return new AdsApiConnector(h.retry, h.clock).connect(new AdsAccount(h.sim.spApiEndpoint(), h.sim.lwaEndpoint(),
                c.clientId(), Secret.of(c.clientSecret()), Secret.of(c.refreshToken()), profileId));
    }

    @Test
    void advertisedProductReportGivesSpendSalesAndAcosPerSku() throws Exception {
        AdsGateway ads = ads(h.sim.authority().adsProfileId());
        h.sim.faults().inject(SimOperation.ADS_GET_REPORT, SimFault.throttled(), 1);

        String id = ads.requestAdvertisedProductReport(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-28"));
        AdsReportStatus status = ads.reportStatus(id);
        for (int i = 0; i < 100 && !status.state().finished(); i++) {
            Thread.sleep(50);
            status = ads.reportStatus(id);
        }
        List<AdStats> rows = ads.advertisedProductRows(id);

        assertThat(status.state()).isEqualTo(ProcessingState.DONE);
        assertThat(rows).hasSize(6).allSatisfy(r -> {
            assertThat(r.sellerSku()).startsWith("SIM-");
            assertThat(r.start()).isEqualTo(LocalDate.parse("2026-11-01"));
            assertThat(r.cost().signum()).isPositive();
        });
        AdStats selling = rows.stream().filter(r -> r.sales7d().signum() > 0).findFirst().orElseThrow();
        assertThat(selling.acosPercent()).get().satisfies(a -> assertThat(a).isEqualByComparingTo(
                selling.cost().multiply(BigDecimal.valueOf(100)).divide(selling.sales7d(), 2,
                        java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void wrongProfileIsRefusedWithoutRetry() {
        AdsGateway ads = ads("999");
        assertThatThrownBy(() -> ads.requestAdvertisedProductReport(LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-02")))
                .isInstanceOfSatisfying(MarketplaceException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("FORBIDDEN");
                });
        assertThat(h.sim.stats().calls(SimOperation.ADS_CREATE_REPORT)).isEqualTo(1);
    }

    @Test
    void acosIsEmptyWithoutSales() {
        AdStats none = new AdStats("S", "A", null, null, 10, 1, new BigDecimal("0.50"), BigDecimal.ZERO, 0, 0);
        assertThat(none.acosPercent()).isEmpty();
    }
}
