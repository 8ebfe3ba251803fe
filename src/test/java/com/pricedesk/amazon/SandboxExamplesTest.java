package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.FeeEstimate;
import com.pricedesk.domain.market.FeeQuery;
import com.pricedesk.domain.market.ListingPrice;
import com.pricedesk.domain.market.OfferLookup;
import com.pricedesk.domain.market.OfferSnapshot;
import com.pricedesk.domain.market.PriceSubmission;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amazon's static sandbox examples (copied verbatim from the models into src/test/resources) replayed
 * through our wire DTOs: each parses, and the fields PriceDesk uses map to the right values.
 */
class SandboxExamplesTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private final ObjectMapper json = WireJson.mapper();

    private JsonNode model(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/spapi-models/" + file)) {
            return json.readTree(in);
        }
    }

    private List<JsonNode> examples(String file, String path, String method, String status) throws IOException {
        JsonNode statics = model(file).path("paths").path(path).path(method).path("responses").path(status)
                .path("x-amzn-api-sandbox").path("static");
        List<JsonNode> out = new ArrayList<>();
        statics.forEach(out::add);
        assertThat(out).as("examples for %s %s %s", method, path, status).isNotEmpty();
        return out;
    }

    private PricingApi pricing(String sellerId) {
        return new PricingApi(null, "ATVPDKIKX0DER", sellerId, java.time.Clock.systemUTC());
    }

    @Test
    void listingOffersBatchMapsOffersBuyBoxAndRank() throws Exception {
        JsonNode example = examples("productPricingV0.json", "/batches/products/pricing/v0/listingOffers", "post", "200")
                .get(0);
        PricingV0Wire.BatchResponse batch = json.treeToValue(example.get("response"), PricingV0Wire.BatchResponse.class);
        List<String> asked = new ArrayList<>();
        example.at("/request/parameters/body/value/requests").forEach(r -> asked.add(
                r.get("uri").asText().replace("/products/pricing/v0/listings/", "").replace("/offers", "")));

        List<OfferLookup> lookups = pricing("A_NOT_IN_EXAMPLE").parseBatch(batch, asked, true, NOW);

        assertThat(lookups).hasSize(5).allSatisfy(l -> assertThat(l.snapshot()).isPresent());
        OfferSnapshot first = lookups.get(0).snapshot().orElseThrow();
        assertThat(first.sellerSku()).isEqualTo("GC-QTMS-SV2I");
        assertThat(first.totalOfferCount()).isEqualTo(4286);
        assertThat(first.salesRank()).contains(30959);
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(first.buyBox()).get().satisfies(b -> {
            assertThat(b.listingPrice()).isEqualByComparingTo("10");
            assertThat(b.winnerSellerId()).isEqualTo("A1EZPZGQPCQEQR");
        });
        assertThat(first.ourOffer()).get().satisfies(o -> {
            assertThat(o.sellerId()).isEqualTo("A2SNBFWOFW4SWG");
            assertThat(o.listingPrice()).isEqualByComparingTo("30");
        });
        assertThat(first.competitors()).hasSize(14);
        assertThat(first.competitors().get(0).listingPrice()).isEqualByComparingTo("0.5");
        // The example marks one offer of VT-DEIT-57TQ as MyOffer, at 15.
        OfferSnapshot second = lookups.get(1).snapshot().orElseThrow();
        assertThat(second.ourOffer()).get().satisfies(o -> assertThat(o.listingPrice()).isEqualByComparingTo("15"));
        assertThat(second.competitors()).hasSize(2);
    }

    @Test
    void itemOffersBatchHandlesNoBuyableOffers() throws Exception {
        JsonNode example = examples("productPricingV0.json", "/batches/products/pricing/v0/itemOffers", "post", "200")
                .get(0);
        PricingV0Wire.BatchResponse batch = json.treeToValue(example.get("response"), PricingV0Wire.BatchResponse.class);
        List<String> asked = new ArrayList<>();
        batch.responses().forEach(r -> asked.add(r.request().asin()));

        List<OfferLookup> lookups = pricing("A_NOT_IN_EXAMPLE").parseBatch(batch, asked, false, NOW);

        assertThat(lookups).hasSize(asked.size()).allSatisfy(l -> assertThat(l.snapshot()).isPresent());
        OfferSnapshot none = lookups.stream().filter(l -> l.requested().equals("B00KFRNZY6")).findFirst()
                .orElseThrow().snapshot().orElseThrow();
        assertThat(none.competitors()).isEmpty();
        assertThat(none.asin()).isEqualTo("B00KFRNZY6");
        OfferSnapshot one = lookups.get(0).snapshot().orElseThrow();
        assertThat(one.asin()).isEqualTo("B000P6Q7MY");
        assertThat(one.competitors()).singleElement().satisfies(o -> {
            assertThat(o.listingPrice()).isEqualByComparingTo("21");
            assertThat(o.buyBoxWinner()).isTrue();
        });
    }

    @Test
    void errorExamplesParseIntoCodeAndMessage() throws Exception {
        String[][] cases = {
            {"productPricingV0.json", "/batches/products/pricing/v0/listingOffers", "post", "InvalidInput"},
            {"productPricingV0.json", "/batches/products/pricing/v0/itemOffers", "post", null},
            {"listingsItems_2021-08-01.json", "/listings/2021-08-01/items/{sellerId}/{sku}", "get", "BAD_REQUEST"},
            {"listingsItems_2021-08-01.json", "/listings/2021-08-01/items/{sellerId}/{sku}", "patch", "BAD_REQUEST"},
            {"productFeesV0.json", "/products/fees/v0/feesEstimate", "post", "InvalidInput"},
        };
        for (String[] c : cases) {
            JsonNode example = examples(c[0], c[1], c[2], "400").get(0);
            ErrorWire.ErrorList errors = json.treeToValue(example.get("response"), ErrorWire.ErrorList.class);
            assertThat(errors.errors()).as(c[1]).isNotEmpty();
            assertThat(errors.errors().get(0).message()).as(c[1]).isNotBlank();
            if (c[3] != null) {
                assertThat(errors.errors().get(0).code()).as(c[1]).isEqualTo(c[3]);
            }
        }
    }

    @Test
    void getListingsItemMapsLivePriceAndIssues() throws Exception {
        JsonNode example = examples("listingsItems_2021-08-01.json", "/listings/2021-08-01/items/{sellerId}/{sku}",
                "get", "200").get(0);
        ListingsWire.Item item = json.treeToValue(example.get("response"), ListingsWire.Item.class);

        ListingPrice price = new ListingsApi(null, "ATVPDKIKX0DER", "A1").toListingPrice(item);

        assertThat(price.sellerSku()).isEqualTo("GM-ZDPI-9B4E");
        assertThat(price.asin()).isEqualTo("B071VG5N9D");
        assertThat(price.productType()).isEqualTo("LUGGAGE");
        assertThat(price.livePrice()).isEqualByComparingTo("100.00");
        assertThat(price.livePrice().scale()).isEqualTo(2);
        assertThat(price.currency()).isEqualTo("USD");
        assertThat(price.status()).containsExactly("BUYABLE");
        assertThat(price.issues()).isNotEmpty().first().satisfies(i -> assertThat(i.code()).isEqualTo("90220"));
        // The example carries no attributes, so no purchasable_offer to read.
        assertThat(price.ourPrice()).isNull();
    }

    @Test
    void searchListingsItemsCountsResults() throws Exception {
        JsonNode example = examples("listingsItems_2021-08-01.json", "/listings/2021-08-01/items/{sellerId}", "get",
                "200").get(0);
        ListingsWire.SearchResults r = json.treeToValue(example.get("response"), ListingsWire.SearchResults.class);
        assertThat(r.numberOfResults()).isEqualTo(3);
        assertThat(r.items()).isNotEmpty().first().satisfies(i -> assertThat(i.sku()).isEqualTo("GM-ZDPI-9B4E"));
    }

    @Test
    void patchListingsItemStatusesMap() throws Exception {
        List<PriceSubmission> submissions = new ArrayList<>();
        for (JsonNode example : examples("listingsItems_2021-08-01.json",
                "/listings/2021-08-01/items/{sellerId}/{sku}", "patch", "200")) {
            ListingsWire.SubmissionResponse r = json.treeToValue(example.get("response"),
                    ListingsWire.SubmissionResponse.class);
            submissions.add(new ListingsApi(null, "ATVPDKIKX0DER", "A1").toSubmission("?", r));
        }
        assertThat(submissions).extracting(PriceSubmission::status).containsExactly(
                PriceSubmission.Status.ACCEPTED, PriceSubmission.Status.VALID, PriceSubmission.Status.INVALID);
        assertThat(submissions.get(2).issues()).singleElement()
                .satisfies(i -> assertThat(i.code()).isEqualTo("90000900"));
        assertThat(submissions.get(0).submissionId()).isEqualTo("f1dc2914-75dd-11ea-bc55-0242ac130003");
    }

    @Test
    void feesEstimatesMapTotals() throws Exception {
        JsonNode example = examples("productFeesV0.json", "/products/fees/v0/feesEstimate", "post", "200").get(0);
        List<FeesWire.FeesEstimateResult> results = json.convertValue(example.get("response"),
                new TypeReference<List<FeesWire.FeesEstimateResult>>() {
                });

        FeeEstimate first = FeesApi.toEstimate(new FeeQuery(FeeQuery.IdType.ASIN, "asin123", new BigDecimal("10"),
                new BigDecimal("10"), false), results.get(0));

        assertThat(results).hasSize(2);
        assertThat(results.get(0).identifier().sellerInputIdentifier()).isEqualTo("UmaS1");
        assertThat(first.error()).isEmpty();
        assertThat(first.totalFees()).get().satisfies(t -> assertThat(t).isEqualByComparingTo("3.0"));
        assertThat(first.currency()).isEqualTo("USD");
    }

    @Test
    void ourPatchBodyHasTheNestingAmazonRequires() throws Exception {
        // Q3: each money leaf is [{"schedule":[{"value_with_tax": n}]}]; a flattened one is rejected.
        JsonNode patchSchema = model("listingsItems_2021-08-01.json").path("definitions").path("PatchOperation");
        assertThat(patchSchema.path("required").toString()).contains("op").contains("path");
        ListingsWire.PatchRequest body = new ListingsWire.PatchRequest("PRODUCT", List.of(new ListingsWire.Patch(
                "replace", "/attributes/purchasable_offer", json.readTree(
                "[{\"marketplace_id\":\"ATVPDKIKX0DER\",\"our_price\":[{\"schedule\":[{\"value_with_tax\":24.99}]}]}]"))));
        JsonNode written = json.readTree(json.writeValueAsString(body));
        assertThat(written.at("/patches/0/value/0/our_price/0/schedule/0/value_with_tax").decimalValue())
                .isEqualByComparingTo("24.99");
        assertThat(written.at("/productType").asText()).isEqualTo("PRODUCT");
    }

    @Test
    void feedExamplesMapStatusDocumentAndReport() throws Exception {
        FeedsWire.Feed feed = json.treeToValue(examples("feeds_2021-06-30.json", "/feeds/2021-06-30/feeds/{feedId}",
                "get", "200").get(0).get("response"), FeedsWire.Feed.class);
        assertThat(feed.processingStatus()).isEqualTo("CANCELLED");
        assertThat(feed.resultFeedDocumentId()).isNull();
        FeedsWire.CreateFeedDocumentResponse doc = json.treeToValue(examples("feeds_2021-06-30.json",
                "/feeds/2021-06-30/documents", "post", "201").get(0).get("response"),
                FeedsWire.CreateFeedDocumentResponse.class);
        assertThat(doc.url()).startsWith("https://");
        FeedsWire.CreateFeedResponse created = json.treeToValue(examples("feeds_2021-06-30.json",
                "/feeds/2021-06-30/feeds", "post", "202").get(0).get("response"), FeedsWire.CreateFeedResponse.class);
        assertThat(created.feedId()).isEqualTo("3485934");

        byte[] report;
        try (InputStream in = getClass().getResourceAsStream(
                "/spapi-models/listings-feed-processing-report-schema-v2.example.json")) {
            report = in.readAllBytes();
        }
        com.pricedesk.domain.market.FeedReport r = new FeedsApi(null, null, "ATVPDKIKX0DER", "A1").report(report);
        assertThat(r.messagesProcessed()).isEqualTo(4);
        assertThat(r.messagesAccepted()).isEqualTo(2);
        assertThat(r.messagesInvalid()).isEqualTo(2);
        assertThat(r.errors()).isEqualTo(3);
        assertThat(r.issues()).hasSize(3).first().satisfies(i -> {
            assertThat(i.messageId()).isEqualTo(4);
            assertThat(i.code()).isEqualTo("90220");
        });
    }

    @Test
    void featuredOfferExpectedPriceExampleMaps() throws Exception {
        JsonNode example = examples("productPricing_2022-05-01.json",
                "/batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice", "post", "200").get(0);
        Pricing2022Wire.FoepBatchResponse batch = json.treeToValue(example.get("response"),
                Pricing2022Wire.FoepBatchResponse.class);

        List<com.pricedesk.domain.market.FeaturedOfferPrice> prices = new FeaturedOfferApi(null, "ATVPDKIKX0DER")
                .parse(batch, List.of("MY_SKU", "MY_UNIQUE_SKU", "INVALID_SKU"));

        assertThat(prices).extracting(com.pricedesk.domain.market.FeaturedOfferPrice::sellerSku)
                .contains("MY_SKU", "MY_UNIQUE_SKU", "MY_NONEXISTENT_SKU");
        assertThat(prices.get(0).resultStatus()).isEqualTo("VALID_FOEP");
        assertThat(prices.get(0).expectedPrice()).get().satisfies(p -> assertThat(p).isEqualByComparingTo("10.0"));
        assertThat(prices.get(0).competingFeaturedPrice()).get().satisfies(p -> assertThat(p)
                .isEqualByComparingTo("12.0"));
        assertThat(prices.get(0).currentFeaturedSellerId()).contains("OTHER_SELLER_ID");
        assertThat(prices.get(1).resultStatus()).isEqualTo("NO_COMPETING_OFFERS");
        assertThat(prices.get(1).expectedPrice()).isEmpty();
        assertThat(prices.get(2).error()).get().satisfies(e -> assertThat(e.code()).isEqualTo("INVALID_SKU"));
    }

    @Test
    void reportExamplesMap() throws Exception {
        ReportsWire.Report report = json.treeToValue(examples("reports_2021-06-30.json",
                "/reports/2021-06-30/reports/{reportId}", "get", "200").get(0).get("response"), ReportsWire.Report.class);
        assertThat(report.reportId()).isEqualTo("ReportId1");
        assertThat(report.processingStatus()).isEqualTo("IN_PROGRESS");
        assertThat(report.reportType()).isEqualTo("FEE_DISCOUNTS_REPORT");
        assertThat(report.reportDocumentId()).isNull();
        ReportsWire.ReportDocument doc = json.treeToValue(examples("reports_2021-06-30.json",
                "/reports/2021-06-30/documents/{reportDocumentId}", "get", "200").get(0).get("response"),
                ReportsWire.ReportDocument.class);
        assertThat(doc.url()).startsWith("https://");
        assertThat(json.treeToValue(examples("reports_2021-06-30.json", "/reports/2021-06-30/reports", "post", "202")
                .get(0).get("response"), ReportsWire.CreateReportResponse.class).reportId()).isEqualTo("ID323");
    }

    @Test
    void competitiveSummaryExampleMaps() throws Exception {
        JsonNode example = examples("productPricing_2022-05-01.json",
                "/batches/products/pricing/2022-05-01/items/competitiveSummary", "post", "200").get(0);
        Pricing2022Wire.SummaryBatchResponse batch = json.treeToValue(example.get("response"),
                Pricing2022Wire.SummaryBatchResponse.class);

        List<com.pricedesk.domain.market.CompetitiveSummary> summaries = new CompetitiveSummaryApi(null,
                "ATVPDKIKX0DER", "A2ZWOLFOFDPJL1").parse(batch, List.of("B00ZIAODGE", "11_AABB_123"));

        var s = summaries.get(0);
        assertThat(s.featuredOffers()).hasSize(2);
        assertThat(s.featuredOffers().get(0).sellerId()).isEqualTo("A3DJR8M9Y3OUPG");
        assertThat(s.featuredOffers().get(0).segments()).containsExactly("NON_PRIME", "PRIME");
        assertThat(s.featuredOffers().get(0).shipping()).isEqualByComparingTo("2.5");
        assertThat(s.referencePrices()).containsKeys("CompetitivePriceThreshold", "CompetitivePrice", "WasPrice");
        assertThat(s.referencePrices().get("CompetitivePrice")).isEqualByComparingTo("17.39");
        // Used offers are left out; only the New ones count for our offers.
        assertThat(s.lowestNewOffers()).hasSize(2);
        assertThat(s.lowestNewOffers().get(0).mine()).isTrue();
        assertThat(summaries.get(1).error()).get().satisfies(e -> assertThat(e.code()).isEqualTo("INVALID_ASIN"));
    }

    @Test
    void catalogSearchExampleMapsSalesRanks() throws Exception {
        JsonNode example = examples("catalogItems_2022-04-01.json", "/catalog/2022-04-01/items", "get", "200").get(0);
        CatalogWire.SearchResults r = json.treeToValue(example.get("response"), CatalogWire.SearchResults.class);

        com.pricedesk.domain.market.SalesRank rank = new CatalogApi(null, "ATVPDKIKX0DER").toRank(r.items().get(0));

        assertThat(rank.mainCategory()).get().satisfies(m -> {
            assertThat(m.category()).isEqualTo("Electronics");
            assertThat(m.rank()).isEqualTo(72855);
        });
        assertThat(rank.subCategories()).singleElement().satisfies(c -> assertThat(c.rank()).isEqualTo(113));
    }
}
