package com.pricedesk.sim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

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

    /** The Buy Box winner among {@link #offers(String)}, if any. */
    Optional<SimOffer> buyBox(String asin);

    /** Applies a price change to our listing; null min/max leave them unset. */
    void setPrice(String sellerSku, BigDecimal price, BigDecimal minimumPrice, BigDecimal maximumPrice);
}
