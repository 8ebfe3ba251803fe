package com.pricedesk.store;

/** One (seller SKU, tag) pair. */
public record TagRow(String sellerSku, String tag) {
}
