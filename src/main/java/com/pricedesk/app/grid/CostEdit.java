package com.pricedesk.app.grid;

import com.pricedesk.domain.money.Money;

/** One stored edit of one cost field: what it was, what it is now, and the SKU's row recomputed. */
public record CostEdit(String sellerSku, EditableCost field, Money before, Money after, SkuGridRow row) {
}
