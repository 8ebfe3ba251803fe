package com.pricedesk.store;

import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;

/** One row of cost_profile: every money component as amount + currency columns. */
public record CostProfileRow(String sellerSku,
                      BigDecimal purchaseAmount, String purchaseCurrency,
                      String freightBasis, BigDecimal freightAmount, String freightCurrency, int volumetricDivisor,
                      BigDecimal tariffPct, BigDecimal customsValueAmount, String customsValueCurrency,
                      BigDecimal packagingAmount, String packagingCurrency,
                      BigDecimal labelingAmount, String labelingCurrency,
                      BigDecimal prepAmount, String prepCurrency,
                      BigDecimal otherAmount, String otherCurrency,
                      BigDecimal inboundPlacementAmount, String inboundPlacementCurrency,
                      BigDecimal returnRatePct, BigDecimal unsellablePct, BigDecimal tacosPct,
                      BigDecimal storageMonths) {

    static CostProfileRow of(String sku, CostProfile p) {
        Money customs = p.customsValue();
        return new CostProfileRow(sku,
                p.purchase().amount(), code(p.purchase()),
                p.freightBasis().name(), p.freightRate().amount(), code(p.freightRate()), p.volumetricDivisor(),
                p.tariffPct(), customs == null ? null : customs.amount(), customs == null ? null : code(customs),
                p.packaging().amount(), code(p.packaging()),
                p.labeling().amount(), code(p.labeling()),
                p.prep().amount(), code(p.prep()),
                p.other().amount(), code(p.other()),
                p.inboundPlacement().amount(), code(p.inboundPlacement()),
                p.returnRatePct(), p.unsellablePct(), p.tacosPct(), p.storageMonths());
    }

    CostProfile toProfile() {
        return new CostProfile(
                money(purchaseAmount, purchaseCurrency),
                FreightBasis.valueOf(freightBasis), money(freightAmount, freightCurrency), volumetricDivisor,
                tariffPct, customsValueAmount == null ? null : money(customsValueAmount, customsValueCurrency),
                money(packagingAmount, packagingCurrency), money(labelingAmount, labelingCurrency),
                money(prepAmount, prepCurrency), money(otherAmount, otherCurrency),
                money(inboundPlacementAmount, inboundPlacementCurrency),
                returnRatePct, unsellablePct, tacosPct, storageMonths);
    }

    private static String code(Money m) {
        return m.currency().getCurrencyCode();
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.of(amount.stripTrailingZeros(), currency.trim());
    }
}
