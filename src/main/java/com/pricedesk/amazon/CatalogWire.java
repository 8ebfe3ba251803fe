package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Catalog Items 2022-04-01 search results, sales ranks only. */
final class CatalogWire {
    private CatalogWire() {
    }

    record SearchResults(@JsonProperty("numberOfResults") Integer numberOfResults,
                         @JsonProperty("items") List<Item> items) {
    }

    record Item(@JsonProperty("asin") String asin, @JsonProperty("salesRanks") List<SalesRanks> salesRanks) {
    }

    record SalesRanks(@JsonProperty("marketplaceId") String marketplaceId,
                      @JsonProperty("classificationRanks") List<Rank> classificationRanks,
                      @JsonProperty("displayGroupRanks") List<Rank> displayGroupRanks) {
    }

    /** Classification and display-group ranks share the fields we read. */
    record Rank(@JsonProperty("title") String title, @JsonProperty("rank") Integer rank) {
    }
}
