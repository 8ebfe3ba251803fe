package com.pricedesk.domain.port;

import com.pricedesk.domain.money.Money;
import java.util.Map;
import java.util.Optional;

/** Our current listing price per seller SKU (USD). */
public interface PriceRepository {
    Optional<Money> currentPrice(String sellerSku);

    Map<String, Money> currentPrices();

    void saveAll(Map<String, Money> prices);
}
