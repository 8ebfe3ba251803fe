package com.pricedesk.app.insight;

import com.pricedesk.app.economics.SkuQuote;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.market.SkuDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the SKU detail screen shows for one SKU: the catalogue entry, its unit economics at the
 * current price (or why they are unknown), and its daily history with the trends derived from it.
 */
public record SkuDetail(Sku sku, Optional<SkuQuote> quote, Optional<String> economicsProblem, LocalDate from,
                        LocalDate to, List<SkuDay> history, List<SkuTrendPoint> trend) {
    public SkuDetail {
        history = List.copyOf(history);
        trend = List.copyOf(trend);
    }
}
