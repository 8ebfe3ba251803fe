package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One SKU on one day as the history shows it: our price, the Buy Box and the cheapest competitor,
 * sales and traffic, rank, ads and stock. A field is null when that kind of data was not (yet) synced
 * for the day, which is not the same as zero.
 */
public record SkuDay(String sellerSku, LocalDate day, BigDecimal price, BigDecimal buyBoxPrice,
                     BigDecimal lowestCompetitorPrice, Integer units, Integer sessions, BigDecimal orderedSales,
                     Integer bsr, BigDecimal adSpend, BigDecimal adSales, Integer inventory,
                     BigDecimal feesPerUnit) {

    public SkuDay {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(day, "day");
    }

    /** Which columns a sync of one kind fills: each kind writes only its own, never blanking another's. */
    public enum Field { PRICE, BUY_BOX, SALES, BSR, ADS, INVENTORY, FEES }

    public static SkuDay empty(String sellerSku, LocalDate day) {
        return new SkuDay(sellerSku, day, null, null, null, null, null, null, null, null, null, null, null);
    }

    public SkuDay withPrice(BigDecimal p) {
        return new SkuDay(sellerSku, day, p, buyBoxPrice, lowestCompetitorPrice, units, sessions, orderedSales, bsr,
                adSpend, adSales, inventory, feesPerUnit);
    }

    public SkuDay withBuyBox(BigDecimal bb, BigDecimal lowest) {
        return new SkuDay(sellerSku, day, price, bb, lowest, units, sessions, orderedSales, bsr, adSpend, adSales,
                inventory, feesPerUnit);
    }

    public SkuDay withSales(int u, int s, BigDecimal sales) {
        return new SkuDay(sellerSku, day, price, buyBoxPrice, lowestCompetitorPrice, u, s, sales, bsr, adSpend,
                adSales, inventory, feesPerUnit);
    }

    public SkuDay withBsr(Integer rank) {
        return new SkuDay(sellerSku, day, price, buyBoxPrice, lowestCompetitorPrice, units, sessions, orderedSales,
                rank, adSpend, adSales, inventory, feesPerUnit);
    }

    public SkuDay withAds(BigDecimal spend, BigDecimal sales) {
        return new SkuDay(sellerSku, day, price, buyBoxPrice, lowestCompetitorPrice, units, sessions, orderedSales,
                bsr, spend, sales, inventory, feesPerUnit);
    }

    public SkuDay withInventory(Integer stock) {
        return new SkuDay(sellerSku, day, price, buyBoxPrice, lowestCompetitorPrice, units, sessions, orderedSales,
                bsr, adSpend, adSales, stock, feesPerUnit);
    }

    public SkuDay withFees(BigDecimal fees) {
        return new SkuDay(sellerSku, day, price, buyBoxPrice, lowestCompetitorPrice, units, sessions, orderedSales,
                bsr, adSpend, adSales, inventory, fees);
    }
}
