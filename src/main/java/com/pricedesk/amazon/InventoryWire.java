package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** FBA Inventory v1 getInventorySummaries bodies (camelCase). */
final class InventoryWire {
    private InventoryWire() {
    }

    record Response(@JsonProperty("payload") Payload payload,
                    @JsonProperty("pagination") Pagination pagination,
                    @JsonProperty("errors") List<ErrorWire.Error> errors) {
    }

    record Payload(@JsonProperty("inventorySummaries") List<Summary> inventorySummaries) {
    }

    record Pagination(@JsonProperty("nextToken") String nextToken) {
    }

    record Summary(@JsonProperty("asin") String asin,
                   @JsonProperty("fnSku") String fnSku,
                   @JsonProperty("sellerSku") String sellerSku,
                   @JsonProperty("totalQuantity") Integer totalQuantity,
                   @JsonProperty("lastUpdatedTime") String lastUpdatedTime,
                   @JsonProperty("inventoryDetails") Details details) {
    }

    record Details(@JsonProperty("fulfillableQuantity") Integer fulfillable,
                   @JsonProperty("inboundWorkingQuantity") Integer inboundWorking,
                   @JsonProperty("inboundShippedQuantity") Integer inboundShipped,
                   @JsonProperty("inboundReceivingQuantity") Integer inboundReceiving,
                   @JsonProperty("reservedQuantity") Reserved reserved) {
    }

    record Reserved(@JsonProperty("totalReservedQuantity") Integer total) {
    }
}
