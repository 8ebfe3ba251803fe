package com.pricedesk.domain.port;

import com.pricedesk.domain.money.Money;
import java.util.Map;
import java.util.Optional;

/**
 * Our current listing price per seller SKU (USD): the latest we know, whether we confirmed it after sending
 * a change ({@link #saveAll}) or the offers sync saw it on Amazon later (a change made in Seller Central or
 * by another tool): the offers writer adopts a newer listed price in the same transaction.
 */
public interface PriceRepository {
    Optional<Money> currentPrice(String sellerSku);

    Map<String, Money> currentPrices();

    /** Saves prices as known now (confirmed on Amazon, or the catalogue's opening prices). */
    void saveAll(Map<String, Money> prices);
}
