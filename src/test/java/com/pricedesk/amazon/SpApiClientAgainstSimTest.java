package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.market.FeeEstimate;
import com.pricedesk.domain.market.FeeQuery;
import com.pricedesk.domain.market.InventoryLevel;
import com.pricedesk.domain.market.ListingPrice;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.OfferLookup;
import com.pricedesk.domain.market.OfferSnapshot;
import com.pricedesk.domain.market.PriceSubmission;
import com.pricedesk.domain.market.PriceUpdate;
import com.pricedesk.domain.market.ReauthorizationRequiredException;
import com.pricedesk.domain.port.MarketplaceGateway;
import com.pricedesk.sim.SimFault;
import com.pricedesk.sim.SimListing;
import com.pricedesk.sim.SimOperation;
import com.pricedesk.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real client against the simulator over real HTTP on 127.0.0.1. */
class SpApiClientAgainstSimTest {
    private SimHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private SimHarness start(int products, double speed, Clock clock) throws Exception {
        h = new SimHarness(products, speed, clock, SimHarness.quickRetries());
        return h;
    }

    private List<String> skus() {
        return h.sim.market().listings().stream().map(SimListing::sellerSku).toList();
    }

    @Test
    void offersForSkusReturnOurOfferCompetitorsAndBuyBoxInBatchesOfTwenty() throws Exception {
        start(25, 50, Clock.systemUTC());
        MarketplaceGateway gw = h.gateway();

        List<OfferLookup> lookups = gw.offersForSkus(skus());

        assertThat(lookups).hasSize(25).allSatisfy(l -> assertThat(l.snapshot()).isPresent());
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTING_OFFERS_BATCH)).isEqualTo(2);
        SimListing first = h.sim.market().listings().get(0);
        OfferSnapshot s = lookups.stream().filter(l -> l.requested().equals(first.sellerSku())).findFirst()
                .orElseThrow().snapshot().orElseThrow();
        assertThat(s.asin()).isEqualTo(first.asin());
        assertThat(s.ourOffer()).get().satisfies(o -> assertThat(o.listingPrice()).isEqualByComparingTo(first.price()));
        assertThat(s.competitors()).hasSize(h.sim.market().offers(first.asin()).size() - 1);
        assertThat(s.buyBox()).get().satisfies(b -> assertThat(b.listingPrice())
                .isEqualByComparingTo(h.sim.market().buyBox(first.asin()).orElseThrow().listingPrice()));
        assertThat(s.totalOfferCount()).isEqualTo(s.competitors().size() + 1);
    }

    @Test
    void unknownSkuFailsAloneInsideItsBatch() throws Exception {
        start(3, 50, Clock.systemUTC());
        List<OfferLookup> lookups = h.gateway().offersForSkus(List.of(skus().get(0), "NO-SUCH-SKU"));

        assertThat(lookups).hasSize(2);
        assertThat(lookups.get(0).snapshot()).isPresent();
        assertThat(lookups.get(1).requested()).isEqualTo("NO-SUCH-SKU");
        assertThat(lookups.get(1).error()).get().satisfies(e -> assertThat(e.code()).isEqualTo("InvalidInput"));
    }

    @Test
    void listingsAreReadTwentyAtATimeBySearchAndMatchOneByOneReads() throws Exception {
        start(25, 50, Clock.systemUTC());
        MarketplaceGateway gw = h.gateway();
        gw.updatePrice(new PriceUpdate(skus().get(3), new BigDecimal("21.49"), new BigDecimal("15.00"),
                new BigDecimal("40.00")));
        List<String> asked = new java.util.ArrayList<>(skus());
        asked.add("NO-SUCH-SKU");

        java.util.Map<String, ListingPrice> many = gw.listings(asked);

        assertThat(h.sim.stats().calls(SimOperation.SEARCH_LISTINGS_ITEMS)).isEqualTo(2);
        int getsBefore = h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM);
        assertThat(many).hasSize(25).doesNotContainKey("NO-SUCH-SKU");
        for (String sku : skus()) {
            assertThat(many.get(sku)).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo,
                    BigDecimal.class).isEqualTo(gw.listing(sku));
        }
        assertThat(many.get(skus().get(3)).ourPrice()).isEqualByComparingTo("21.49");
        assertThat(many.get(skus().get(3)).minimumPrice()).isEqualByComparingTo("15.00");
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isEqualTo(getsBefore + 25);
    }

    @Test
    void offersForAsins() throws Exception {
        start(3, 50, Clock.systemUTC());
        String asin = h.sim.market().listings().get(1).asin();
        List<OfferLookup> lookups = h.gateway().offersForAsins(List.of(asin, asin));

        assertThat(lookups).singleElement().satisfies(l -> assertThat(l.snapshot()).get()
                .satisfies(s -> assertThat(s.asin()).isEqualTo(asin)));
    }

    @Test
    void patchThenReadBackShowsTheNewPriceAndKeepsMinMax() throws Exception {
        start(3, 50, Clock.systemUTC());
        MarketplaceGateway gw = h.gateway();
        String sku = skus().get(0);

        PriceSubmission first = gw.updatePrice(new PriceUpdate(sku, new BigDecimal("21.49"), new BigDecimal("15.00"),
                new BigDecimal("40.00")));
        PriceSubmission second = gw.updatePrice(new PriceUpdate(sku, new BigDecimal("19.99"), null, null));
        ListingPrice read = gw.listing(sku);

        assertThat(first.status()).isEqualTo(PriceSubmission.Status.ACCEPTED);
        assertThat(second.status()).isEqualTo(PriceSubmission.Status.ACCEPTED);
        assertThat(read.ourPrice()).isEqualByComparingTo("19.99");
        assertThat(read.livePrice()).isEqualByComparingTo("19.99");
        assertThat(read.minimumPrice()).isEqualByComparingTo("15.00");
        assertThat(read.maximumPrice()).isEqualByComparingTo("40.00");
        assertThat(h.sim.stats().applied(SimOperation.PATCH_LISTINGS_ITEM)).isEqualTo(2);
    }

    @Test
    void accessTokenIsRefreshedBeforeItExpires() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
        start(2, 1, clock);
        MarketplaceGateway gw = h.gateway();
        String sku = skus().get(0);

        gw.listing(sku);
        clock.advance(Duration.ofMinutes(59).plusSeconds(30));
        gw.listing(sku);
        gw.listing(sku);

        // One exchange at the start, one 30 s before the hour: never a 403 for an expired token.
        assertThat(h.sim.stats().calls(SimOperation.LWA_TOKEN)).isEqualTo(2);
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isEqualTo(3);
    }

    @Test
    void tokenThatExpiresMidRunIsReplacedOnceAndTheCallSucceeds() throws Exception {
        start(2, 50, Clock.systemUTC());
        MarketplaceGateway gw = h.gateway();
        String sku = skus().get(0);
        gw.listing(sku);

        h.sim.authority().expireAccessTokens();
        ListingPrice again = gw.listing(sku);

        assertThat(again.sellerSku()).isEqualTo(sku);
        assertThat(h.sim.stats().calls(SimOperation.LWA_TOKEN)).isEqualTo(2);
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isEqualTo(3);
    }

    @Test
    void revokedRefreshTokenRaisesReauthoriseAndStops() throws Exception {
        start(2, 50, Clock.systemUTC());
        MarketplaceGateway gw = h.gateway();
        h.sim.authority().revokeRefreshToken();

        assertThatThrownBy(() -> gw.listing(skus().get(0)))
                .isInstanceOf(ReauthorizationRequiredException.class)
                .satisfies(e -> assertThat(((ReauthorizationRequiredException) e).code()).isEqualTo("invalid_grant"));
        assertThatThrownBy(() -> gw.offersForSkus(skus())).isInstanceOf(ReauthorizationRequiredException.class);

        // One token request per call, no retry loop, and nothing reached the SP-API.
        assertThat(h.sim.stats().calls(SimOperation.LWA_TOKEN)).isEqualTo(2);
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isZero();
    }

    @Test
    void revocationMidRunStopsAfterOneRefreshAttempt() throws Exception {
        start(2, 50, Clock.systemUTC());
        MarketplaceGateway gw = h.gateway();
        gw.listing(skus().get(0));
        h.sim.authority().revokeRefreshToken();
        h.sim.authority().expireAccessTokens();

        assertThatThrownBy(() -> gw.listing(skus().get(0))).isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(h.sim.stats().calls(SimOperation.LWA_TOKEN)).isEqualTo(2);
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isEqualTo(2);
    }

    @Test
    void throttledCallsAreRetriedWithBackoffThenSucceed() throws Exception {
        start(2, 50, Clock.systemUTC());
        h.sim.faults().inject(SimOperation.GET_LISTINGS_ITEM, SimFault.throttled(), 2);

        ListingPrice p = h.gateway().listing(skus().get(0));

        assertThat(p.ourPrice()).isNotNull();
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isEqualTo(3);
    }

    @Test
    void outagesAreRetriedAndPatchIsAppliedExactlyOnce() throws Exception {
        start(2, 50, Clock.systemUTC());
        h.sim.faults().inject(SimOperation.PATCH_LISTINGS_ITEM, SimFault.internalFailure(), 1);
        h.sim.faults().inject(SimOperation.PATCH_LISTINGS_ITEM, SimFault.unavailable(), 1);

        PriceSubmission s = h.gateway().updatePrice(new PriceUpdate(skus().get(0), new BigDecimal("12.34"), null, null));

        assertThat(s.status()).isEqualTo(PriceSubmission.Status.ACCEPTED);
        assertThat(h.sim.stats().calls(SimOperation.PATCH_LISTINGS_ITEM)).isEqualTo(3);
        assertThat(h.sim.stats().applied(SimOperation.PATCH_LISTINGS_ITEM)).isEqualTo(1);
    }

    @Test
    void retriesAreBoundedAndTheFailureCarriesAmazonsCode() throws Exception {
        start(2, 50, Clock.systemUTC());
        h.sim.faults().inject(SimOperation.GET_LISTINGS_ITEM, SimFault.unavailable(), 10);

        assertThatThrownBy(() -> h.gateway().listing(skus().get(0)))
                .isInstanceOfSatisfying(MarketplaceException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("ServiceUnavailable");
                    assertThat(e.transientFailure()).isTrue();
                });
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isEqualTo(1 + h.retry.maxRetries());
    }

    @Test
    void badRequestIsNotRetried() throws Exception {
        start(2, 50, Clock.systemUTC());
        h.sim.faults().inject(SimOperation.GET_LISTINGS_ITEM, new SimFault.Status(400, "InvalidInput", "Invalid Input"),
                1);

        assertThatThrownBy(() -> h.gateway().listing(skus().get(0)))
                .isInstanceOfSatisfying(MarketplaceException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("InvalidInput");
                    assertThat(e.amazonMessage()).isEqualTo("Invalid Input");
                });
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isEqualTo(1);
    }

    @Test
    void unknownSkuIsNotFoundWithoutRetry() throws Exception {
        start(2, 50, Clock.systemUTC());
        assertThatThrownBy(() -> h.gateway().listing("NOPE+1 /x"))
                .isInstanceOfSatisfying(MarketplaceException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.amazonMessage()).contains("NOPE+1 /x");
                });
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isEqualTo(1);
    }

    @Test
    void malformedAnswerIsReportedNotGuessed() throws Exception {
        start(2, 50, Clock.systemUTC());
        h.sim.faults().inject(SimOperation.GET_LISTINGS_ITEM, new SimFault.MalformedBody(), 1);

        assertThatThrownBy(() -> h.gateway().listing(skus().get(0)))
                .isInstanceOfSatisfying(MarketplaceException.class,
                        e -> assertThat(e.code()).isEqualTo("MalformedResponse"));
    }

    @Test
    void timeoutIsRetried() throws Exception {
        h = new SimHarness(2, 50, Clock.systemUTC(),
                new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(400)));
        h.sim.faults().inject(SimOperation.GET_LISTINGS_ITEM, new SimFault.Delay(Duration.ofMillis(1500)), 1);

        ListingPrice p = h.gateway().listing(skus().get(0));

        assertThat(p.ourPrice()).isNotNull();
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTINGS_ITEM)).isEqualTo(2);
    }

    @Test
    void rateLimiterWaitsSoThatAmazonNeverThrottlesUs() throws Exception {
        // speed 2: getListingOffersBatch refills one call per second, burst 1. (Faster speeds shrink the
        // client's safety margin below the scheduling jitter of a loaded test machine.)
        start(80, 2, Clock.systemUTC());
        long started = System.nanoTime();

        List<OfferLookup> lookups = h.gateway().offersForSkus(skus());

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(lookups).hasSize(80).allSatisfy(l -> assertThat(l.snapshot()).isPresent());
        assertThat(h.sim.stats().calls(SimOperation.GET_LISTING_OFFERS_BATCH)).isEqualTo(4);
        assertThat(h.sim.stats().throttled(SimOperation.GET_LISTING_OFFERS_BATCH)).isZero();
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(3 * 1000));
    }

    @Test
    void twoGatewaysShareOneQuota() throws Exception {
        start(40, 2, Clock.systemUTC());
        MarketplaceGateway a = h.gateway();
        MarketplaceGateway b = h.gateway();
        long started = System.nanoTime();
        Thread other = new Thread(() -> a.offersForSkus(skus()));
        other.start();
        List<OfferLookup> fromB = b.offersForSkus(skus());
        other.join();
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(fromB).hasSize(40);
        // 4 batch calls on one bucket (0.5/s at speed 2 = 1/s, burst 1) need at least 3 s; two private
        // buckets would finish in about 1 s. Load can only make it slower, so this bound cannot flake.
        assertThat(seconds).isGreaterThanOrEqualTo(2.7);
        // Every call the simulator saw is one of the 4, or a retry of a throttled one: nothing duplicated.
        var stats = h.sim.stats();
        assertThat(stats.calls(SimOperation.GET_LISTING_OFFERS_BATCH) - stats.throttled(SimOperation.GET_LISTING_OFFERS_BATCH))
                .isEqualTo(4);
    }

    @Test
    void feeEstimatesCarryPerItemErrors() throws Exception {
        start(8, 50, Clock.systemUTC());
        SimListing fba = h.sim.market().listings().stream().filter(SimListing::fulfilledByAmazon).findFirst()
                .orElseThrow();
        List<FeeEstimate> estimates = h.gateway().feeEstimates(List.of(
                new FeeQuery(FeeQuery.IdType.SELLER_SKU, fba.sellerSku(), new BigDecimal("20.00"), null, true),
                new FeeQuery(FeeQuery.IdType.SELLER_SKU, "NO-SUCH", new BigDecimal("20.00"), null, false)));

        assertThat(estimates).hasSize(2);
        FeeEstimate ok = estimates.get(0);
        assertThat(ok.error()).isEmpty();
        assertThat(ok.totalFees()).get().satisfies(t -> assertThat(t).isEqualByComparingTo(
                new BigDecimal("3.00").add(fba.fbaFee())));
        assertThat(ok.fees()).extracting(FeeEstimate.FeeLine::feeType).containsExactly("ReferralFee", "FBAFees");
        assertThat(estimates.get(1).error()).get().satisfies(e -> assertThat(e.code()).isEqualTo("InvalidParameterValue"));
    }

    @Test
    void inventoryFollowsEveryPage() throws Exception {
        start(130, 50, Clock.systemUTC());
        long fba = h.sim.market().listings().stream().filter(SimListing::fulfilledByAmazon).count();

        List<InventoryLevel> all = h.gateway().inventory(List.of());

        assertThat(all).hasSize((int) fba);
        assertThat(h.sim.stats().calls(SimOperation.GET_INVENTORY_SUMMARIES)).isEqualTo((int) ((fba + 49) / 50));
        assertThat(all).allSatisfy(i -> assertThat(i.fulfillable() + i.reserved()).isEqualTo(i.totalQuantity()));
    }

    @Test
    void verifyConnectionMakesOneCheapCallThatChecksTheSellerId() throws Exception {
        start(30, 50, Clock.systemUTC());
        h.gateway().verifyConnection();
        assertThat(h.sim.stats().calls(SimOperation.SEARCH_LISTINGS_ITEMS)).isEqualTo(1);

        var wrongSeller = new com.pricedesk.domain.account.AmazonAccount(h.sim.spApiEndpoint(), h.sim.lwaEndpoint(),
                h.account().clientId(), h.account().clientSecret(), h.account().refreshToken(), "A_SOMEONE_ELSE",
                h.account().marketplaceId());
        assertThatThrownBy(() -> new SpApiConnector(h.limits, h.retry, h.clock).connect(wrongSeller).verifyConnection())
                .isInstanceOfSatisfying(MarketplaceException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("Unauthorized");
                });
        // 403 is retried once with a fresh token (it may mean an expired one), then reported.
        assertThat(h.sim.stats().calls(SimOperation.SEARCH_LISTINGS_ITEMS)).isEqualTo(3);
    }

    @Test
    void featuredOfferExpectedPriceUndercutsTheCompetingFeaturedOffer() throws Exception {
        start(6, 200, Clock.systemUTC());
        List<String> asked = new java.util.ArrayList<>(skus());
        asked.add("NO-SUCH-SKU");

        List<com.pricedesk.domain.market.FeaturedOfferPrice> prices = h.gateway().featuredOfferExpectedPrices(asked);

        assertThat(prices).hasSize(7);
        assertThat(h.sim.stats().calls(SimOperation.GET_FEATURED_OFFER_EXPECTED_PRICE_BATCH)).isEqualTo(1);
        SimListing l = h.sim.market().listings().get(0);
        var competing = h.sim.market().offers(l.asin()).stream()
                .filter(o -> !o.sellerId().equals(h.sim.market().sellerId()))
                .min(java.util.Comparator.comparing(com.pricedesk.sim.SimOffer::landedPrice)).orElseThrow();
        assertThat(prices.get(0)).satisfies(p -> {
            assertThat(p.sellerSku()).isEqualTo(l.sellerSku());
            assertThat(p.resultStatus()).isEqualTo("VALID_FOEP");
            assertThat(p.competingFeaturedPrice()).get().satisfies(c ->
                    assertThat(c).isEqualByComparingTo(competing.landedPrice()));
            assertThat(p.expectedPrice()).get().satisfies(e ->
                    assertThat(e).isLessThanOrEqualTo(competing.landedPrice()));
            assertThat(p.currentFeaturedSellerId()).isPresent();
        });
        assertThat(prices.get(6).error()).get().satisfies(e -> assertThat(e.code()).isEqualTo("INVALID_SKU"));
    }

    @Test
    void competitiveSummaryNamesTheFeaturedOffersPerSegment() throws Exception {
        start(4, 200, Clock.systemUTC());
        String asin = h.sim.market().listings().get(0).asin();

        List<com.pricedesk.domain.market.CompetitiveSummary> summaries = h.gateway().competitiveSummaries(
                List.of(asin, "B0NOTREAL0"));

        assertThat(summaries).hasSize(2);
        var s = summaries.get(0);
        var winner = h.sim.market().buyBox(asin).orElseThrow();
        assertThat(s.featuredOffers()).isNotEmpty().anySatisfy(f -> {
            assertThat(f.sellerId()).isEqualTo(winner.sellerId());
            assertThat(f.segments()).contains("NON_PRIME");
        });
        assertThat(s.lowestNewOffers()).hasSize(h.sim.market().offers(asin).size());
        assertThat(s.lowestNewOffers()).filteredOn(com.pricedesk.domain.market.MarketOffer::mine).hasSize(1);
        assertThat(s.referencePrices().get("CompetitivePrice")).isEqualByComparingTo(winner.landedPrice());
        assertThat(summaries.get(1).error()).get().satisfies(e -> assertThat(e.code()).isEqualTo("INVALID_ASIN"));
    }

    @Test
    void salesRanksComeFromTheCatalogTwentyAsinsPerCall() throws Exception {
        start(25, 100, Clock.systemUTC());
        List<String> asins = new java.util.ArrayList<>(h.sim.market().listings().stream().map(SimListing::asin).toList());
        asins.add("B0NOTREAL0");

        List<com.pricedesk.domain.market.SalesRank> ranks = h.gateway().salesRanks(asins);

        assertThat(ranks).hasSize(25).allSatisfy(r -> {
            assertThat(r.mainCategory()).get().satisfies(m -> assertThat(m.rank()).isPositive());
            assertThat(r.subCategories()).isNotEmpty();
        });
        assertThat(h.sim.stats().calls(SimOperation.SEARCH_CATALOG_ITEMS)).isEqualTo(2);
    }
}
