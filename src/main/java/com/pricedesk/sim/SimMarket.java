package com.pricedesk.sim;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The state the simulator serves: our listings and every offer on their pages. Kept behind this
 * interface so that a richer market (competitors that react, sales, ads) can replace the simple one.
 * Implementations must be thread-safe: the server answers on several threads.
 */
public interface SimMarket {

    /** The simulated seller's id (merchant token). */
    String sellerId();

    List<SimListing> listings();

    Optional<SimListing> listing(String sellerSku);

    /** Every offer on the page of {@code asin}, ours included; empty when nobody sells it. */
    List<SimOffer> offers(String asin);

    /**
     * The Used-condition offers on the page of {@code asin} (ItemCondition=Used): other sellers'
     * used copies, which never win the new-condition Buy Box. None by default.
     */
    default List<SimOffer> usedOffers(String asin) {
        return List.of();
    }

    /** The Buy Box winner among {@link #offers(String)}, if any. */
    Optional<SimOffer> buyBox(String asin);

    /** Applies a price change to our listing; null min/max leave them unset. */
    void setPrice(String sellerSku, BigDecimal price, BigDecimal minimumPrice, BigDecimal maximumPrice);

    /** One price change of a feed: {@link #setPrice}'s arguments. */
    record PriceChange(String sellerSku, BigDecimal price, BigDecimal minimumPrice, BigDecimal maximumPrice) {
    }

    /** Applies a feed's price changes at once (a market that persists itself saves once, not per price). */
    default void setPrices(List<PriceChange> changes) {
        for (PriceChange c : changes) {
            setPrice(c.sellerSku(), c.price(), c.minimumPrice(), c.maximumPrice());
        }
    }

    /** What happened to our listing on a past day; empty when the market does not simulate days. */
    default Optional<SimDay> day(String sellerSku, LocalDate day) {
        return Optional.empty();
    }

    /** Our listing's stock by state and age; a still market has only its fixed quantity. */
    default SimStock stock(String sellerSku) {
        return SimStock.of(listing(sellerSku).map(SimListing::quantity).orElse(0));
    }

    /** The ASIN's Best Sellers Rank, when the market models sales. */
    default OptionalInt salesRank(String asin) {
        return OptionalInt.empty();
    }
}
