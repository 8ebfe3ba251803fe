package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.SalesRank;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** searchCatalogItems by ASIN (20 per call) for Best Sellers Ranks. */
final class CatalogApi {
    static final int BATCH_SIZE = 20;

    private final SpApiTransport transport;
    private final String marketplaceId;
    private final ObjectMapper json = WireJson.mapper();

    CatalogApi(SpApiTransport transport, String marketplaceId) {
        this.transport = transport;
        this.marketplaceId = marketplaceId;
    }

    List<SalesRank> salesRanks(List<String> asins) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(asins));
        List<SalesRank> out = new ArrayList<>();
        for (int from = 0; from < unique.size(); from += BATCH_SIZE) {
            List<String> chunk = unique.subList(from, Math.min(unique.size(), from + BATCH_SIZE));
            String path = "/catalog/2022-04-01/items?identifiersType=ASIN&identifiers="
                    + String.join(",", chunk.stream().map(UrlPaths::encode).toList())
                    + "&marketplaceIds=" + UrlPaths.encode(marketplaceId) + "&includedData=salesRanks&pageSize=20";
            SpApiResponse response = transport.call(SpApiOperation.SEARCH_CATALOG_ITEMS, "GET", path, null);
            CatalogWire.SearchResults r;
            try {
                r = json.readValue(response.body(), CatalogWire.SearchResults.class);
            } catch (JsonProcessingException e) {
                throw MalformedResponse.of(SpApiOperation.SEARCH_CATALOG_ITEMS, response);
            }
            if (r.items() != null) {
                r.items().forEach(item -> out.add(toRank(item)));
            }
        }
        return out;
    }

    SalesRank toRank(CatalogWire.Item item) {
        CatalogWire.SalesRanks ranks = item.salesRanks() == null ? null : item.salesRanks().stream()
                .filter(s -> marketplaceId.equals(s.marketplaceId())).findFirst().orElse(null);
        if (ranks == null) {
            return new SalesRank(item.asin(), Optional.empty(), List.of());
        }
        Optional<SalesRank.Rank> main = ranks.displayGroupRanks() == null ? Optional.empty()
                : ranks.displayGroupRanks().stream().filter(g -> g.rank() != null)
                .map(g -> new SalesRank.Rank(g.title(), g.rank())).findFirst();
        List<SalesRank.Rank> subs = ranks.classificationRanks() == null ? List.of()
                : ranks.classificationRanks().stream().filter(c -> c.rank() != null)
                .map(c -> new SalesRank.Rank(c.title(), c.rank())).toList();
        return new SalesRank(item.asin(), main, subs);
    }
}
