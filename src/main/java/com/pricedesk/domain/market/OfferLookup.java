package com.pricedesk.domain.market;

import java.util.Optional;

/**
 * The answer for one SKU or ASIN of a batch: batch calls fail item by item, so one bad SKU must
 * not hide the offers of the other nineteen.
 */
public record OfferLookup(String requested, Optional<OfferSnapshot> snapshot, Optional<MarketplaceError> error) {

    public static OfferLookup found(String requested, OfferSnapshot snapshot) {
        return new OfferLookup(requested, Optional.of(snapshot), Optional.empty());
    }

    public static OfferLookup failed(String requested, MarketplaceError error) {
        return new OfferLookup(requested, Optional.empty(), Optional.of(error));
    }
}
