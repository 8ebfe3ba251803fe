package com.pricedesk.domain.port;

import com.pricedesk.domain.money.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices the rules engine refers to beside the market: the seller's regular price per SKU (常规售价,
 * what "restore the regular price" returns to) and Amazon's maximum seller-allowed price of our offer
 * (the listing maximum, a bound of the ceiling), as last read from the listing.
 */
public interface ReferencePriceRepository {
    /** Regular prices of those of {@code sellerSkus} that have one. */
    Map<String, Money> regularPrices(Collection<String> sellerSkus);

    /** Sets the SKU's regular price, or clears it when {@code price} is empty. */
    void saveRegularPrice(String sellerSku, Optional<Money> price, Instant at);

    /** Listing maxima of those of {@code sellerSkus} whose listing has one (read without one: left out). */
    Map<String, Money> listingMaxima(Collection<String> sellerSkus);

    /** Records what the listings said at {@code readAt}: a maximum, or none (empty). */
    void recordListingMaxima(Map<String, Optional<Money>> maxBySku, Instant readAt);

    /** Up to {@code limit} of {@code sellerSkus} whose listing maximum is due: never read first, then the oldest read. */
    List<String> listingMaximaDue(Collection<String> sellerSkus, int limit);

    /** No reference prices at all (tests, and services built without a workspace). */
    ReferencePriceRepository NONE = new ReferencePriceRepository() {
        @Override
        public Map<String, Money> regularPrices(Collection<String> sellerSkus) {
            return Map.of();
        }

        @Override
        public void saveRegularPrice(String sellerSku, Optional<Money> price, Instant at) {
            throw new UnsupportedOperationException("no workspace");
        }

        @Override
        public Map<String, Money> listingMaxima(Collection<String> sellerSkus) {
            return Map.of();
        }

        @Override
        public void recordListingMaxima(Map<String, Optional<Money>> maxBySku, Instant readAt) {
        }

        @Override
        public List<String> listingMaximaDue(Collection<String> sellerSkus, int limit) {
            return List.of();
        }
    };
}
