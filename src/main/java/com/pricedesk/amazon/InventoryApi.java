package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.InventoryLevel;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** getInventorySummaries, every page; at most 50 SKUs per query. */
final class InventoryApi {
    static final int SKUS_PER_QUERY = 50;

    private final SpApiTransport transport;
    private final String marketplaceId;
    private final ObjectMapper json = WireJson.mapper();

    InventoryApi(SpApiTransport transport, String marketplaceId) {
        this.transport = transport;
        this.marketplaceId = marketplaceId;
    }

    List<InventoryLevel> inventory(List<String> skus) {
        List<InventoryLevel> out = new ArrayList<>();
        if (skus.isEmpty()) {
            pages(null, out);
            return out;
        }
        for (int from = 0; from < skus.size(); from += SKUS_PER_QUERY) {
            List<String> chunk = skus.subList(from, Math.min(skus.size(), from + SKUS_PER_QUERY));
            pages(String.join(",", chunk.stream().map(UrlPaths::encode).toList()), out);
        }
        return out;
    }

    private void pages(String encodedSkus, List<InventoryLevel> out) {
        String base = "/fba/inventory/v1/summaries?details=true&granularityType=Marketplace&granularityId="
                + UrlPaths.encode(marketplaceId) + "&marketplaceIds=" + UrlPaths.encode(marketplaceId)
                + (encodedSkus == null ? "" : "&sellerSkus=" + encodedSkus);
        String next = null;
        // nextToken expires after 30 s, so pages are fetched back to back.
        while (true) {
            String path = next == null ? base : base + "&nextToken=" + UrlPaths.encode(next);
            SpApiResponse response = transport.call(SpApiOperation.GET_INVENTORY_SUMMARIES, "GET", path, null);
            InventoryWire.Response r;
            try {
                r = json.readValue(response.body(), InventoryWire.Response.class);
            } catch (JsonProcessingException e) {
                throw MalformedResponse.of(SpApiOperation.GET_INVENTORY_SUMMARIES, response);
            }
            if (r.errors() != null && !r.errors().isEmpty()) {
                ErrorWire.Error e = r.errors().get(0);
                throw new MarketplaceException(SpApiOperation.GET_INVENTORY_SUMMARIES.operationId(), response.status(),
                        new MarketplaceError(e.code(), e.message()), null);
            }
            if (r.payload() != null && r.payload().inventorySummaries() != null) {
                r.payload().inventorySummaries().stream().map(InventoryApi::toLevel).forEach(out::add);
            }
            next = r.pagination() == null ? null : r.pagination().nextToken();
            if (next == null || next.isEmpty()) {
                return;
            }
        }
    }

    static InventoryLevel toLevel(InventoryWire.Summary s) {
        InventoryWire.Details d = s.details();
        int inbound = d == null ? 0 : n(d.inboundWorking()) + n(d.inboundShipped()) + n(d.inboundReceiving());
        return new InventoryLevel(s.sellerSku(), s.asin(), s.fnSku(), n(s.totalQuantity()),
                d == null ? 0 : n(d.fulfillable()), inbound,
                d == null || d.reserved() == null ? 0 : n(d.reserved().total()), instant(s.lastUpdatedTime()));
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
