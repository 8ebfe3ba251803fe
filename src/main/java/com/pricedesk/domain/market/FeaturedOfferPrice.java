package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Amazon's featured offer expected price (FOEP) for one of our SKUs: the listing price at or below
 * which the offer can expect to win the Buy Box, before promotions. {@code resultStatus} is Amazon's
 * (VALID_FOEP, NO_COMPETING_OFFER, OFFER_NOT_ELIGIBLE, ...; more may come), so it stays a string.
 */
public record FeaturedOfferPrice(
        String sellerSku,
        String resultStatus,
        Optional<BigDecimal> expectedPrice,
        Optional<BigDecimal> currentFeaturedPrice,
        Optional<String> currentFeaturedSellerId,
        Optional<BigDecimal> competingFeaturedPrice,
        Optional<MarketplaceError> error) {

    public static FeaturedOfferPrice failed(String sellerSku, MarketplaceError error) {
        return new FeaturedOfferPrice(sellerSku, null, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(error));
    }
}
