package com.pricedesk.domain.port;

import com.pricedesk.domain.market.InventoryAge;
import com.pricedesk.domain.market.InventoryLevel;
import com.pricedesk.domain.market.OfferSnapshot;
import com.pricedesk.domain.market.PortfolioDay;
import com.pricedesk.domain.market.SkuDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Market history in the workspace. Snapshots are keyed by SKU and as-of time, so storing the same
 * observation twice leaves one row; daily rows are keyed by SKU and day and each sync kind fills
 * only its own columns.
 */
public interface MarketSnapshotRepository {

    /** Stores offer snapshots as of {@code asOf} (one per SKU and as-of time; a repeat replaces). */
    void saveOffers(Instant asOf, Collection<OfferSnapshot> snapshots, String ourSellerId);

    /** Stores FBA stock as of {@code asOf}, with ages when known (by SKU). */
    void saveInventory(Instant asOf, Collection<InventoryLevel> levels, Map<String, InventoryAge> ages);

    /** Writes the given fields of the daily rows, creating rows that do not exist yet. */
    void mergeDays(Collection<SkuDay> days, Set<SkuDay.Field> fields);

    /**
     * Adds whole daily rows that do not exist yet (a backfill into days never synced): much faster
     * than {@link #mergeDays}, and it fails, storing none of them, when one of the rows exists.
     */
    void insertNewDays(Collection<SkuDay> days);

    /** A SKU's daily rows from {@code from} to {@code to} inclusive, oldest first. */
    List<SkuDay> history(String sellerSku, LocalDate from, LocalDate to);

    /** The shop's daily totals from {@code from} to {@code to} inclusive, oldest first. */
    List<PortfolioDay> portfolio(LocalDate from, LocalDate to);

    /**
     * The SKUs in the latest FBA inventory snapshot: Amazon lists only FBA SKUs there, so these are
     * the ones Amazon fulfils. Empty when inventory was never synced.
     */
    Set<String> skusInLatestFbaInventory();
    /** Every SKU's daily rows from {@code from} to {@code to} inclusive, streamed (dashboard totals, movers). */
    void forEachDay(LocalDate from, LocalDate to, java.util.function.Consumer<SkuDay> consumer);

    long offerSnapshotCount();

    long inventorySnapshotCount();

    long dayCount();

    /** Deletes all market history (a rebuilt demo starts from a clean slate). */
    void deleteAll();
}
