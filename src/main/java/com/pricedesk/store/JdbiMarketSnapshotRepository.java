package com.pricedesk.store;

import static com.pricedesk.store.JdbiSyncStateRepository.utc;

import com.pricedesk.domain.market.InventoryAge;
import com.pricedesk.domain.market.InventoryLevel;
import com.pricedesk.domain.market.MarketOffer;
import com.pricedesk.domain.market.OfferSnapshot;
import com.pricedesk.domain.market.PortfolioDay;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.rules.OfferCondition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Market snapshots and daily rows in H2; every multi-row write is one transaction, and the shop's
 * daily totals ({@code portfolio_day}) are refreshed in the same transaction as the rows they sum.
 */
public final class JdbiMarketSnapshotRepository implements MarketSnapshotRepository {
    private final Jdbi jdbi;

    public JdbiMarketSnapshotRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void saveOffers(Instant asOf, Collection<OfferSnapshot> snapshots, String ourSellerId) {
        if (snapshots.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            // The time exactly as the tables keep it (microseconds), for the packed offers (V16).
            // Bound as such everywhere: a repeated snapshot's DELETE of its rows must match them, and H2
            // compares a parameter with nanoseconds against the stored microseconds as unequal.
            OffsetDateTime stored = h.createQuery("SELECT CAST(:at AS TIMESTAMP WITH TIME ZONE)")
                    .bind("at", utc(asOf)).mapTo(OffsetDateTime.class).one();
            long at = RecentOffers.micros(stored.toInstant());
            Map<String, RecentOffers.Snap> packed = new LinkedHashMap<>();
            PreparedBatch b = h.prepareBatch("MERGE INTO offer_snapshot (seller_sku, as_of, asin, our_price, "
                    + "buy_box_price, buy_box_seller_id, we_hold_buy_box, lowest_competitor_price, competitor_count) "
                    + "KEY (seller_sku, as_of) VALUES (:sku, :at, :asin, :ours, :bb, :bbs, :held, :low, :n)");
            for (OfferSnapshot s : snapshots) {
                BigDecimal ours = cents(s.ourOffer().map(MarketOffer::listingPrice).orElse(null));
                BigDecimal bb = cents(s.buyBox().map(x -> x.landedPrice()).orElse(null));
                boolean held = s.weHoldBuyBox(ourSellerId);
                b.bind("sku", s.sellerSku()).bind("at", stored).bind("asin", s.asin())
                        .bind("ours", ours)
                        .bind("bb", bb)
                        .bind("bbs", s.buyBox().map(x -> x.winnerSellerId()).orElse(null))
                        .bind("held", held)
                        .bind("low", lowestCompetitor(s))
                        .bind("n", s.competitors().size())
                        .add();
                // A sync stores each SKU once; were one repeated in a call, the last one is what MERGE keeps.
                packed.put(s.sellerSku(), new RecentOffers.Snap(at, RecentOffers.centsOrNone(ours),
                        RecentOffers.centsOrNone(bb), held, s.competitors().size(), new ArrayList<>(6)));
            }
            b.execute();
            saveOfferRows(h, stored, snapshots, ourSellerId, packed);
            RecentOffersTable.written(h, packed);
            adoptListedPrices(h, snapshots);
        });
    }

    /**
     * Our price as Amazon lists it, seen after the price we last stored (confirmed after a change, or the
     * opening price), becomes the current price: the seller may change it in Seller Central or with another
     * tool, and every reader of the current price (CLI, exports, the queue's expiry) must follow Amazon. A
     * snapshot older than the stored price changes nothing: Amazon's offers can show the old price for a
     * few minutes after a change is confirmed.
     */
    private static void adoptListedPrices(Handle h, Collection<OfferSnapshot> snapshots) {
        PreparedBatch update = h.prepareBatch("UPDATE current_price SET price = :p, currency = 'USD', updated_at = :at "
                + "WHERE seller_sku = :s AND updated_at < :at AND price <> :p");
        PreparedBatch insert = h.prepareBatch("INSERT INTO current_price (seller_sku, price, currency, updated_at) "
                + "SELECT seller_sku, :p, 'USD', :at FROM sku WHERE seller_sku = :s "
                + "AND NOT EXISTS (SELECT 1 FROM current_price c WHERE c.seller_sku = :s)");
        int n = 0;
        for (OfferSnapshot s : snapshots) {
            BigDecimal ours = cents(s.ourOffer().map(MarketOffer::listingPrice).orElse(null));
            if (ours == null || ours.signum() <= 0) {
                continue;
            }
            // when Amazon showed it: the snapshot's stamp is the hour the run started (see SyncRun)
            OffsetDateTime seen = s.observedAt().atOffset(java.time.ZoneOffset.UTC);
            update.bind("s", s.sellerSku()).bind("p", ours).bind("at", seen).add();
            insert.bind("s", s.sellerSku()).bind("p", ours).bind("at", seen).add();
            n++;
        }
        if (n > 0) {
            update.execute();
            insert.execute();
        }
    }

    /** Two decimals as the tables keep money (half up, as H2 rounds a longer value). */
    private static BigDecimal cents(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    /** Every offer of each snapshot, ours flagged; a repeat of the same snapshot replaces its rows. */
    private static void saveOfferRows(Handle h, OffsetDateTime asOf, Collection<OfferSnapshot> snapshots,
                                      String ourSellerId,
                                      Map<String, RecentOffers.Snap> packed) {
        PreparedBatch delete = h.prepareBatch("DELETE FROM offer_row WHERE seller_sku = :sku AND as_of = :at");
        PreparedBatch insert = h.prepareBatch("INSERT INTO offer_row (seller_sku, as_of, position, seller_id, "
                + "listing_price, shipping, landed_price, channel, item_condition, feedback_rating_pct, handling_days, "
                + "is_buy_box_winner, is_ours) VALUES (:sku, :at, :pos, :seller, :price, :ship, :landed, :channel, "
                + ":cond, :rating, :handling, :bb, :ours)");
        int rows = 0;
        for (OfferSnapshot s : snapshots) {
            delete.bind("sku", s.sellerSku()).bind("at", asOf).add();
            List<MarketOffer> offers = new ArrayList<>();
            s.ourOffer().ifPresent(offers::add);
            offers.addAll(s.competitors());
            List<RecentOffers.Row> pack = packed.get(s.sellerSku()).rows();
            pack.clear();
            int position = 0;
            for (MarketOffer o : offers) {
                boolean ours = o.mine() || (ourSellerId != null && ourSellerId.equals(o.sellerId()));
                String seller = o.sellerId() != null ? o.sellerId() : ours && ourSellerId != null ? ourSellerId : "";
                BigDecimal landed = cents(o.landedPrice());
                BigDecimal rating = o.feedbackRatingPct() == null ? null
                        : cents(o.feedbackRatingPct().max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)));
                Integer handling = o.handlingDays() == null ? null : Math.min(o.handlingDays(), 999);
                OfferCondition condition = OfferCondition.valueOf(o.condition().name());
                insert.bind("sku", s.sellerSku()).bind("at", asOf).bind("pos", position)
                        .bind("seller", seller)
                        .bind("price", o.listingPrice()).bind("ship", o.shipping()).bind("landed", landed)
                        .bind("channel", o.fulfilledByAmazon() ? "FBA" : "FBM")
                        .bind("cond", condition.name())
                        .bind("rating", rating)
                        .bind("handling", handling)
                        .bind("bb", o.buyBoxWinner()).bind("ours", ours)
                        .add();
                pack.add(new RecentOffers.Row(position, seller, RecentOffers.cents(landed),
                        RecentOffersTable.rowFlags(ours, o.fulfilledByAmazon(), condition, rating != null,
                                handling != null),
                        RecentOffers.centsOrNone(rating), handling == null ? RecentOffers.NONE : handling));
                position++;
                rows++;
            }
        }
        delete.execute();
        if (rows > 0) {
            insert.execute();
        }
    }

    /** The cheapest landed price among the other sellers, or null when we are alone on the page. */
    public static BigDecimal lowestCompetitor(OfferSnapshot s) {
        return s.competitors().stream().map(MarketOffer::landedPrice).min(BigDecimal::compareTo).orElse(null);
    }

    @Override
    public void saveInventory(Instant asOf, Collection<InventoryLevel> levels, Map<String, InventoryAge> ages) {
        if (levels.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch b = h.prepareBatch("MERGE INTO inventory_snapshot (seller_sku, as_of, fulfillable, inbound, "
                    + "reserved, age_0_90, age_91_180, age_181_270, age_271_365, age_365_plus) KEY (seller_sku, as_of) "
                    + "VALUES (:sku, :at, :f, :i, :r, :a0, :a1, :a2, :a3, :a4)");
            for (InventoryLevel l : levels) {
                InventoryAge a = ages.get(l.sellerSku());
                b.bind("sku", l.sellerSku()).bind("at", utc(asOf)).bind("f", l.fulfillable()).bind("i", l.inbound())
                        .bind("r", l.reserved())
                        .bind("a0", a == null ? null : a.days0To90())
                        .bind("a1", a == null ? null : a.days91To180())
                        .bind("a2", a == null ? null : a.days181To270())
                        .bind("a3", a == null ? null : a.days271To365())
                        .bind("a4", a == null ? null : a.days365Plus())
                        .add();
            }
            b.execute();
            // The latest snapshot per SKU (V16), unless a later one is already stored.
            PreparedBatch latest = h.prepareBatch("MERGE INTO sku_inventory_latest t USING (SELECT "
                    + "CAST(:sku AS VARCHAR(64)) sku, CAST(:at AS TIMESTAMP WITH TIME ZONE) at, CAST(:f AS INT) f, "
                    + "CAST(:a0 AS INT) a0, CAST(:a1 AS INT) a1, CAST(:a2 AS INT) a2, CAST(:a3 AS INT) a3, "
                    + "CAST(:a4 AS INT) a4) v ON t.seller_sku = v.sku "
                    + "WHEN MATCHED AND v.at >= t.as_of THEN UPDATE SET as_of = v.at, fulfillable = v.f, "
                    + "age_0_90 = v.a0, age_91_180 = v.a1, age_181_270 = v.a2, age_271_365 = v.a3, age_365_plus = v.a4 "
                    + "WHEN NOT MATCHED THEN INSERT (seller_sku, as_of, fulfillable, age_0_90, age_91_180, age_181_270, "
                    + "age_271_365, age_365_plus) VALUES (v.sku, v.at, v.f, v.a0, v.a1, v.a2, v.a3, v.a4)");
            for (InventoryLevel l : levels) {
                InventoryAge a = ages.get(l.sellerSku());
                latest.bind("sku", l.sellerSku()).bind("at", utc(asOf)).bind("f", l.fulfillable())
                        .bind("a0", a == null ? null : a.days0To90())
                        .bind("a1", a == null ? null : a.days91To180())
                        .bind("a2", a == null ? null : a.days181To270())
                        .bind("a3", a == null ? null : a.days271To365())
                        .bind("a4", a == null ? null : a.days365Plus())
                        .add();
            }
            latest.execute();
        });
    }

    @Override
    public void mergeDays(Collection<SkuDay> days, Set<SkuDay.Field> fields) {
        if (days.isEmpty() || fields.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(List.of("row_key", "seller_sku", "as_of_date"));
        for (SkuDay.Field f : EnumSet.copyOf(fields)) {
            columns.addAll(columnsOf(f));
        }
        // H2's MERGE ... KEY updates only the listed columns of an existing row, so one kind never
        // blanks the columns another kind wrote for the same day.
        String sql = "MERGE INTO sku_day (" + String.join(", ", columns) + ") KEY (row_key) VALUES ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
        jdbi.useTransaction(h -> {
            Map<String, Integer> ids = skuNumbers(h, days);
            PreparedBatch b = h.prepareBatch(sql);
            for (SkuDay d : days) {
                b.bind("row_key", rowKey(ids.get(d.sellerSku()), d.day()))
                        .bind("seller_sku", d.sellerSku()).bind("as_of_date", d.day());
                for (SkuDay.Field f : fields) {
                    bind(b, f, d);
                }
                b.add();
            }
            b.execute();
            RecentDaysTable.written(h, days, fields);
            refreshPortfolio(h, days.stream().map(SkuDay::day).collect(Collectors.toCollection(TreeSet::new)));
        });
    }

    @Override
    public void insertNewDays(Collection<SkuDay> days) {
        if (days.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            Map<String, Integer> ids = skuNumbers(h, days);
            PreparedBatch b = h.prepareBatch("INSERT INTO sku_day (row_key, seller_sku, as_of_date, price, "
                    + "buy_box_price, lowest_competitor_price, units, sessions, ordered_sales, bsr, ad_spend, ad_sales, "
                    + "inventory, fees_per_unit) VALUES (:row_key, :seller_sku, :as_of_date, :price, :buy_box_price, "
                    + ":lowest_competitor_price, :units, :sessions, :ordered_sales, :bsr, :ad_spend, :ad_sales, "
                    + ":inventory, :fees_per_unit)");
            for (SkuDay d : days) {
                b.bind("row_key", rowKey(ids.get(d.sellerSku()), d.day()))
                        .bind("seller_sku", d.sellerSku()).bind("as_of_date", d.day());
                for (SkuDay.Field f : SkuDay.Field.values()) {
                    bind(b, f, d);
                }
                b.add();
            }
            b.execute();
            RecentDaysTable.written(h, days, EnumSet.allOf(SkuDay.Field.class));
            refreshPortfolio(h, days.stream().map(SkuDay::day).collect(Collectors.toCollection(TreeSet::new)));
        });
    }

    /**
     * Rebuilds the packed recent days of every SKU ({@code sku_recent}) from the daily rows: for rows
     * written by SQL rather than through this repository (benchmarks, repairs).
     */
    public void rebuildRecentDays() {
        jdbi.useTransaction(RecentDaysTable::rebuildAll);
    }

    /**
     * Rebuilds the packed offers of every SKU ({@code sku_offers}) and the latest inventory per SKU
     * ({@code sku_inventory_latest}) from the snapshot tables: for rows written by SQL rather than
     * through this repository (benchmarks, repairs), and the current price from the latest offers where newer.
     */
    public void rebuildLatestOffersAndInventory() {
        jdbi.useTransaction(h -> {
            RecentOffersTable.rebuildAll(h);
            h.execute("DELETE FROM sku_inventory_latest");
            h.execute("INSERT INTO sku_inventory_latest (seller_sku, as_of, fulfillable, age_0_90, age_91_180, "
                    + "age_181_270, age_271_365, age_365_plus) SELECT i.seller_sku, i.as_of, i.fulfillable, i.age_0_90, "
                    + "i.age_91_180, i.age_181_270, i.age_271_365, i.age_365_plus FROM inventory_snapshot i JOIN "
                    + "(SELECT seller_sku, MAX(as_of) m FROM inventory_snapshot GROUP BY seller_sku) l "
                    + "ON i.seller_sku = l.seller_sku AND i.as_of = l.m");
            // the latest listed price seen, where newer than the stored one (as saveOffers does)
            h.execute("MERGE INTO current_price c USING (SELECT o.seller_sku, o.as_of, o.our_price FROM offer_snapshot o "
                    + "JOIN (SELECT seller_sku, MAX(as_of) m FROM offer_snapshot GROUP BY seller_sku) l "
                    + "ON o.seller_sku = l.seller_sku AND o.as_of = l.m JOIN sku k ON k.seller_sku = o.seller_sku "
                    + "WHERE o.our_price > 0) s "
                    + "ON c.seller_sku = s.seller_sku "
                    + "WHEN MATCHED AND c.updated_at < s.as_of AND c.price <> s.our_price "
                    + "THEN UPDATE SET price = s.our_price, currency = 'USD', updated_at = s.as_of "
                    + "WHEN NOT MATCHED THEN INSERT (seller_sku, price, currency, updated_at) "
                    + "VALUES (s.seller_sku, s.our_price, 'USD', s.as_of)");
        });
    }

    /**
     * The row key that keeps a SKU's days of one month adjacent on disk: months since 1970-01 in the
     * high bits, then the SKU's number, then the day of the month (V12 computes the same).
     */
    static long rowKey(int skuNumber, LocalDate day) {
        long month = (day.getYear() - 1970L) * 12 + day.getMonthValue() - 1;
        return (month << 40) | ((long) skuNumber << 8) | day.getDayOfMonth();
    }

    /** The numbers of the SKUs in {@code days}, numbering those seen for the first time. */
    private static Map<String, Integer> skuNumbers(Handle h, Collection<SkuDay> days) {
        Set<String> wanted = days.stream().map(SkuDay::sellerSku).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Integer> ids = readSkuNumbers(h, wanted);
        if (ids.size() < wanted.size()) {
            PreparedBatch b = h.prepareBatch("MERGE INTO history_sku (seller_sku) KEY (seller_sku) VALUES (:s)");
            for (String s : wanted) {
                if (!ids.containsKey(s)) {
                    b.bind("s", s).add();
                }
            }
            b.execute();
            ids = readSkuNumbers(h, wanted);
        }
        return ids;
    }

    private static Map<String, Integer> readSkuNumbers(Handle h, Set<String> wanted) {
        Map<String, Integer> ids = new java.util.HashMap<>();
        if (wanted.size() > 500) {
            h.createQuery("SELECT seller_sku, id FROM history_sku").map((rs, ctx) -> {
                if (wanted.contains(rs.getString(1))) {
                    ids.put(rs.getString(1), rs.getInt(2));
                }
                return null;
            }).list();
        } else {
            h.createQuery("SELECT seller_sku, id FROM history_sku WHERE seller_sku IN (<skus>)")
                    .bindList("skus", new ArrayList<>(wanted))
                    .map((rs, ctx) -> ids.put(rs.getString(1), rs.getInt(2))).list();
        }
        return ids;
    }

    /** Recomputes the shop's totals of the touched days from their rows, in the writing transaction. */
    private static void refreshPortfolio(Handle h, Set<LocalDate> touched) {
        PreparedBatch b = h.prepareBatch("MERGE INTO portfolio_day (as_of_date, units, sales, fees, ad_spend) "
                + "KEY (as_of_date) SELECT as_of_date, COALESCE(SUM(units), 0), COALESCE(SUM(ordered_sales), 0), "
                + "COALESCE(SUM(units * fees_per_unit), 0), COALESCE(SUM(ad_spend), 0) FROM sku_day "
                + "WHERE as_of_date = :d GROUP BY as_of_date");
        for (LocalDate d : touched) {
            b.bind("d", d).add();
        }
        b.execute();
    }

    private static List<String> columnsOf(SkuDay.Field f) {
        return switch (f) {
            case PRICE -> List.of("price");
            case BUY_BOX -> List.of("buy_box_price", "lowest_competitor_price");
            case SALES -> List.of("units", "sessions", "ordered_sales");
            case BSR -> List.of("bsr");
            case ADS -> List.of("ad_spend", "ad_sales");
            case INVENTORY -> List.of("inventory");
            case FEES -> List.of("fees_per_unit");
        };
    }

    private static void bind(PreparedBatch b, SkuDay.Field f, SkuDay d) {
        switch (f) {
            case PRICE -> b.bind("price", d.price());
            case BUY_BOX -> b.bind("buy_box_price", d.buyBoxPrice()).bind("lowest_competitor_price",
                    d.lowestCompetitorPrice());
            case SALES -> b.bind("units", d.units()).bind("sessions", d.sessions())
                    .bind("ordered_sales", d.orderedSales());
            case BSR -> b.bind("bsr", d.bsr());
            case ADS -> b.bind("ad_spend", d.adSpend()).bind("ad_sales", d.adSales());
            case INVENTORY -> b.bind("inventory", d.inventory());
            case FEES -> b.bind("fees_per_unit", d.feesPerUnit());
        }
    }

    @Override
    public List<SkuDay> history(String sellerSku, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> {
            List<SkuDay> out = new ArrayList<>();
            Optional<Integer> id = h.createQuery("SELECT id FROM history_sku WHERE seller_sku = :s")
                    .bind("s", sellerSku).mapTo(Integer.class).findOne();
            if (id.isEmpty() || to.isBefore(from)) {
                return out;
            }
            // One key range per month: each is a run of adjacent rows.
            for (LocalDate start = from; !start.isAfter(to); start = start.withDayOfMonth(1).plusMonths(1)) {
                LocalDate monthEnd = start.withDayOfMonth(start.lengthOfMonth());
                LocalDate end = monthEnd.isBefore(to) ? monthEnd : to;
                out.addAll(h.createQuery("SELECT * FROM sku_day WHERE row_key BETWEEN :a AND :b ORDER BY row_key")
                        .bind("a", rowKey(id.get(), start)).bind("b", rowKey(id.get(), end))
                        .map((rs, ctx) -> mapDay(rs)).list());
            }
            return out;
        });
    }

    @Override
    public void forEachDay(LocalDate from, LocalDate to, java.util.function.Consumer<SkuDay> consumer) {
        jdbi.useHandle(h -> h.createQuery("SELECT * FROM sku_day WHERE as_of_date BETWEEN :f AND :t")
                .bind("f", from).bind("t", to)
                .setFetchSize(2000)
                .map((rs, ctx) -> mapDay(rs))
                .forEach(consumer));
    }

    @Override
    public List<PortfolioDay> portfolio(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT as_of_date, units u, sales s, fees f, ad_spend a "
                        + "FROM portfolio_day WHERE as_of_date BETWEEN :f AND :t ORDER BY as_of_date")
                .bind("f", from).bind("t", to)
                .map((rs, ctx) -> {
                    BigDecimal sales = zeroIfNull(rs.getBigDecimal("s"));
                    BigDecimal fees = zeroIfNull(rs.getBigDecimal("f"));
                    BigDecimal ads = zeroIfNull(rs.getBigDecimal("a"));
                    return new PortfolioDay(rs.getObject("as_of_date", LocalDate.class), rs.getInt("u"), sales, fees, ads,
                            sales.subtract(fees).subtract(ads));
                })
                .list());
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v;
    }

    private static SkuDay mapDay(ResultSet rs) throws SQLException {
        return new SkuDay(rs.getString("seller_sku"), rs.getObject("as_of_date", LocalDate.class), rs.getBigDecimal("price"),
                rs.getBigDecimal("buy_box_price"), rs.getBigDecimal("lowest_competitor_price"),
                rs.getObject("units", Integer.class), rs.getObject("sessions", Integer.class),
                rs.getBigDecimal("ordered_sales"), rs.getObject("bsr", Integer.class), rs.getBigDecimal("ad_spend"),
                rs.getBigDecimal("ad_sales"), rs.getObject("inventory", Integer.class),
                rs.getBigDecimal("fees_per_unit"));
    }

    @Override
    public Set<String> skusInLatestFbaInventory() {
        return jdbi.withHandle(h -> h.createQuery("SELECT seller_sku FROM inventory_snapshot "
                        + "WHERE as_of = (SELECT MAX(as_of) FROM inventory_snapshot)")
                .mapTo(String.class).collect(Collectors.toSet()));
    }

    @Override
    public long offerSnapshotCount() {
        return count("offer_snapshot");
    }

    @Override
    public long inventorySnapshotCount() {
        return count("inventory_snapshot");
    }

    @Override
    public long dayCount() {
        return count("sku_day");
    }

    private long count(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override
    public void deleteAll() {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM offer_snapshot");
            h.execute("DELETE FROM offer_row");
            h.execute("DELETE FROM inventory_snapshot");
            h.execute("DELETE FROM sku_day");
            h.execute("DELETE FROM sku_recent");
            h.execute("DELETE FROM sku_offers");
            h.execute("DELETE FROM sku_inventory_latest");
            h.execute("DELETE FROM portfolio_day");
        });
    }
}
