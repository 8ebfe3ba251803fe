package com.pricedesk.app.insight;

import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.app.economics.SkuQuote;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.SkuRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Reads one SKU for the detail screen: catalogue entry, unit economics and history over a range of days. */
public final class SkuDetailService {
    private final SkuRepository skus;
    private final EconomicsService economics;
    private final MarketSnapshotRepository history;
    private final Clock clock;

    public SkuDetailService(SkuRepository skus, EconomicsService economics, MarketSnapshotRepository history,
                            Clock clock) {
        this.skus = skus;
        this.economics = economics;
        this.history = history;
        this.clock = clock;
    }

    /** The SKU with the last {@code days} days of history (history days are UTC dates, as synced). */
    public SkuDetail detail(String sellerSku, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("The range must be at least one day, was " + days);
        }
        Sku sku = skus.find(sellerSku).orElseThrow(() -> new IllegalArgumentException("Unknown SKU '" + sellerSku + "'"));
        LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = to.minusDays(days - 1L);
        List<SkuDay> rows = history.history(sellerSku, from, to);
        Optional<SkuQuote> quote;
        Optional<String> problem;
        try {
            quote = Optional.of(quoteAtCurrentPrice(sellerSku, rows));
            problem = Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // No costs, no price or no exchange rate: the history is still worth seeing.
            quote = Optional.empty();
            problem = Optional.of(e.getMessage());
        }
        return new SkuDetail(sku, quote, problem, from, to, rows,
                SkuTrends.of(rows, quote.map(SkuQuote::economics)));
    }

    /**
     * At the current price, as the grid and the engine quote it: the latest known (confirmed after a change,
     * or seen on Amazon by the offers sync since, see PriceRepository); the latest synced day's price when
     * the workspace has none.
     */
    private SkuQuote quoteAtCurrentPrice(String sellerSku, List<SkuDay> rows) {
        try {
            return economics.quote(sellerSku, Optional.empty(), economics.today());
        } catch (IllegalArgumentException noCurrentPrice) {
            Optional<com.pricedesk.domain.money.Money> day = listedPrice(rows);
            if (day.isEmpty()) {
                throw noCurrentPrice;
            }
            return economics.quote(sellerSku, day, economics.today());
        }
    }

    /** Our price on the latest synced day of {@code rows}, if any day has one. */
    private static Optional<com.pricedesk.domain.money.Money> listedPrice(List<SkuDay> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).price() != null) {
                return Optional.of(com.pricedesk.domain.money.Money.usd(rows.get(i).price()));
            }
        }
        return Optional.empty();
    }
}
