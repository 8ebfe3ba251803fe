package com.pricedesk.store;

import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.OfferCondition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps {@code sku_offers} (V16) equal to {@code offer_snapshot} and {@code offer_row}: called by the
 * writer of offers snapshots after its write and in its transaction, so a failed write leaves both
 * unchanged and a repeated one gives the same packs. A SKU whose pack is missing or not built yet
 * (offers stored before V16) is built from its rows, which already hold the write.
 */
final class RecentOffersTable {
    private static final int CHUNK = 500;

    private RecentOffersTable() {
    }

    /** Applies snapshots just written (one per SKU, all of the same time) to the SKUs' packs. */
    static void written(Handle h, Map<String, RecentOffers.Snap> bySku) {
        List<String> skus = new ArrayList<>(bySku.keySet());
        Map<String, RecentOffers> packs = new HashMap<>(skus.size() * 2);
        for (int i = 0; i < skus.size(); i += CHUNK) {
            List<String> chunk = skus.subList(i, Math.min(skus.size(), i + CHUNK));
            h.createQuery("SELECT seller_sku, offers FROM sku_offers WHERE seller_sku IN (<skus>)")
                    .bindList("skus", chunk)
                    .map((rs, ctx) -> {
                        byte[] b = rs.getBytes(2);
                        if (b != null) {
                            packs.put(rs.getString(1), RecentOffers.unpack(b));
                        }
                        return 0;
                    }).forEach(x -> { });
        }
        List<String> unbuilt = new ArrayList<>();
        for (String sku : skus) {
            RecentOffers r = packs.get(sku);
            if (r == null) {
                unbuilt.add(sku);
            } else {
                r.put(bySku.get(sku));
            }
        }
        packs.putAll(fromRows(h, unbuilt));
        save(h, packs);
    }

    /** Builds the packs of these SKUs from their snapshots and rows. */
    static Map<String, RecentOffers> fromRows(Handle h, List<String> skus) {
        Map<String, RecentOffers> out = new HashMap<>(skus.size() * 2);
        for (int i = 0; i < skus.size(); i += CHUNK) {
            List<String> chunk = skus.subList(i, Math.min(skus.size(), i + CHUNK));
            Map<String, OffsetDateTime> latest = new HashMap<>();
            h.createQuery("SELECT seller_sku, MAX(as_of) FROM offer_snapshot WHERE seller_sku IN (<skus>) "
                            + "GROUP BY seller_sku")
                    .bindList("skus", chunk)
                    .map((rs, ctx) -> latest.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                    .forEach(x -> { });
            OffsetDateTime from = latest.values().stream().min(OffsetDateTime::compareTo).orElse(null);
            if (from == null) {
                continue;
            }
            read(h, " WHERE seller_sku IN (<skus>) AND as_of >= :from", chunk,
                    from.minusDays(RecentOffers.RETAIN_DAYS), out);
        }
        return out;
    }

    /** Rebuilds every SKU's pack from the snapshot tables (rows filled by SQL, repairs). */
    static void rebuildAll(Handle h) {
        Map<String, RecentOffers> out = new HashMap<>();
        OffsetDateTime from = h.createQuery("SELECT MIN(m) FROM (SELECT MAX(as_of) m FROM offer_snapshot "
                        + "GROUP BY seller_sku) t")
                .mapTo(OffsetDateTime.class).findOne().orElse(null);
        if (from != null) {
            read(h, " WHERE as_of >= :from", null, from.minusDays(RecentOffers.RETAIN_DAYS), out);
        }
        h.execute("DELETE FROM sku_offers");
        save(h, out);
    }

    /** Snapshots and their rows from {@code from} on, oldest first, into each SKU's pack. */
    private static void read(Handle h, String where, List<String> skus, OffsetDateTime from,
                             Map<String, RecentOffers> out) {
        // SKU → time → the snapshot's rows, filled before the snapshots are put in order.
        Map<String, Map<Long, List<RecentOffers.Row>>> rows = new HashMap<>();
        var rowQuery = h.createQuery("SELECT seller_sku, as_of, position, seller_id, landed_price, channel, "
                + "item_condition, feedback_rating_pct, handling_days, is_ours FROM offer_row" + where
                + " ORDER BY seller_sku, as_of, position");
        if (skus != null) {
            rowQuery.bindList("skus", skus);
        }
        rowQuery.bind("from", from).setFetchSize(5_000)
                .map((rs, ctx) -> {
                    rows.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(micros(rs, 2), k -> new ArrayList<>(6))
                            .add(row(rs));
                    return 0;
                }).forEach(x -> { });
        var snapQuery = h.createQuery("SELECT seller_sku, as_of, our_price, buy_box_price, we_hold_buy_box, "
                + "competitor_count FROM offer_snapshot" + where + " ORDER BY seller_sku, as_of");
        if (skus != null) {
            snapQuery.bindList("skus", skus);
        }
        snapQuery.bind("from", from).setFetchSize(5_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    long at = micros(rs, 2);
                    List<RecentOffers.Row> r = rows.getOrDefault(sku, Map.of()).getOrDefault(at, List.of());
                    out.computeIfAbsent(sku, k -> new RecentOffers()).put(new RecentOffers.Snap(at,
                            RecentOffers.centsOrNone(rs.getBigDecimal(3)), RecentOffers.centsOrNone(rs.getBigDecimal(4)),
                            rs.getBoolean(5), rs.getInt(6), List.copyOf(r)));
                    return 0;
                }).forEach(x -> { });
    }

    private static RecentOffers.Row row(ResultSet rs) throws SQLException {
        java.math.BigDecimal rating = rs.getBigDecimal(8);
        Integer handling = rs.getObject(9, Integer.class);
        return new RecentOffers.Row(rs.getInt(3), rs.getString(4), RecentOffers.cents(rs.getBigDecimal(5)),
                rowFlags(rs.getBoolean(10), Channel.valueOf(rs.getString(6).trim()) == Channel.FBA,
                        OfferCondition.valueOf(rs.getString(7)), rating != null, handling != null),
                RecentOffers.centsOrNone(rating), handling == null ? RecentOffers.NONE : handling);
    }

    static int rowFlags(boolean ours, boolean fba, OfferCondition condition, boolean rating, boolean handling) {
        return (ours ? RecentOffers.ROW_OURS : 0) | (fba ? RecentOffers.ROW_FBA : 0)
                | condition.ordinal() << RecentOffers.ROW_CONDITION_SHIFT
                | (rating ? RecentOffers.ROW_RATING_KNOWN : 0) | (handling ? RecentOffers.ROW_HANDLING_KNOWN : 0);
    }

    private static long micros(ResultSet rs, int column) throws SQLException {
        return RecentOffers.micros(rs.getObject(column, OffsetDateTime.class).toInstant());
    }

    private static void save(Handle h, Map<String, RecentOffers> packs) {
        List<String> skus = new ArrayList<>(new TreeSet<>(packs.keySet()));
        for (int i = 0; i < skus.size(); i += 5_000) {
            PreparedBatch b = h.prepareBatch("MERGE INTO sku_offers (seller_sku, offers) KEY (seller_sku) "
                    + "VALUES (:s, :b)");
            for (String sku : skus.subList(i, Math.min(skus.size(), i + 5_000))) {
                b.bind("s", sku).bind("b", packs.get(sku).pack()).add();
            }
            b.execute();
        }
    }
}
