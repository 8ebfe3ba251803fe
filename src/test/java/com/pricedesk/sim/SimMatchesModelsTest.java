package com.pricedesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raw HTTP against the simulator, each answer validated against the definition in Amazon's model,
 * so the simulator cannot drift from Amazon's shapes without this test failing.
 */
class SimMatchesModelsTest {
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private SimServer sim;
    private String token;

    @BeforeEach
    void start() throws Exception {
        launch(100);
    }

    /** Starts a simulator at {@code speed} and takes an access token from its LWA endpoint. */
    private void launch(double speed) throws Exception {
        sim = new SimServer(SimConfig.of(0, 3, speed), new DeterministicMarket(3, DeterministicMarket.sampleProducts(3,
                60)), Clock.systemUTC());
        sim.start();
        SimCredentials c = sim.credentials();
        String form = "grant_type=refresh_token&refresh_token=" + enc(c.refreshToken()) + "&client_id="
                + enc(c.clientId()) + "&client_secret=" + enc(c.clientSecret());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sim.lwaEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode tokenBody = json.readTree(r.body());
        assertThat(tokenBody.get("token_type").asText()).isEqualTo("bearer");
        assertThat(tokenBody.get("expires_in").asLong()).isPositive();
        token = tokenBody.get("access_token").asText();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.spApiEndpoint() + path))
                .header("x-amz-access-token", token).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertMatches(String model, String definition, HttpResponse<String> response) throws Exception {
        List<String> problems = ModelSchema.load(model).validate(definition, json.readTree(response.body()));
        assertThat(problems).as(definition + " from " + response.body()).isEmpty();
    }

    private SimListing listing() {
        return sim.market().listings().get(0);
    }

    private String itemPath(String sku) {
        return "/listings/2021-08-01/items/" + sim.market().sellerId() + "/" + sku + "?marketplaceIds=ATVPDKIKX0DER";
    }

    @Test
    void pricingBatchesMatchTheModel() throws Exception {
        String skuBatch = "{\"requests\":[{\"uri\":\"/products/pricing/v0/listings/" + listing().sellerSku()
                + "/offers\",\"method\":\"GET\",\"MarketplaceId\":\"ATVPDKIKX0DER\",\"ItemCondition\":\"New\","
                + "\"CustomerType\":\"Consumer\"},{\"uri\":\"/products/pricing/v0/listings/NOPE/offers\",\"method\":"
                + "\"GET\",\"MarketplaceId\":\"ATVPDKIKX0DER\",\"ItemCondition\":\"New\"}]}";
        HttpResponse<String> r = call("POST", "/batches/products/pricing/v0/listingOffers", skuBatch);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-amzn-RateLimit-Limit")).contains("0.5");
        assertMatches("productPricingV0.json", "GetListingOffersBatchResponse", r);

        String asinBatch = "{\"requests\":[{\"uri\":\"/products/pricing/v0/items/" + listing().asin()
                + "/offers\",\"method\":\"GET\",\"MarketplaceId\":\"ATVPDKIKX0DER\",\"ItemCondition\":\"New\"}]}";
        r = call("POST", "/batches/products/pricing/v0/itemOffers", asinBatch);
        assertThat(r.statusCode()).isEqualTo(200);
        assertMatches("productPricingV0.json", "GetItemOffersBatchResponse", r);
    }

    @Test
    void listingsAnswersMatchTheModel() throws Exception {
        HttpResponse<String> r = call("GET", itemPath(listing().sellerSku())
                + "&includedData=summaries,attributes,issues,offers,fulfillmentAvailability", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertMatches("listingsItems_2021-08-01.json", "Item", r);

        String patch = "{\"productType\":\"PRODUCT\",\"patches\":[{\"op\":\"replace\",\"path\":"
                + "\"/attributes/purchasable_offer\",\"value\":[{\"marketplace_id\":\"ATVPDKIKX0DER\",\"currency\":"
                + "\"USD\",\"audience\":\"ALL\",\"our_price\":[{\"schedule\":[{\"value_with_tax\":12.5}]}]}]}]}";
        r = call("PATCH", itemPath(listing().sellerSku()), patch);
        assertThat(json.readTree(r.body()).get("status").asText()).isEqualTo("ACCEPTED");
        assertMatches("listingsItems_2021-08-01.json", "ListingsItemSubmissionResponse", r);

        // Flattened money (Q3) is INVALID inside a 200, as Amazon answers.
        String flat = patch.replace("[{\"schedule\":[{\"value_with_tax\":12.5}]}]", "12.5");
        r = call("PATCH", itemPath(listing().sellerSku()), flat);
        assertThat(json.readTree(r.body()).get("status").asText()).isEqualTo("INVALID");
        assertMatches("listingsItems_2021-08-01.json", "ListingsItemSubmissionResponse", r);

        r = call("GET", "/listings/2021-08-01/items/" + sim.market().sellerId() + "?marketplaceIds=ATVPDKIKX0DER"
                + "&pageSize=5", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertMatches("listingsItems_2021-08-01.json", "ItemSearchResults", r);

        // Search by SKU identifiers with every data set the client reads: the same items as getListingsItem.
        r = call("GET", "/listings/2021-08-01/items/" + sim.market().sellerId() + "?marketplaceIds=ATVPDKIKX0DER"
                + "&identifiersType=SKU&identifiers=" + listing().sellerSku() + ",NO-SUCH&pageSize=20"
                + "&includedData=summaries,attributes,issues,offers", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json.readTree(r.body()).get("items")).hasSize(1);
        assertThat(json.readTree(r.body()).get("items").get(0).get("attributes").has("purchasable_offer")).isTrue();
        assertMatches("listingsItems_2021-08-01.json", "ItemSearchResults", r);

        r = call("GET", "/listings/2021-08-01/items/" + sim.market().sellerId() + "?marketplaceIds=ATVPDKIKX0DER"
                + "&identifiers=" + listing().sellerSku(), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertMatches("listingsItems_2021-08-01.json", "ErrorList", r);

        r = call("GET", itemPath("NO-SUCH"), null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertMatches("listingsItems_2021-08-01.json", "ErrorList", r);
    }

    @Test
    void feesAndInventoryMatchTheModel() throws Exception {
        String fees = "[{\"FeesEstimateRequest\":{\"MarketplaceId\":\"ATVPDKIKX0DER\",\"IsAmazonFulfilled\":false,"
                + "\"PriceToEstimateFees\":{\"ListingPrice\":{\"CurrencyCode\":\"USD\",\"Amount\":10}},\"Identifier\":"
                + "\"a\"},\"IdType\":\"SellerSKU\",\"IdValue\":\"" + listing().sellerSku() + "\"},"
                + "{\"FeesEstimateRequest\":{\"MarketplaceId\":\"ATVPDKIKX0DER\",\"IsAmazonFulfilled\":false,"
                + "\"PriceToEstimateFees\":{\"ListingPrice\":{\"CurrencyCode\":\"USD\",\"Amount\":10}},\"Identifier\":"
                + "\"b\"},\"IdType\":\"ASIN\",\"IdValue\":\"B0NOPE\"}]";
        HttpResponse<String> r = call("POST", "/products/fees/v0/feesEstimate", fees);
        assertThat(r.statusCode()).isEqualTo(200);
        assertMatches("productFeesV0.json", "GetMyFeesEstimatesResponse", r);

        r = call("GET", "/fba/inventory/v1/summaries?details=true&granularityType=Marketplace&granularityId="
                + "ATVPDKIKX0DER&marketplaceIds=ATVPDKIKX0DER", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertMatches("fbaInventory.json", "GetInventorySummariesResponse", r);
    }

    @Test
    void errorsMatchTheModel() throws Exception {
        HttpResponse<String> r = call("POST", "/batches/products/pricing/v0/listingOffers", "{\"requests\":[]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertMatches("productPricingV0.json", "Errors", r);

        token = "Atza|forged";
        r = call("GET", itemPath(listing().sellerSku()), null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertMatches("listingsItems_2021-08-01.json", "ErrorList", r);
        assertThat(json.readTree(r.body()).at("/errors/0/code").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void emptyBucketAnswers429QuotaExceeded() throws Exception {
        sim.close();
        launch(1);
        String batch = "{\"requests\":[{\"uri\":\"/products/pricing/v0/items/" + listing().asin()
                + "/offers\",\"method\":\"GET\",\"MarketplaceId\":\"ATVPDKIKX0DER\",\"ItemCondition\":\"New\"}]}";
        assertThat(call("POST", "/batches/products/pricing/v0/itemOffers", batch).statusCode()).isEqualTo(200);
        HttpResponse<String> r = call("POST", "/batches/products/pricing/v0/itemOffers", batch);

        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(json.readTree(r.body()).at("/errors/0/code").asText()).isEqualTo("QuotaExceeded");
        assertMatches("productPricingV0.json", "Errors", r);
        assertThat(sim.stats().throttled(SimOperation.GET_ITEM_OFFERS_BATCH)).isEqualTo(1);
    }

    @Test
    void feedAnswersMatchTheModel() throws Exception {
        HttpResponse<String> r = call("POST", "/feeds/2021-06-30/documents",
                "{\"contentType\":\"application/json; charset=UTF-8\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertMatches("feeds_2021-06-30.json", "CreateFeedDocumentResponse", r);
        JsonNode doc = json.readTree(r.body());
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(doc.get("url").asText()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"header\":{},\"messages\":[]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(200);

        r = call("POST", "/feeds/2021-06-30/feeds", "{\"feedType\":\"JSON_LISTINGS_FEED\",\"marketplaceIds\":"
                + "[\"ATVPDKIKX0DER\"],\"inputFeedDocumentId\":\"" + doc.get("feedDocumentId").asText() + "\"}");
        assertThat(r.statusCode()).isEqualTo(202);
        assertMatches("feeds_2021-06-30.json", "CreateFeedResponse", r);
        String feedId = json.readTree(r.body()).get("feedId").asText();

        r = call("GET", "/feeds/2021-06-30/feeds/" + feedId, null);
        assertMatches("feeds_2021-06-30.json", "Feed", r);
        Thread.sleep(700);
        r = call("GET", "/feeds/2021-06-30/feeds/" + feedId, null);
        assertThat(json.readTree(r.body()).get("processingStatus").asText()).isEqualTo("DONE");
        assertMatches("feeds_2021-06-30.json", "Feed", r);

        r = call("GET", "/feeds/2021-06-30/documents/" + json.readTree(r.body()).get("resultFeedDocumentId").asText(),
                null);
        assertMatches("feeds_2021-06-30.json", "FeedDocument", r);
        r = call("GET", "/feeds/2021-06-30/feeds/nope", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertMatches("feeds_2021-06-30.json", "ErrorList", r);
    }

    @Test
    void featuredOfferExpectedPriceMatchesTheModel() throws Exception {
        String body = "{\"requests\":[{\"uri\":\"/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice\","
                + "\"method\":\"GET\",\"marketplaceId\":\"ATVPDKIKX0DER\",\"sku\":\"" + listing().sellerSku() + "\"},"
                + "{\"uri\":\"/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice\",\"method\":\"GET\","
                + "\"marketplaceId\":\"ATVPDKIKX0DER\",\"sku\":\"NOPE\"}]}";
        HttpResponse<String> r = call("POST", "/batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice",
                body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertMatches("productPricing_2022-05-01.json", "GetFeaturedOfferExpectedPriceBatchResponse", r);
    }

    @Test
    void reportAnswersMatchTheModel() throws Exception {
        HttpResponse<String> r = call("POST", "/reports/2021-06-30/reports",
                "{\"reportType\":\"GET_SALES_AND_TRAFFIC_REPORT\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}");
        assertThat(r.statusCode()).isEqualTo(202);
        assertMatches("reports_2021-06-30.json", "CreateReportResponse", r);
        String id = json.readTree(r.body()).get("reportId").asText();
        r = call("GET", "/reports/2021-06-30/reports/" + id, null);
        assertMatches("reports_2021-06-30.json", "Report", r);
        Thread.sleep(1000);
        r = call("GET", "/reports/2021-06-30/reports/" + id, null);
        assertThat(json.readTree(r.body()).get("processingStatus").asText()).isEqualTo("DONE");
        assertMatches("reports_2021-06-30.json", "Report", r);
        r = call("GET", "/reports/2021-06-30/documents/" + json.readTree(r.body()).get("reportDocumentId").asText(),
                null);
        assertMatches("reports_2021-06-30.json", "ReportDocument", r);
        assertThat(json.readTree(r.body()).get("compressionAlgorithm").asText()).isEqualTo("GZIP");
        r = call("POST", "/reports/2021-06-30/reports", "{\"reportType\":\"GET_NOT_A_REPORT\",\"marketplaceIds\":"
                + "[\"ATVPDKIKX0DER\"]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertMatches("reports_2021-06-30.json", "ErrorList", r);
    }

    @Test
    void competitiveSummaryMatchesTheModel() throws Exception {
        String body = "{\"requests\":[{\"asin\":\"" + listing().asin() + "\",\"marketplaceId\":\"ATVPDKIKX0DER\","
                + "\"includedData\":[\"featuredBuyingOptions\",\"referencePrices\",\"lowestPricedOffers\"],"
                + "\"lowestPricedOffersInputs\":[{\"itemCondition\":\"New\",\"offerType\":\"Consumer\"}],"
                + "\"method\":\"GET\",\"uri\":\"/products/pricing/2022-05-01/items/competitiveSummary\"},"
                + "{\"asin\":\"B0NOTREAL0\",\"marketplaceId\":\"ATVPDKIKX0DER\",\"includedData\":"
                + "[\"featuredBuyingOptions\"],\"method\":\"GET\",\"uri\":"
                + "\"/products/pricing/2022-05-01/items/competitiveSummary\"}]}";
        HttpResponse<String> r = call("POST", "/batches/products/pricing/2022-05-01/items/competitiveSummary", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertMatches("productPricing_2022-05-01.json", "CompetitiveSummaryBatchResponse", r);
    }

    @Test
    void catalogSearchMatchesTheModel() throws Exception {
        HttpResponse<String> r = call("GET", "/catalog/2022-04-01/items?identifiersType=ASIN&identifiers="
                + listing().asin() + ",B0NOTREAL0&marketplaceIds=ATVPDKIKX0DER&includedData=salesRanks", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertMatches("catalogItems_2022-04-01.json", "ItemSearchResults", r);
        assertThat(json.readTree(r.body()).get("numberOfResults").asInt()).isEqualTo(1);
    }
}
