package com.pricedesk.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * searchCatalogItems by ASIN with sales ranks. Ranks follow price within the market: a still market
 * has no sales, so the rank is a deterministic stand-in until the market model simulates demand.
 */
final class CatalogEndpoint implements SimEndpoint {
    private final SimMarket market;
    private final ObjectMapper json;

    CatalogEndpoint(SimMarket market, ObjectMapper json) {
        this.market = market;
        this.json = json;
    }

    @Override
    public void handle(SimExchange ex) throws IOException {
        List<String> ids = ex.queryList("identifiers");
        if (!PricingEndpoints.MARKETPLACE.equals(ex.query("marketplaceIds"))) {
            ex.sendError(400, "InvalidInput", "marketplaceIds must name exactly one valid marketplace");
            return;
        }
        if (ids.isEmpty() || ids.size() > 20 || !"ASIN".equals(ex.query("identifiersType"))) {
            ex.sendError(400, "InvalidInput", "identifiers (1 to 20) with identifiersType ASIN are required");
            return;
        }
        boolean ranks = ex.queryList("includedData").contains("salesRanks");
        ObjectNode out = json.createObjectNode();
        ArrayNode items = out.putArray("items");
        for (String asin : ids) {
            java.util.OptionalInt modelled = market.salesRank(asin);
            if (modelled.isEmpty() && market.offers(asin).isEmpty()) {
                continue;
            }
            ObjectNode item = items.addObject();
            item.put("asin", asin);
            if (ranks) {
                int rank = modelled.orElse(1 + Math.floorMod(asin.hashCode(), 90_000));
                ObjectNode byMarket = item.putArray("salesRanks").addObject();
                byMarket.put("marketplaceId", PricingEndpoints.MARKETPLACE);
                ObjectNode sub = byMarket.putArray("classificationRanks").addObject();
                sub.put("classificationId", "3743561");
                sub.put("title", "Kitchen Storage & Organization");
                sub.put("rank", 1 + rank / 40);
                ObjectNode main = byMarket.putArray("displayGroupRanks").addObject();
                main.put("websiteDisplayGroup", "home_garden_display_on_website");
                main.put("title", "Home & Kitchen");
                main.put("rank", rank);
            }
        }
        out.put("numberOfResults", items.size());
        ex.sendJson(200, out, Map.of());
    }
}
