package com.pricedesk.app.repricing;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.ReferencePriceRepository;
import com.pricedesk.domain.rules.SkuFacts;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The market facts with the reference prices filled in: the seller's regular price and Amazon's
 * listing maximum, each read once for the whole call (only the SKUs asked for) and merged per SKU. A SKU without a market
 * snapshot still gets them (its facts stay otherwise unknown, so the stale-data guard holds it).
 * Wraps the market source, so the engine, the grid and the KPIs see the same facts.
 */
public final class ReferencePriceFacts implements MarketFactsSource {
    private final MarketFactsSource market;
    private final ReferencePriceRepository references;

    public ReferencePriceFacts(MarketFactsSource market, ReferencePriceRepository references) {
        this.market = market;
        this.references = references;
    }

    @Override
    public Map<String, SkuFacts> latest(Collection<String> sellerSkus) {
        Map<String, SkuFacts> facts = market.latest(sellerSkus);
        Map<String, Money> regular = references.regularPrices(sellerSkus);
        Map<String, Money> listingMax = references.listingMaxima(sellerSkus);
        if (regular.isEmpty() && listingMax.isEmpty()) {
            return facts;
        }
        Map<String, SkuFacts> out = new HashMap<>(facts);
        for (String sku : sellerSkus) {
            Money r = regular.get(sku);
            Money m = listingMax.get(sku);
            if (r == null && m == null) {
                continue;
            }
            SkuFacts f = facts.get(sku);
            out.put(sku, with(f != null ? f : SkuFacts.unknown(sku, ""), r, m));
        }
        return out;
    }

    /** {@code f} with the regular price and listing maximum given, where the market did not know them. */
    static SkuFacts with(SkuFacts f, Money regular, Money listingMax) {
        Optional<Money> r = f.regularPrice().or(() -> Optional.ofNullable(regular));
        Optional<Money> m = f.listingMaxPrice().or(() -> Optional.ofNullable(listingMax));
        return new SkuFacts(f.sellerSku(), f.ownSellerId(), f.snapshotAt(), f.ourPrice(), r, f.buyBoxPrice(),
                f.weHoldBuyBox(), f.offers(), f.offerCount(), f.bsr(), f.bsrChange7dPct(), f.daysOfCover(),
                f.inventoryAgeDays(), f.conversionPct(), f.acosPct(), f.tacosPct(), f.buyBoxSharePct(),
                f.landedCost(), m, f.recentChanges());
    }
}
