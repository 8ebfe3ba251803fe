package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.ProcessingState;
import com.pricedesk.domain.market.ReportDocument;
import com.pricedesk.domain.market.ReportRequest;
import com.pricedesk.domain.market.ReportStatus;
import com.pricedesk.domain.port.MarketplaceGateway;
import com.pricedesk.sim.SimListing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports against the simulator: create, poll, download; gzip found by its bytes even when undeclared. */
class ReportsAgainstSimTest {
    private SimHarness h;
    private MarketplaceGateway gw;

    @BeforeEach
    void start() throws Exception {
        // speed 300: a report takes 0.3 s.
        h = new SimHarness(12, 300, Clock.systemUTC(), SimHarness.quickRetries());
        gw = h.gateway();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private ReportDocument fetch(String type) throws InterruptedException {
        String id = gw.requestReport(ReportRequest.of(type));
        for (int i = 0; i < 100; i++) {
            ReportStatus s = gw.reportStatus(id);
            if (s.state().finished()) {
                assertThat(s.state()).isEqualTo(ProcessingState.DONE);
                assertThat(s.reportType()).isEqualTo(type);
                return gw.downloadReport(s.documentId().orElseThrow());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("report did not finish");
    }

    @Test
    void allListingsFlatFileIsGunzippedThoughNotDeclared() throws Exception {
        List<Map<String, String>> rows = fetch(ReportRequest.ALL_LISTINGS).rows();

        assertThat(rows).hasSize(12);
        SimListing first = h.sim.market().listings().get(0);
        assertThat(rows.get(0)).containsEntry("seller-sku", first.sellerSku()).containsEntry("asin1", first.asin())
                .containsEntry("price", first.price().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void inventoryAgeFlatFileHasAgeBuckets() throws Exception {
        List<Map<String, String>> rows = fetch(ReportRequest.INVENTORY_PLANNING).rows();

        long fba = h.sim.market().listings().stream().filter(SimListing::fulfilledByAmazon).count();
        assertThat(rows).hasSize((int) fba).allSatisfy(r -> assertThat(r).containsKeys("sku", "available",
                "inv-age-0-to-90-days", "inv-age-365-plus-days"));
    }

    @Test
    void salesAndTrafficIsJson() throws Exception {
        JsonNode report = new ObjectMapper().readTree(fetch(ReportRequest.SALES_AND_TRAFFIC).text());

        assertThat(report.get("salesAndTrafficByAsin")).hasSize(12);
        assertThat(report.at("/salesAndTrafficByAsin/0/trafficByAsin/sessions").asInt()).isPositive();
        assertThat(report.at("/salesAndTrafficByAsin/0/trafficByAsin").has("buyBoxPercentage")).isTrue();
    }

    @Test
    void undeclaredCharsetFallsBackFromUtf8ToWindows1252() {
        byte[] cp1252 = "caf\u00e9".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(Documents.decode(new Documents.Downloaded(cp1252, null))).isEqualTo("caf\u00e9");
        byte[] utf8 = "\u6c34\u676f".getBytes(StandardCharsets.UTF_8);
        assertThat(Documents.decode(new Documents.Downloaded(utf8, null))).isEqualTo("\u6c34\u676f");
    }
}
