package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.market.FeedStatus;
import com.pricedesk.domain.market.ProcessingState;
import com.pricedesk.domain.market.PriceSubmission;
import com.pricedesk.domain.market.PriceUpdate;
import com.pricedesk.domain.port.MarketplaceGateway;
import com.pricedesk.sim.SimFault;
import com.pricedesk.sim.SimListing;
import com.pricedesk.sim.SimOperation;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON_LISTINGS_FEED flow against the simulator, and writes that are acknowledged but not applied. */
class PriceFeedAgainstSimTest {
    private SimHarness h;
    private MarketplaceGateway gw;
    private List<String> skus;

    @BeforeEach
    void start() throws Exception {
        // speed 100: a feed takes 0.6 s to process.
        h = new SimHarness(5, 100, Clock.systemUTC(), SimHarness.quickRetries());
        gw = h.gateway();
        skus = h.sim.market().listings().stream().map(SimListing::sellerSku).toList();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private FeedStatus waitForFeed(String feedId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            FeedStatus s = gw.feedStatus(feedId);
            if (s.state().finished()) {
                return s;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("feed " + feedId + " did not finish");
    }

    private List<PriceUpdate> updates(String... prices) {
        return java.util.stream.IntStream.range(0, prices.length).mapToObj(i -> new PriceUpdate(skus.get(i),
                new BigDecimal(prices[i]), new BigDecimal("5.00"), new BigDecimal("99.00"))).toList();
    }

    @Test
    void feedUploadsIsProcessedAndThePricesReadBack() throws Exception {
        String feedId = gw.submitPriceFeed(updates("11.11", "22.22", "33.33"));

        FeedStatus done = waitForFeed(feedId);

        assertThat(done.state()).isEqualTo(ProcessingState.DONE);
        assertThat(done.report()).get().satisfies(r -> {
            assertThat(r.messagesProcessed()).isEqualTo(3);
            assertThat(r.messagesAccepted()).isEqualTo(3);
            assertThat(r.issues()).isEmpty();
        });
        assertThat(gw.listing(skus.get(1)).ourPrice()).isEqualByComparingTo("22.22");
        assertThat(gw.listing(skus.get(1)).minimumPrice()).isEqualByComparingTo("5.00");
        assertThat(h.sim.stats().applied(SimOperation.CREATE_FEED)).isEqualTo(3);
        assertThat(h.sim.stats().calls(SimOperation.CREATE_FEED)).isEqualTo(1);
    }

    @Test
    void feedThatReportsDoneWithoutApplyingIsCaughtByTheReadBack() throws Exception {
        BigDecimal before = gw.listing(skus.get(0)).ourPrice();
        h.sim.faults().inject(SimOperation.CREATE_FEED, new SimFault.AcceptWithoutApplying(), 1);

        FeedStatus done = waitForFeed(gw.submitPriceFeed(updates("44.44")));

        assertThat(done.report()).get().satisfies(r -> assertThat(r.messagesAccepted()).isEqualTo(1));
        assertThat(gw.listing(skus.get(0)).ourPrice()).isEqualByComparingTo(before);
    }

    @Test
    void patchAcceptedButNotAppliedIsCaughtByTheReadBack() {
        BigDecimal before = gw.listing(skus.get(0)).ourPrice();
        h.sim.faults().inject(SimOperation.PATCH_LISTINGS_ITEM, new SimFault.AcceptWithoutApplying(), 1);

        PriceSubmission s = gw.updatePrice(new PriceUpdate(skus.get(0), new BigDecimal("1.23"), null, null));

        assertThat(s.status()).isEqualTo(PriceSubmission.Status.ACCEPTED);
        assertThat(gw.listing(skus.get(0)).ourPrice()).isEqualByComparingTo(before);
    }

    @Test
    void feedWithoutMinMaxIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> gw.submitPriceFeed(List.of(new PriceUpdate(skus.get(0), BigDecimal.TEN, null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min/max");
        assertThat(h.sim.stats().calls(SimOperation.CREATE_FEED_DOCUMENT)).isZero();
    }

    @Test
    void gzipIsRecognisedByItsBytesNotByWhatWasDeclared() throws Exception {
        byte[] plain = "{\"summary\":{}}".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(plain);
        }
        assertThat(Documents.gunzipIfCompressed(gz.toByteArray())).isEqualTo(plain);
        assertThat(Documents.gunzipIfCompressed(plain)).isEqualTo(plain);
        assertThat(Documents.gunzipIfCompressed(new byte[0])).isEmpty();
    }
}
