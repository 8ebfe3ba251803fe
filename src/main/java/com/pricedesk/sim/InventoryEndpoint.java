package com.pricedesk.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** getInventorySummaries (FBA Inventory v1): FBA listings only, 50 per page with a nextToken. */
final class InventoryEndpoint implements SimEndpoint {
    static final int PAGE_SIZE = 50;

    private final SimMarket market;
    private final ObjectMapper json;
    private final Clock clock;

    InventoryEndpoint(SimMarket market, ObjectMapper json, Clock clock) {
        this.market = market;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void handle(SimExchange ex) throws IOException {
        if (!"Marketplace".equals(ex.query("granularityType"))
                || !PricingEndpoints.MARKETPLACE.equals(ex.query("granularityId"))
                || !ex.queryList("marketplaceIds").contains(PricingEndpoints.MARKETPLACE)) {
            ex.sendError(400, "InvalidInput", "granularityType, granularityId and marketplaceIds are required");
            return;
        }
        List<String> skus = ex.queryList("sellerSkus");
        if (skus.size() > 50) {
            ex.sendError(400, "InvalidInput", "sellerSkus accepts at most 50 SKUs");
            return;
        }
        int offset = 0;
        String next = ex.query("nextToken");
        if (next != null) {
            try {
                offset = Integer.parseInt(new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                ex.sendError(400, "InvalidInput", "Invalid nextToken");
                return;
            }
        }
        List<SimListing> all = market.listings().stream().filter(SimListing::fulfilledByAmazon)
                .filter(l -> skus.isEmpty() || skus.contains(l.sellerSku())).toList();
        boolean details = "true".equals(ex.query("details"));
        ObjectNode root = json.createObjectNode();
        ObjectNode payload = root.putObject("payload");
        ObjectNode granularity = payload.putObject("granularity");
        granularity.put("granularityType", "Marketplace");
        granularity.put("granularityId", PricingEndpoints.MARKETPLACE);
        ArrayNode list = payload.putArray("inventorySummaries");
        int end = Math.min(all.size(), offset + PAGE_SIZE);
        for (SimListing l : all.subList(Math.min(offset, all.size()), end)) {
            ObjectNode s = list.addObject();
            s.put("asin", l.asin());
            s.put("fnSku", "X00" + Integer.toHexString(l.sellerSku().hashCode()).toUpperCase());
            s.put("sellerSku", l.sellerSku());
            s.put("condition", "NewItem");
            s.put("lastUpdatedTime", clock.instant().toString());
            s.put("productName", l.title());
            SimStock stock = market.stock(l.sellerSku());
            s.put("totalQuantity", stock.total());
            if (details) {
                ObjectNode d = s.putObject("inventoryDetails");
                d.put("fulfillableQuantity", stock.fulfillable());
                d.put("inboundWorkingQuantity", 0);
                d.put("inboundShippedQuantity", stock.inbound());
                d.put("inboundReceivingQuantity", 0);
                d.putObject("reservedQuantity").put("totalReservedQuantity", stock.reserved());
            }
        }
        if (end < all.size()) {
            root.putObject("pagination").put("nextToken",
                    Base64.getUrlEncoder().encodeToString(Integer.toString(end).getBytes(StandardCharsets.UTF_8)));
        }
        ex.sendJson(200, root, Map.of());
    }
}
