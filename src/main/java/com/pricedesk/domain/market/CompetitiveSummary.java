package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon's competitive summary of one ASIN (Pricing 2022-05-01): the featured offers per shopper
 * segment (there can be a Prime and a non-Prime winner), the lowest new offers and reference prices
 * (CompetitivePriceThreshold, CompetitivePrice, WasPrice). Amazon points repricers here when the v0
 * Buy Box flags look wrong (BRIEF Q7).
 */
public record CompetitiveSummary(String asin, List<FeaturedOffer> featuredOffers, List<MarketOffer> lowestNewOffers,
                                 Map<String, BigDecimal> referencePrices, Optional<MarketplaceError> error) {

    /** An offer featured for some shoppers; {@code segments} are PRIME, NON_PRIME or DEFAULT. */
    public record FeaturedOffer(String sellerId, BigDecimal listingPrice, BigDecimal shipping, boolean fulfilledByAmazon,
                                List<String> segments) {
        public FeaturedOffer {
            segments = List.copyOf(segments);
        }
    }

    public CompetitiveSummary {
        featuredOffers = List.copyOf(featuredOffers);
        lowestNewOffers = List.copyOf(lowestNewOffers);
        referencePrices = Map.copyOf(referencePrices);
    }

    public static CompetitiveSummary failed(String asin, MarketplaceError error) {
        return new CompetitiveSummary(asin, List.of(), List.of(), Map.of(), Optional.of(error));
    }
}
