package com.pricedesk.app.grid;

import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.domain.money.Money;

/**
 * One stored edit of one price the seller sets (最低价, 封顶价, 常规售价): what it was and what it is now
 * (null: none set), whether the regular price now lies outside the seller's limits, and the SKU's row
 * recomputed (floor, ceiling, KPIs).
 */
public record PriceSettingEdit(String sellerSku, PriceSettingField field, Money before, Money after,
                               boolean regularOutsideLimits, SkuGridRow row) {
}
