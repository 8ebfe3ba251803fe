package com.pricedesk.domain.port;

import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.market.SkuDay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The demo workspace's simulated marketplace, run inside this process on a loopback port. PriceDesk
 * talks to it only through the real client with the account it hands out; the market itself is kept
 * in the workspace apart from PriceDesk's tables.
 */
public interface SimulatedMarketplace {

    /** One of our products as the simulated market starts with it. */
    record Listing(String sellerSku, String asin, String title, BigDecimal price, boolean fulfilledByAmazon,
                   int quantity) {
    }

    /**
     * Starts the simulator, resuming the saved market when there is one, else creating it from the
     * seed and listings with {@code firstDay} as its first day. Returns the account to connect with.
     */
    AmazonAccount start(long seed, List<Listing> listings, LocalDate firstDay);

    /** True when a saved market exists in the workspace. */
    boolean hasSavedMarket();

    /** Lives the market fast through every day up to yesterday, handing over each day's rows. */
    default void backfill(Consumer<List<SkuDay>> perDay) {
        backfill(perDay, PastPricing.UNCHANGED);
    }

    /**
     * The same, with our prices moved after each day as {@code pricing} says: the seller's own habit
     * before PriceDesk, so the history does not show a shop that never touched its prices.
     */
    void backfill(Consumer<List<SkuDay>> perDay, PastPricing pricing);

    /** How the seller moved a price by hand after one lived day (asked per SKU and day). */
    @FunctionalInterface
    interface PastPricing {
        PastPricing UNCHANGED = (day, weHeldBuyBox) -> Optional.empty();

        /** The price listed from the next day on, or empty to keep {@code day.price()}. */
        Optional<BigDecimal> after(SkuDay day, boolean weHeldBuyBox);
    }

    /** The Ads account of the running simulator, if it is running. */
    Optional<AdsAccount> adsAccount();

    /** True when {@code account} points at this running simulator. */
    boolean serves(AmazonAccount account);

    /** Stops the simulator and deletes its saved market, for a demo built anew. */
    void reset();

    void stop();
}
