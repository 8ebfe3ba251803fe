package com.pricedesk.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * getListingOffersBatch and getItemOffersBatch as Product Pricing v0 answers them: one response per
 * request, each with its own status, and the request echoed back.
 */
final class PricingEndpoints {
    static final String MARKETPLACE = "ATVPDKIKX0DER";
    private static final Pattern LISTING_URI = Pattern.compile("/products/pricing/v0/listings/([^/]+)/offers");
    private static final Pattern ITEM_URI = Pattern.compile("/products/pricing/v0/items/([^/]+)/offers");

    private final SimMarket market;
    private final ObjectMapper json;
    private final Clock clock;

    PricingEndpoints(SimMarket market, ObjectMapper json, Clock clock) {
        this.market = market;
        this.json = json;
        this.clock = clock;
    }

    void listingOffers(SimExchange ex) throws IOException {
        batch(ex, LISTING_URI, true);
    }

    void itemOffers(SimExchange ex) throws IOException {
        batch(ex, ITEM_URI, false);
    }

    private void batch(SimExchange ex, Pattern uriPattern, boolean bySku) throws IOException {
        JsonNode body = ex.jsonBody();
        JsonNode requests = body == null ? null : body.get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty() || requests.size() > 20) {
            ex.sendError(400, "InvalidInput", "requests must hold between 1 and 20 items");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode r : requests) {
            if (!seen.add(r.path("uri").asText() + "|" + r.path("CustomerType").asText())) {
                ex.sendError(400, "InvalidInput", "Duplicate requests submitted");
                return;
            }
        }
        ObjectNode root = json.createObjectNode();
        ArrayNode responses = root.putArray("responses");
        for (JsonNode r : requests) {
            responses.add(answer(r, uriPattern, bySku));
        }
        ex.sendJson(200, root, Map.of());
    }

    private ObjectNode answer(JsonNode r, Pattern uriPattern, boolean bySku) {
        ObjectNode out = json.createObjectNode();
        ObjectNode headers = out.putObject("headers");
        headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
        headers.put("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(java.time.ZoneOffset.UTC)));
        Matcher m = uriPattern.matcher(r.path("uri").asText());
        String id = m.matches() ? SimExchange.decodePath(m.group(1)) : null;
        ObjectNode echo = out.putObject("request");
        echo.put("MarketplaceId", r.path("MarketplaceId").asText(null));
        echo.put(bySku ? "SellerSKU" : "Asin", id);
        echo.put("ItemCondition", r.path("ItemCondition").asText(null));
        if (r.hasNonNull("CustomerType")) {
            echo.put("CustomerType", r.get("CustomerType").asText());
        }
        if (id == null || !"GET".equals(r.path("method").asText())) {
            return failed(out, 400, "Bad Request", "InvalidInput", "Invalid uri or method in batch request");
        }
        if (!MARKETPLACE.equals(r.path("MarketplaceId").asText())) {
            // What Amazon answers when the parameters are put in queryParams instead (Q5).
            return failed(out, 400, "Bad Request", "InvalidInput", "Requested MarketplaceId is invalid");
        }
        if (!r.hasNonNull("ItemCondition")) {
            return failed(out, 400, "Bad Request", "InvalidInput", "Missing required parameter ItemCondition");
        }
        String asin;
        if (bySku) {
            Optional<SimListing> listing = market.listing(id);
            if (listing.isEmpty()) {
                return failed(out, 400, "Bad Request", "InvalidInput", "Invalid SellerSKU: " + id);
            }
            asin = listing.get().asin();
        } else {
            asin = id;
        }
        // Offers of the asked condition only, as Amazon filters them: New (ours and the others' new
        // copies, with the Buy Box) or Used (other sellers' used copies, never the new Buy Box).
        String condition = r.path("ItemCondition").asText();
        boolean used = "Used".equals(condition);
        List<SimOffer> offers = used ? market.usedOffers(asin) : "New".equals(condition) ? market.offers(asin)
                : List.of();
        Optional<SimOffer> winner = used ? Optional.empty() : market.buyBox(asin);
        status(out, 200, "OK");
        ObjectNode payload = out.putObject("body").putObject("payload");
        payload.put("marketplaceId", MARKETPLACE);
        payload.put("ASIN", asin);
        if (bySku) {
            payload.put("SKU", id);
        }
        payload.put("status", offers.isEmpty() ? "NoBuyableOffers" : "Success");
        payload.put("ItemCondition", r.path("ItemCondition").asText());
        ObjectNode identifier = payload.putObject("Identifier");
        identifier.put("MarketplaceId", MARKETPLACE);
        identifier.put("ASIN", asin);
        if (bySku) {
            identifier.put("SellerSKU", id);
        }
        identifier.put("ItemCondition", r.path("ItemCondition").asText());
        ObjectNode summary = payload.putObject("Summary");
        summary.put("TotalOfferCount", offers.size());
        winner.ifPresent(w -> {
            ObjectNode bb = summary.putArray("BuyBoxPrices").addObject();
            bb.put("condition", "New");
            money(bb, "LandedPrice", w.landedPrice());
            money(bb, "ListingPrice", w.listingPrice());
            money(bb, "Shipping", w.shipping());
        });
        ArrayNode list = payload.putArray("Offers");
        offers.stream().sorted(java.util.Comparator.comparing(SimOffer::landedPrice)).limit(20).forEach(o -> {
            ObjectNode n = list.addObject();
            n.put("MyOffer", o.sellerId().equals(market.sellerId()));
            n.put("SubCondition", used ? "good" : "new");
            n.put("SellerId", o.sellerId());
            ObjectNode fb = n.putObject("SellerFeedbackRating");
            fb.put("SellerPositiveFeedbackRating", o.feedbackPositivePercent());
            fb.put("FeedbackCount", o.feedbackCount());
            ObjectNode ship = n.putObject("ShippingTime");
            ship.put("minimumHours", 24);
            ship.put("maximumHours", 48);
            ship.put("availabilityType", "NOW");
            money(n, "ListingPrice", o.listingPrice());
            money(n, "Shipping", o.shipping());
            n.put("IsFulfilledByAmazon", o.fulfilledByAmazon());
            ObjectNode prime = n.putObject("PrimeInformation");
            prime.put("IsPrime", o.prime());
            prime.put("IsNationalPrime", o.prime());
            n.put("IsBuyBoxWinner", winner.map(w -> w.sellerId().equals(o.sellerId())).orElse(false));
            n.put("IsFeaturedMerchant", true);
        });
        return out;
    }

    /**
     * getCompetitiveSummary: the Buy Box winner featured for non-Prime shoppers, the best Prime
     * offer for Prime shoppers (the same offer when it is both), lowest new offers, reference prices.
     */
    void competitiveSummary(SimExchange ex) throws IOException {
        JsonNode body = ex.jsonBody();
        JsonNode requests = body == null ? null : body.get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty() || requests.size() > 20) {
            ex.sendError(400, "InvalidInput", "requests must hold between 1 and 20 items");
            return;
        }
        ObjectNode root = json.createObjectNode();
        ArrayNode responses = root.putArray("responses");
        for (JsonNode r : requests) {
            responses.add(summary(r));
        }
        ex.sendJson(200, root, Map.of());
    }

    private ObjectNode summary(JsonNode r) {
        ObjectNode out = json.createObjectNode();
        String asin = r.path("asin").asText("");
        List<SimOffer> offers = market.offers(asin);
        ObjectNode b = json.createObjectNode();
        b.put("asin", asin);
        b.put("marketplaceId", r.path("marketplaceId").asText(MARKETPLACE));
        if (!MARKETPLACE.equals(r.path("marketplaceId").asText()) || !r.path("includedData").isArray()
                || !"/products/pricing/2022-05-01/items/competitiveSummary".equals(r.path("uri").asText())) {
            status(out, 400, "Client Error");
            out.set("body", b);
            ObjectNode e = b.putArray("errors").addObject();
            e.put("code", "InvalidInput");
            e.put("message", "asin, marketplaceId, includedData, method and uri are required");
            return out;
        }
        if (offers.isEmpty()) {
            status(out, 400, "Client Error");
            out.set("body", b);
            ObjectNode e = b.putArray("errors").addObject();
            e.put("code", "INVALID_ASIN");
            e.put("message", asin + " is not a valid ASIN");
            return out;
        }
        status(out, 200, "Success");
        out.set("body", b);
        java.util.Set<String> included = new java.util.HashSet<>();
        r.get("includedData").forEach(n -> included.add(n.asText()));
        Optional<SimOffer> overall = BuyBoxRule.winner(offers);
        Optional<SimOffer> prime = BuyBoxRule.winner(offers.stream().filter(SimOffer::prime).toList());
        if (included.contains("featuredBuyingOptions")) {
            ObjectNode option = b.putArray("featuredBuyingOptions").addObject();
            option.put("buyingOptionType", "New");
            ArrayNode featured = option.putArray("segmentedFeaturedOffers");
            overall.ifPresent(w -> {
                ArrayNode segments = summaryOffer(featured.addObject(), w).putArray("featuredOfferSegments");
                segment(segments, "NON_PRIME", prime.isPresent() ? 60 : 100);
                if (prime.isPresent() && prime.get().equals(w)) {
                    segment(segments, "PRIME", 40);
                }
            });
            prime.filter(p -> overall.map(w -> !w.equals(p)).orElse(true)).ifPresent(p -> {
                ObjectNode o = summaryOffer(featured.addObject(), p);
                segment(o.putArray("featuredOfferSegments"), "PRIME", 40);
            });
        }
        if (included.contains("referencePrices")) {
            ArrayNode refs = b.putArray("referencePrices");
            overall.ifPresent(w -> {
                ObjectNode ref = refs.addObject();
                ref.put("name", "CompetitivePrice");
                money2022(ref, "price", w.landedPrice());
            });
        }
        if (included.contains("lowestPricedOffers")) {
            ObjectNode lowest = b.putArray("lowestPricedOffers").addObject();
            ObjectNode input = lowest.putObject("lowestPricedOffersInput");
            input.put("itemCondition", "New");
            input.put("offerType", "Consumer");
            ArrayNode list = lowest.putArray("offers");
            offers.stream().sorted(java.util.Comparator.comparing(SimOffer::landedPrice)).limit(20)
                    .forEach(o -> summaryOffer(list.addObject(), o));
        }
        return out;
    }

    private ObjectNode summaryOffer(ObjectNode n, SimOffer o) {
        n.put("sellerId", o.sellerId());
        n.put("condition", "New");
        n.put("subCondition", "New");
        n.put("fulfillmentType", o.fulfilledByAmazon() ? "AFN" : "MFN");
        money2022(n, "listingPrice", o.listingPrice());
        ObjectNode ship = n.putArray("shippingOptions").addObject();
        ship.put("shippingOptionType", "DEFAULT");
        money2022(ship, "price", o.shipping());
        n.putObject("primeDetails").put("eligibility", o.prime() ? "NATIONAL" : "NONE");
        return n;
    }

    private static void segment(ArrayNode segments, String membership, int weight) {
        ObjectNode s = segments.addObject();
        s.put("customerMembership", membership);
        ObjectNode details = s.putObject("segmentDetails");
        details.put("glanceViewWeightPercentage", weight);
    }

    /** getFeaturedOfferExpectedPriceBatch: up to 40 of our SKUs; per-SKU errors inside the 200. */
    void featuredOfferExpectedPrice(SimExchange ex) throws IOException {
        JsonNode body = ex.jsonBody();
        JsonNode requests = body == null ? null : body.get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty() || requests.size() > 40) {
            ex.sendError(400, "InvalidInput", "requests must hold between 1 and 40 items");
            return;
        }
        ObjectNode root = json.createObjectNode();
        ArrayNode responses = root.putArray("responses");
        for (JsonNode r : requests) {
            responses.add(foep(r));
        }
        ex.sendJson(200, root, Map.of());
    }

    private ObjectNode foep(JsonNode r) {
        ObjectNode out = json.createObjectNode();
        String sku = r.path("sku").asText(null);
        ObjectNode echo = out.putObject("request");
        echo.put("marketplaceId", r.path("marketplaceId").asText(null));
        echo.put("sku", sku);
        out.putObject("headers");
        if (!"/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice".equals(r.path("uri").asText())
                || !"GET".equals(r.path("method").asText()) || !MARKETPLACE.equals(r.path("marketplaceId").asText())
                || sku == null) {
            return failed(out, 400, "Client Error", "InvalidInput", "uri, method, marketplaceId and sku are required");
        }
        Optional<SimListing> listing = market.listing(sku);
        if (listing.isEmpty()) {
            return failed(out, 400, "Client Error", "INVALID_SKU",
                    "The requested SKU does not exist for the seller in the requested Amazon store.");
        }
        SimListing l = listing.get();
        List<SimOffer> offers = market.offers(l.asin());
        List<SimOffer> competitors = offers.stream().filter(o -> !o.sellerId().equals(market.sellerId())).toList();
        Optional<SimOffer> current = market.buyBox(l.asin());
        Optional<SimOffer> competing = BuyBoxRule.winner(competitors);
        status(out, 200, "Success");
        ObjectNode b = out.putObject("body");
        ObjectNode id = b.putObject("offerIdentifier");
        id.put("asin", l.asin());
        id.put("sku", sku);
        id.put("marketplaceId", MARKETPLACE);
        id.put("fulfillmentType", l.fulfilledByAmazon() ? "AFN" : "MFN");
        id.put("sellerId", market.sellerId());
        ObjectNode result = b.putArray("featuredOfferExpectedPriceResults").addObject();
        if (competing.isEmpty()) {
            result.put("resultStatus", "NO_COMPETING_OFFER");
        } else {
            // Under BuyBoxRule an FBA offer wins a tie against a merchant-fulfilled one.
            SimOffer c = competing.get();
            BigDecimal foep = l.fulfilledByAmazon() && !c.fulfilledByAmazon() ? c.landedPrice()
                    : c.landedPrice().subtract(new BigDecimal("0.01"));
            ObjectNode expected = result.putObject("featuredOfferExpectedPrice");
            money2022(expected, "listingPrice", foep.max(new BigDecimal("0.01")));
            result.put("resultStatus", "VALID_FOEP");
            featuredOffer(result, "competingFeaturedOffer", c, l.asin());
        }
        current.ifPresent(o -> featuredOffer(result, "currentFeaturedOffer", o, l.asin()));
        return out;
    }

    private void featuredOffer(ObjectNode parent, String field, SimOffer o, String asin) {
        ObjectNode f = parent.putObject(field);
        ObjectNode id = f.putObject("offerIdentifier");
        id.put("asin", asin);
        id.put("marketplaceId", MARKETPLACE);
        id.put("fulfillmentType", o.fulfilledByAmazon() ? "AFN" : "MFN");
        id.put("sellerId", o.sellerId());
        f.put("condition", "New");
        ObjectNode price = f.putObject("price");
        money2022(price, "listingPrice", o.listingPrice());
        money2022(price, "shippingPrice", o.shipping());
    }

    private static void money2022(ObjectNode parent, String field, BigDecimal amount) {
        ObjectNode m = parent.putObject(field);
        m.put("amount", amount);
        m.put("currencyCode", "USD");
    }

    private ObjectNode failed(ObjectNode out, int status, String reason, String code, String message) {
        status(out, status, reason);
        ObjectNode e = out.putObject("body").putArray("errors").addObject();
        e.put("code", code);
        e.put("message", message);
        return out;
    }

    private static void status(ObjectNode out, int code, String reason) {
        ObjectNode s = out.putObject("status");
        s.put("statusCode", code);
        s.put("reasonPhrase", reason);
    }

    private static void money(ObjectNode parent, String field, BigDecimal amount) {
        ObjectNode m = parent.putObject(field);
        m.put("CurrencyCode", "USD");
        m.put("Amount", amount);
    }
}
