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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The living market's used copies are served when asked for (ItemCondition=Used), in Amazon's shape,
 * and never mixed into the New answer or its Buy Box.
 */
class UsedOffersServedTest {
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private SimServer sim;
    private LivingMarket market;
    private String token;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.systemUTC();
        market = LivingMarket.create(11, DeterministicMarket.sampleProducts(11, 80),
                LocalDate.now(ZoneOffset.UTC).minusDays(3), clock);
        sim = new SimServer(SimConfig.of(0, 11, 100), market, clock);
        sim.start();
        SimCredentials c = sim.credentials();
        String form = "grant_type=refresh_token&refresh_token=" + enc(c.refreshToken()) + "&client_id="
                + enc(c.clientId()) + "&client_secret=" + enc(c.clientSecret());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sim.lwaEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        token = json.readTree(r.body()).get("access_token").asText();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode offers(String asin, String condition) throws Exception {
        String batch = "{\"requests\":[{\"uri\":\"/products/pricing/v0/items/" + asin + "/offers\",\"method\":\"GET\","
                + "\"MarketplaceId\":\"ATVPDKIKX0DER\",\"ItemCondition\":\"" + condition + "\"}]}";
        HttpResponse<String> r;
        int attempts = 0;
        do {
            if (attempts > 0) {
                // getItemOffersBatch allows one call per 100 ms at speed 100; this raw client does not
                // pace itself, so it waits out the simulator's 429 (rate limits are not under test here).
                Thread.sleep(120);
            }
            r = http.send(HttpRequest.newBuilder(URI.create(sim.spApiEndpoint()
                            + "/batches/products/pricing/v0/itemOffers"))
                    .header("x-amz-access-token", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());
        } while (r.statusCode() == 429 && ++attempts < 20);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        List<String> problems = ModelSchema.load("productPricingV0.json").validate("GetItemOffersBatchResponse", body);
        assertThat(problems).as(r.body()).isEmpty();
        return body.path("responses").get(0).path("body").path("payload");
    }

    private static Set<String> sellers(JsonNode payload) {
        List<String> out = new ArrayList<>();
        payload.path("Offers").forEach(o -> out.add(o.path("SellerId").asText()));
        return Set.copyOf(out);
    }

    @Test
    void usedCopiesAreServedApartFromNewOnes() throws Exception {
        List<SimListing> withUsed = market.listings().stream().filter(l -> !market.usedOffers(l.asin()).isEmpty())
                .toList();
        assertThat(withUsed).as("the generated market has used copies on some pages").isNotEmpty();
        int seen = 0;
        for (SimListing l : withUsed.subList(0, Math.min(5, withUsed.size()))) {
            JsonNode used = offers(l.asin(), "Used");
            JsonNode fresh = offers(l.asin(), "New");
            Set<String> usedSellers = market.usedOffers(l.asin()).stream().map(SimOffer::sellerId)
                    .collect(Collectors.toSet());

            assertThat(used.path("ItemCondition").asText()).isEqualTo("Used");
            assertThat(sellers(used)).isEqualTo(usedSellers).doesNotContain(market.sellerId());
            used.path("Offers").forEach(o -> {
                assertThat(o.path("SubCondition").asText()).isEqualTo("good");
                assertThat(o.path("IsBuyBoxWinner").asBoolean()).isFalse();
            });
            assertThat(used.path("Summary").has("BuyBoxPrices")).isFalse();
            assertThat(sellers(fresh)).doesNotContainAnyElementsOf(usedSellers);
            fresh.path("Offers").forEach(o -> assertThat(o.path("SubCondition").asText()).isEqualTo("new"));
            seen += used.path("Offers").size();
        }
        assertThat(seen).isPositive();
    }
}
