package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.domain.market.ListingIssue;
import com.pricedesk.domain.market.ListingPrice;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.PriceSubmission;
import com.pricedesk.domain.market.PriceUpdate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** getListingsItem and the purchasable_offer patch of patchListingsItem. */
final class ListingsApi {
    private static final String INCLUDED = "summaries,attributes,issues,offers";
    /** searchListingsItems takes at most 20 identifiers. */
    private static final int SEARCH_IDENTIFIERS = 20;
    /**
     * Carries the approval queue's change id with a patch. The patch body has no free field for it
     * (Amazon validates every attribute against the product type), while an extra request header is
     * ignored by Amazon's gateway; the simulator records it to prove each change is sent at most once.
     */
    static final String CHANGE_ID_HEADER = "X-PriceDesk-Change-Id";

    private final SpApiTransport transport;
    private final String marketplaceId;
    private final String sellerId;
    private final ObjectMapper json = WireJson.mapper();

    ListingsApi(SpApiTransport transport, String marketplaceId, String sellerId) {
        this.transport = transport;
        this.marketplaceId = marketplaceId;
        this.sellerId = sellerId;
    }

    ListingPrice listing(String sku) {
        return toListingPrice(fetch(sku));
    }

    /**
     * searchListingsItems by SKU, 20 per call (5/s on Amazon's default plan: 100 listings a second
     * instead of getListingsItem's 5). SKUs with a comma cannot be listed in {@code identifiers} and
     * are read one by one; SKUs Amazon does not return are left out.
     */
    java.util.Map<String, ListingPrice> listings(List<String> skus) {
        java.util.Map<String, ListingPrice> out = new java.util.LinkedHashMap<>();
        List<String> batch = new java.util.ArrayList<>(SEARCH_IDENTIFIERS);
        for (String sku : new java.util.LinkedHashSet<>(skus)) {
            if (sku.indexOf(',') >= 0) {
                out.put(sku, listing(sku));
                continue;
            }
            batch.add(sku);
            if (batch.size() == SEARCH_IDENTIFIERS) {
                search(batch, out);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            search(batch, out);
        }
        return out;
    }

    private void search(List<String> skus, java.util.Map<String, ListingPrice> out) {
        StringBuilder ids = new StringBuilder();
        for (String sku : skus) {
            ids.append(ids.length() == 0 ? "" : ",").append(UrlPaths.encode(sku));
        }
        SpApiResponse response = transport.call(SpApiOperation.SEARCH_LISTINGS_ITEMS, "GET",
                "/listings/2021-08-01/items/" + UrlPaths.encode(sellerId) + "?marketplaceIds="
                        + UrlPaths.encode(marketplaceId) + "&identifiersType=SKU&identifiers=" + ids
                        + "&pageSize=" + SEARCH_IDENTIFIERS + "&includedData=" + INCLUDED, null);
        ListingsWire.SearchResults r = read(SpApiOperation.SEARCH_LISTINGS_ITEMS, response,
                ListingsWire.SearchResults.class);
        java.util.Set<String> asked = new java.util.HashSet<>(skus);
        if (r.items() != null) {
            for (ListingsWire.Item item : r.items()) {
                if (item.sku() != null && asked.contains(item.sku())) {
                    out.put(item.sku(), toListingPrice(item));
                }
            }
        }
    }

    /**
     * Read-modify-write: Amazon's replace swaps the whole purchasable_offer attribute, so every
     * entry and field we do not change (B2B offer, sale price, min/max) is sent back as it was.
     */
    PriceSubmission updatePrice(PriceUpdate update) {
        ListingsWire.Item item = fetch(update.sellerSku());
        ArrayNode offers = purchasableOffers(item).deepCopy();
        ObjectNode entry = ourEntry(offers);
        if (entry == null) {
            entry = offers.addObject();
            entry.put("marketplace_id", marketplaceId);
            entry.put("currency", "USD");
            entry.put("audience", "ALL");
        }
        entry.set("our_price", schedule(update.price()));
        if (update.minimumPrice() != null) {
            entry.set("minimum_seller_allowed_price", schedule(update.minimumPrice()));
        }
        if (update.maximumPrice() != null) {
            entry.set("maximum_seller_allowed_price", schedule(update.maximumPrice()));
        }
        String productType = item.summaries() == null ? null : item.summaries().stream()
                .filter(s -> marketplaceId.equals(s.marketplaceId())).map(ListingsWire.Summary::productType)
                .filter(t -> t != null).findFirst().orElse(null);
        // Amazon accepts the generic PRODUCT when only purchasable_offer is patched.
        ListingsWire.PatchRequest body = new ListingsWire.PatchRequest(productType == null ? "PRODUCT" : productType,
                List.of(new ListingsWire.Patch("replace", "/attributes/purchasable_offer", offers)));
        SpApiResponse response = transport.call(SpApiOperation.PATCH_LISTINGS_ITEM, "PATCH",
                itemPath(update.sellerSku()) + "&includedData=issues", write(body),
                update.changeId() == null ? java.util.Map.of()
                        : java.util.Map.of(CHANGE_ID_HEADER, Long.toString(update.changeId())));
        ListingsWire.SubmissionResponse r = read(SpApiOperation.PATCH_LISTINGS_ITEM, response,
                ListingsWire.SubmissionResponse.class);
        return toSubmission(update.sellerSku(), r);
    }

    PriceSubmission toSubmission(String sku, ListingsWire.SubmissionResponse r) {
        PriceSubmission.Status status;
        try {
            status = PriceSubmission.Status.valueOf(String.valueOf(r.status()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MarketplaceException(SpApiOperation.PATCH_LISTINGS_ITEM.operationId(), 200,
                    new MarketplaceError("UnknownStatus", "Amazon answered with status " + r.status()), null);
        }
        return new PriceSubmission(r.sku() != null ? r.sku() : sku, status, r.submissionId(), issues(r.issues()));
    }

    /**
     * One search with page size 1: proves the token, the seller id (Amazon answers 403 for someone
     * else's) and the Listings role in one cheap call.
     */
    int countListings() {
        SpApiResponse response = transport.call(SpApiOperation.SEARCH_LISTINGS_ITEMS, "GET",
                "/listings/2021-08-01/items/" + UrlPaths.encode(sellerId) + "?marketplaceIds="
                        + UrlPaths.encode(marketplaceId) + "&pageSize=1", null);
        ListingsWire.SearchResults r = read(SpApiOperation.SEARCH_LISTINGS_ITEMS, response,
                ListingsWire.SearchResults.class);
        return r.numberOfResults() == null ? 0 : r.numberOfResults();
    }

    private ListingsWire.Item fetch(String sku) {
        SpApiResponse response = transport.call(SpApiOperation.GET_LISTINGS_ITEM, "GET",
                itemPath(sku) + "&includedData=" + INCLUDED, null);
        return read(SpApiOperation.GET_LISTINGS_ITEM, response, ListingsWire.Item.class);
    }

    private String itemPath(String sku) {
        return "/listings/2021-08-01/items/" + UrlPaths.encode(sellerId) + "/" + UrlPaths.encode(sku)
                + "?marketplaceIds=" + UrlPaths.encode(marketplaceId);
    }

    ListingPrice toListingPrice(ListingsWire.Item item) {
        ListingsWire.Summary summary = item.summaries() == null ? null : item.summaries().stream()
                .filter(s -> marketplaceId.equals(s.marketplaceId())).findFirst().orElse(null);
        ObjectNode entry = ourEntry(purchasableOffers(item));
        ListingsWire.Offer live = item.offers() == null ? null : item.offers().stream()
                .filter(o -> marketplaceId.equals(o.marketplaceId()))
                .filter(o -> o.audience() == null || "ALL".equals(o.audience().value()))
                .findFirst().orElse(null);
        String currency = live != null && live.price() != null ? live.price().currencyCode()
                : entry != null && entry.hasNonNull("currency") ? entry.get("currency").asText() : "USD";
        return new ListingPrice(item.sku(),
                summary == null ? null : summary.asin(),
                summary == null ? null : summary.productType(),
                currency,
                entry == null ? null : scheduleValue(entry.get("our_price")),
                entry == null ? null : scheduleValue(entry.get("minimum_seller_allowed_price")),
                entry == null ? null : scheduleValue(entry.get("maximum_seller_allowed_price")),
                live == null || live.price() == null || live.price().amount() == null ? null
                        : new BigDecimal(live.price().amount()),
                summary == null || summary.status() == null ? List.of() : summary.status(),
                issues(item.issues()));
    }

    private static ArrayNode purchasableOffers(ListingsWire.Item item) {
        JsonNode attrs = item.attributes();
        JsonNode offers = attrs == null ? null : attrs.get("purchasable_offer");
        return offers instanceof ArrayNode a ? a : JsonNodeFactory.instance.arrayNode();
    }

    /** Our B2C entry for this marketplace: audience ALL (or unnamed, as older listings have it). */
    private ObjectNode ourEntry(ArrayNode offers) {
        for (JsonNode n : offers) {
            if (n instanceof ObjectNode o && marketplaceId.equals(o.path("marketplace_id").asText())
                    && (!o.hasNonNull("audience") || "ALL".equals(o.get("audience").asText()))) {
                return o;
            }
        }
        return null;
    }

    /** Money leaves are two arrays deep: [{"schedule":[{"value_with_tax":24.99}]}] (Q3). */
    static ArrayNode schedule(BigDecimal amount) {
        ArrayNode outer = JsonNodeFactory.instance.arrayNode();
        outer.addObject().putArray("schedule").addObject().put("value_with_tax", amount);
        return outer;
    }

    private static BigDecimal scheduleValue(JsonNode leaf) {
        JsonNode v = leaf == null ? null : leaf.path(0).path("schedule").path(0).get("value_with_tax");
        if (v == null || v.isNull()) {
            return null;
        }
        // Some listings carry the amount as a string; both must stay exact.
        return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
    }

    private static List<ListingIssue> issues(List<ListingsWire.Issue> issues) {
        return issues == null ? List.of()
                : issues.stream().map(i -> new ListingIssue(i.code(), i.message(), i.severity())).toList();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a listings request", e);
        }
    }

    private <T> T read(SpApiOperation op, SpApiResponse response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw MalformedResponse.of(op, response);
        }
    }
}
