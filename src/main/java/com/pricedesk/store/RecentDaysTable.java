package com.pricedesk.store;

import com.pricedesk.domain.market.SkuDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps {@code sku_recent} (V13) equal to {@code sku_day}: called by every writer of daily rows, after
 * its write and in its transaction, so a failed write leaves both unchanged and a repeated one gives
 * the same packs. A SKU whose pack is missing or not built yet is built from its daily rows.
 */
final class RecentDaysTable {
    private static final int CHUNK = 500;

    private RecentDaysTable() {
    }

    /** Applies rows just written to {@code sku_day} with the columns of {@code fields}. */
    static void written(Handle h, Collection<SkuDay> days, Set<SkuDay.Field> fields) {
        Map<String, List<SkuDay>> bySku = new LinkedHashMap<>();
        for (SkuDay d : days) {
            bySku.computeIfAbsent(d.sellerSku(), k -> new ArrayList<>(1)).add(d);
        }
        List<String> skus = new ArrayList<>(bySku.keySet());
        Map<String, RecentDays> packs = new HashMap<>(skus.size() * 2);
        List<String> unbuilt = new ArrayList<>();
        for (int i = 0; i < skus.size(); i += CHUNK) {
            List<String> chunk = skus.subList(i, Math.min(skus.size(), i + CHUNK));
            h.createQuery("SELECT seller_sku, last_day, days FROM sku_recent WHERE seller_sku IN (<skus>)")
                    .bindList("skus", chunk)
                    .map((rs, ctx) -> {
                        byte[] b = rs.getBytes(3);
                        if (b != null) {
                            packs.put(rs.getString(1), RecentDays.unpack(rs.getObject(2, LocalDate.class), b));
                        }
                        return 0;
                    }).forEach(x -> { });
        }
        for (String sku : skus) {
            RecentDays r = packs.get(sku);
            if (r == null) {
                unbuilt.add(sku);
                continue;
            }
            for (SkuDay d : bySku.get(sku)) {
                r.write(d, fields);
            }
        }
        packs.keySet().removeAll(unbuilt);
        // Built from the daily rows, which already hold this write.
        packs.putAll(fromRows(h, unbuilt));
        save(h, packs);
    }

    /** Builds the packs of these SKUs from their daily rows. */
    static Map<String, RecentDays> fromRows(Handle h, List<String> skus) {
        Map<String, RecentDays> out = new HashMap<>(skus.size() * 2);
        for (int i = 0; i < skus.size(); i += CHUNK) {
            List<String> chunk = skus.subList(i, Math.min(skus.size(), i + CHUNK));
            h.createQuery("SELECT seller_sku, MAX(as_of_date) FROM sku_day WHERE seller_sku IN (<skus>) "
                            + "GROUP BY seller_sku")
                    .bindList("skus", chunk)
                    .map((rs, ctx) -> out.put(rs.getString(1), new RecentDays(rs.getObject(2, LocalDate.class))))
                    .forEach(x -> { });
            LocalDate from = chunk.stream().map(out::get).filter(r -> r != null).map(RecentDays::lastDay)
                    .min(LocalDate::compareTo).orElse(null);
            if (from == null) {
                continue;
            }
            h.createQuery("SELECT seller_sku, as_of_date, units, sessions, ordered_sales, bsr, ad_spend, ad_sales, "
                            + "inventory FROM sku_day WHERE seller_sku IN (<skus>) AND as_of_date >= :from")
                    .bindList("skus", chunk)
                    .bind("from", from.minusDays(RecentDays.DAYS - 1))
                    .map((rs, ctx) -> {
                        read(out.get(rs.getString(1)), rs);
                        return 0;
                    }).forEach(x -> { });
        }
        return out;
    }

    private static void read(RecentDays r, java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate day = rs.getObject(2, LocalDate.class);
        if (r == null || !r.covers(day)) {
            return;
        }
        r.read(day, RecentDays.UNITS, rs.getObject(3, Integer.class));
        r.read(day, RecentDays.SESSIONS, rs.getObject(4, Integer.class));
        r.read(day, RecentDays.SALES, RecentDays.cents(rs.getBigDecimal(5)));
        r.read(day, RecentDays.BSR, rs.getObject(6, Integer.class));
        r.read(day, RecentDays.AD_SPEND, RecentDays.cents(rs.getBigDecimal(7)));
        r.read(day, RecentDays.AD_SALES, RecentDays.cents(rs.getBigDecimal(8)));
        r.read(day, RecentDays.INVENTORY, rs.getObject(9, Integer.class));
    }

    /** Rebuilds every SKU's pack from the daily rows (rows filled by SQL, repairs): two passes over them. */
    static void rebuildAll(Handle h) {
        Map<String, RecentDays> out = new HashMap<>();
        h.createQuery("SELECT seller_sku, MAX(as_of_date) FROM sku_day GROUP BY seller_sku")
                .setFetchSize(5_000)
                .map((rs, ctx) -> out.put(rs.getString(1), new RecentDays(rs.getObject(2, LocalDate.class))))
                .forEach(x -> { });
        LocalDate from = out.values().stream().map(RecentDays::lastDay).min(LocalDate::compareTo).orElse(null);
        if (from != null) {
            h.createQuery("SELECT seller_sku, as_of_date, units, sessions, ordered_sales, bsr, ad_spend, ad_sales, "
                            + "inventory FROM sku_day WHERE as_of_date >= :from")
                    .bind("from", from.minusDays(RecentDays.DAYS - 1))
                    .setFetchSize(5_000)
                    .map((rs, ctx) -> {
                        read(out.get(rs.getString(1)), rs);
                        return 0;
                    }).forEach(x -> { });
        }
        h.execute("DELETE FROM sku_recent");
        save(h, out);
    }

    private static void save(Handle h, Map<String, RecentDays> packs) {
        List<String> skus = new ArrayList<>(new TreeSet<>(packs.keySet()));
        for (int i = 0; i < skus.size(); i += 5_000) {
            PreparedBatch b = h.prepareBatch("MERGE INTO sku_recent (seller_sku, last_day, days) KEY (seller_sku) "
                    + "VALUES (:s, :d, :b)");
            for (String sku : skus.subList(i, Math.min(skus.size(), i + 5_000))) {
                RecentDays r = packs.get(sku);
                b.bind("s", sku).bind("d", r.lastDay()).bind("b", r.pack()).add();
            }
            b.execute();
        }
    }
}
