package com.pricedesk.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * getListingsItem and patchListingsItem (Listings Items 2021-08-01) with the purchasable_offer
 * checks Amazon applies: top-level paths only (Q4) and money leaves two arrays deep (Q3).
 */
final class ListingsEndpoints {
    private static final Set<String> OPS = Set.of("add", "replace", "merge", "delete");

    private final SimMarket market;
    private final ObjectMapper json;
    private final SimStats stats;

    ListingsEndpoints(SimMarket market, ObjectMapper json, SimStats stats) {
        this.market = market;
        this.json = json;
        this.stats = stats;
    }

    /** Path: /listings/2021-08-01/items/{sellerId}/{sku}. */
    void get(SimExchange ex) throws IOException {
        Optional<SimListing> listing = locate(ex);
        if (listing.isEmpty()) {
            return;
        }
        List<String> included = ex.queryList("includedData");
        Set<String> parts = included.isEmpty() ? Set.of("summaries") : Set.copyOf(included);
        ex.sendJson(200, item(listing.get(), parts), Map.of());
    }

    /** One listings item with the {@code includedData} parts asked for, as getListingsItem and the search return it. */
    private ObjectNode item(SimListing l, Set<String> parts) {
        ObjectNode item = json.createObjectNode();
        item.put("sku", l.sellerSku());
        if (parts.contains("summaries")) {
            summary(item, l);
        }
        if (parts.contains("attributes")) {
            ObjectNode attrs = item.putObject("attributes");
            ObjectNode offer = attrs.putArray("purchasable_offer").addObject();
            offer.put("marketplace_id", PricingEndpoints.MARKETPLACE);
            offer.put("currency", "USD");
            offer.put("audience", "ALL");
            offer.set("our_price", schedule(l.price()));
            if (l.minimumPrice() != null) {
                offer.set("minimum_seller_allowed_price", schedule(l.minimumPrice()));
            }
            if (l.maximumPrice() != null) {
                offer.set("maximum_seller_allowed_price", schedule(l.maximumPrice()));
            }
            ObjectNode condition = attrs.putArray("condition_type").addObject();
            condition.put("value", "new_new");
            condition.put("marketplace_id", PricingEndpoints.MARKETPLACE);
        }
        if (parts.contains("issues")) {
            ArrayNode issues = item.putArray("issues");
            if (l.minimumPrice() != null && l.price().compareTo(l.minimumPrice()) < 0) {
                ObjectNode i = issues.addObject();
                i.put("code", "18155");
                i.put("message", "The 'minimum price' is greater than the selling price (excluding shipping) for "
                        + "the listing. Review and update your price and/or minimum price.");
                i.put("severity", "ERROR");
                i.putArray("attributeNames").add("minimum_seller_allowed_price");
                i.putArray("categories").add("INVALID_PRICE");
            }
        }
        if (parts.contains("offers")) {
            ObjectNode o = item.putArray("offers").addObject();
            o.put("marketplaceId", PricingEndpoints.MARKETPLACE);
            o.put("offerType", "B2C");
            ObjectNode price = o.putObject("price");
            price.put("currencyCode", "USD");
            price.put("amount", l.price().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            ObjectNode audience = o.putObject("audience");
            audience.put("value", "ALL");
            audience.put("displayName", "Sell on Amazon");
        }
        if (parts.contains("fulfillmentAvailability")) {
            ObjectNode f = item.putArray("fulfillmentAvailability").addObject();
            f.put("fulfillmentChannelCode", l.fulfilledByAmazon() ? "AMAZON_NA" : "DEFAULT");
            f.put("quantity", l.quantity());
        }
        return item;
    }

    /** Path: /listings/2021-08-01/items/{sellerId}; summaries of our listings, pageSize (at most 20) at a time. */
    void search(SimExchange ex) throws IOException {
        if (!market.sellerId().equals(ex.path().get(3))) {
            ex.sendError(403, "Unauthorized", "Access to requested resource is denied.");
            return;
        }
        if (!ex.queryList("marketplaceIds").contains(PricingEndpoints.MARKETPLACE)) {
            ex.sendError(400, "InvalidInput", "marketplaceIds is required and must include a valid marketplace");
            return;
        }
        int pageSize;
        try {
            pageSize = ex.query("pageSize") == null ? 10 : Integer.parseInt(ex.query("pageSize"));
        } catch (NumberFormatException e) {
            pageSize = -1;
        }
        if (pageSize < 1 || pageSize > 20) {
            ex.sendError(400, "InvalidInput", "pageSize must be between 1 and 20");
            return;
        }
        List<String> identifiers = ex.queryList("identifiers");
        String identifiersType = ex.query("identifiersType");
        if (!identifiers.isEmpty() || identifiersType != null) {
            // Amazon: identifiers (at most 20) need identifiersType, and this simulator knows SKUs.
            if (identifiers.isEmpty() || !"SKU".equals(identifiersType)) {
                ex.sendError(400, "InvalidInput", "identifiers and identifiersType=SKU must be given together");
                return;
            }
            if (identifiers.size() > 20) {
                ex.sendError(400, "InvalidInput", "identifiers must contain at most 20 values");
                return;
            }
            List<String> included = ex.queryList("includedData");
            Set<String> parts = included.isEmpty() ? Set.of("summaries") : Set.copyOf(included);
            ObjectNode out = json.createObjectNode();
            ArrayNode items = out.putArray("items");
            int found = 0;
            for (String sku : identifiers) {
                Optional<SimListing> l = market.listing(sku);
                if (l.isPresent()) {
                    items.add(item(l.get(), parts));
                    found++;
                }
            }
            out.put("numberOfResults", found);
            ex.sendJson(200, out, Map.of());
            return;
        }
        List<SimListing> all = market.listings();
        ObjectNode out = json.createObjectNode();
        out.put("numberOfResults", all.size());
        ArrayNode items = out.putArray("items");
        for (SimListing l : all.subList(0, Math.min(pageSize, all.size()))) {
            ObjectNode item = items.addObject();
            item.put("sku", l.sellerSku());
            summary(item, l);
        }
        ex.sendJson(200, out, Map.of());
    }

    private static void summary(ObjectNode item, SimListing l) {
        ObjectNode s = item.putArray("summaries").addObject();
        s.put("marketplaceId", PricingEndpoints.MARKETPLACE);
        s.put("asin", l.asin());
        s.put("productType", l.productType());
        s.put("conditionType", "new_new");
        ArrayNode status = s.putArray("status");
        if (l.quantity() > 0) {
            status.add("BUYABLE");
        }
        status.add("DISCOVERABLE");
        s.put("itemName", l.title());
        s.put("createdDate", "2025-01-15T00:00:00Z");
        s.put("lastUpdatedDate", "2026-01-15T00:00:00Z");
    }

    void patch(SimExchange ex) throws IOException {
        Optional<SimListing> listing = locate(ex);
        if (listing.isEmpty()) {
            return;
        }
        JsonNode body = ex.jsonBody();
        if (body == null || !body.hasNonNull("productType") || !body.path("patches").isArray()
                || body.path("patches").isEmpty()) {
            ex.sendError(400, "InvalidInput", "The request body must have productType and at least one patch");
            return;
        }
        JsonNode patches = body.get("patches");
        BigDecimal[] prices = null;
        for (int i = 0; i < patches.size(); i++) {
            JsonNode p = patches.get(i);
            String path = p.path("path").asText();
            if (!OPS.contains(p.path("op").asText()) || !path.matches("/attributes/[a-z0-9_]+")) {
                ex.sendError(400, "InvalidInput", "Invalid path provided in patch at index of " + i);
                return;
            }
            if (path.equals("/attributes/purchasable_offer") && p.path("op").asText().equals("replace")) {
                prices = ourPrices(p.get("value"));
                if (prices == null) {
                    submission(ex, listing.get().sellerSku(), "INVALID", List.<String[]>of(new String[] {"4000001",
                            "The provided value for 'purchasable_offer' is invalid."}));
                    return;
                }
            }
        }
        if ("VALIDATION_PREVIEW".equals(ex.query("mode"))) {
            submission(ex, listing.get().sellerSku(), "VALID", List.of());
            return;
        }
        String changeId = ex.header("X-PriceDesk-Change-Id");
        if (changeId != null && changeId.matches("[0-9]{1,18}")) {
            stats.sawChangeId(Long.parseLong(changeId));
        }
        if (prices != null && ex.applyWrites()) {
            market.setPrice(listing.get().sellerSku(), prices[0], prices[1], prices[2]);
            stats.countApplied(SimOperation.PATCH_LISTINGS_ITEM);
        }
        submission(ex, listing.get().sellerSku(), "ACCEPTED", List.of());
    }

    /** Our price, min and max from a purchasable_offer value, or null when its shape is wrong. */
    static BigDecimal[] ourPrices(JsonNode value) {
        if (value == null || !value.isArray()) {
            return null;
        }
        for (JsonNode entry : value) {
            if (!PricingEndpoints.MARKETPLACE.equals(entry.path("marketplace_id").asText())) {
                continue;
            }
            if (entry.hasNonNull("audience") && !"ALL".equals(entry.get("audience").asText())) {
                continue;
            }
            BigDecimal price = leaf(entry.get("our_price"));
            if (price == null || price.signum() <= 0) {
                return null;
            }
            BigDecimal min = entry.has("minimum_seller_allowed_price")
                    ? leaf(entry.get("minimum_seller_allowed_price")) : null;
            BigDecimal max = entry.has("maximum_seller_allowed_price")
                    ? leaf(entry.get("maximum_seller_allowed_price")) : null;
            if ((entry.has("minimum_seller_allowed_price") && min == null)
                    || (entry.has("maximum_seller_allowed_price") && max == null)) {
                return null;
            }
            return new BigDecimal[] {price, min, max};
        }
        return null;
    }

    private static BigDecimal leaf(JsonNode node) {
        JsonNode v = node == null ? null : node.path(0).path("schedule").path(0).get("value_with_tax");
        if (v == null || !(v.isNumber() || v.isTextual())) {
            return null;
        }
        try {
            return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void submission(SimExchange ex, String sku, String status, List<String[]> issues) throws IOException {
        ObjectNode out = json.createObjectNode();
        out.put("sku", sku);
        out.put("status", status);
        out.put("submissionId", UUID.randomUUID().toString());
        ArrayNode list = out.putArray("issues");
        for (String[] i : issues) {
            ObjectNode n = list.addObject();
            n.put("code", i[0]);
            n.put("message", i[1]);
            n.put("severity", "ERROR");
            n.putArray("attributeNames").add("purchasable_offer");
            n.putArray("categories").add("INVALID_ATTRIBUTE");
        }
        ex.sendJson(200, out, Map.of());
    }

    /** Checks seller id, marketplace and SKU; answers the error itself and returns empty when one is wrong. */
    private Optional<SimListing> locate(SimExchange ex) throws IOException {
        List<String> path = ex.path();
        if (path.size() != 5) {
            ex.sendError(404, "NotFound", "Resource not found");
            return Optional.empty();
        }
        if (!market.sellerId().equals(path.get(3))) {
            ex.sendError(403, "Unauthorized", "Access to requested resource is denied.");
            return Optional.empty();
        }
        if (!ex.queryList("marketplaceIds").contains(PricingEndpoints.MARKETPLACE)) {
            ex.sendError(400, "InvalidInput", "marketplaceIds is required and must include a valid marketplace");
            return Optional.empty();
        }
        Optional<SimListing> listing = market.listing(path.get(4));
        if (listing.isEmpty()) {
            ex.sendError(404, "NOT_FOUND", "SKU '" + path.get(4) + "' not found in marketplace "
                    + PricingEndpoints.MARKETPLACE);
        }
        return listing;
    }

    private ArrayNode schedule(BigDecimal amount) {
        ArrayNode outer = json.createArrayNode();
        outer.addObject().putArray("schedule").addObject().put("value_with_tax", amount);
        return outer;
    }
}
