package com.pricedesk.app.economics;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;

/**
 * Where one SKU stands against its tier's minimum margin at its current price. When its economics
 * cannot be computed (missing weight, unknown category, no price), {@code problem} says why and the
 * figures are null.
 */
public record SkuMarginStatus(String sellerSku, Money price, BigDecimal marginPct, BigDecimal targetMarginPct,
                              Money breakEven, Money floor, boolean belowTarget, String problem) {

    public boolean known() {
        return problem == null;
    }
}
