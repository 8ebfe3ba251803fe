package com.pricedesk.domain.market;

import java.time.Instant;

/** FBA stock of one SKU: what can sell now, what is on the way and what is held back. */
public record InventoryLevel(String sellerSku, String asin, String fnSku, int totalQuantity, int fulfillable,
                             int inbound, int reserved, Instant lastUpdated) {
}
