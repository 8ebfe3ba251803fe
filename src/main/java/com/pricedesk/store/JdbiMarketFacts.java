package com.pricedesk.store;

import static com.pricedesk.store.JdbiSyncStateRepository.utc;

import com.pricedesk.app.repricing.MarketFactsSource;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Repricer;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.OfferCondition;
import com.pricedesk.domain.rules.PriceChange;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The latest market facts per SKU, built from the snapshot tables in a fixed handful of set queries
 * whatever the number of SKUs (no query per SKU): the latest offers snapshot and its offers, each
 * competitor's recent median, our Buy Box share and our observed price changes from the recent
 * snapshots, rank, sales, traffic and ads from the daily rows, and stock and its age from the latest
 * inventory snapshot.
 *
 * <p>Definitions (unknown stays empty, never zero):
 * <ul>
 * <li>our price, Buy Box and whether we hold it: the latest offers snapshot; {@code snapshotAt} is its time.</li>
 * <li>offers: every offer of that snapshot; ours only under our seller id from the stored Amazon
 *     connection, so the engine never counts it as a competitor.</li>
 * <li>a competitor's recent median: its median landed price over {@value #MEDIAN_DAYS} days, once seen
 *     at least {@value #MIN_OBSERVATIONS} times.</li>
 * <li>Buy Box share: the share of the offers snapshots of the last {@value #WINDOW_DAYS} days in which
 *     we held it, once there are at least {@value #MIN_OBSERVATIONS}.</li>
 * <li>BSR: the latest daily rank; its 7-day change is (now − 7 days earlier) ÷ 7 days earlier in
 *     percent, negative when the rank improved.</li>
 * <li>conversion, ACoS, TACoS: units ÷ sessions, ad spend ÷ ad sales, ad spend ÷ ordered sales, summed
 *     over the {@value #WINDOW_DAYS} full days before today.</li>
 * <li>days of cover: fulfillable stock ÷ average daily units over those days (capped at
 *     {@value #MAX_DAYS_OF_COVER} when nothing sold); inventory age: the lower bound of the oldest age
 *     bucket that holds stock.</li>
 * <li>recent changes: each change of our price between consecutive snapshots of the last
 *     {@value #CHANGE_DAYS} days, against the cheapest new competitor that was below our old price; and
 *     each of our changes sent to Amazon in those days (being sent, sent or confirmed) at its send time,
 *     one change with the first later observed change to its new price.</li>
 * </ul>
 */
public final class JdbiMarketFacts implements MarketFactsSource {
    static final int WINDOW_DAYS = 30;
    static final int MEDIAN_DAYS = 30;
    static final int CHANGE_DAYS = 14;
    static final int MIN_OBSERVATIONS = 3;
    static final int MAX_DAYS_OF_COVER = 999;
    /** Rank and stock are read from the daily rows of today and these many days before. */
    static final int RANK_DAYS = 17;
    /** Up to this many SKUs are named in the queries; more are read whole and filtered here. */
    static final int NAMED_LIMIT = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiMarketFacts(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Map<String, SkuFacts> latest(Collection<String> sellerSkus) {
        if (sellerSkus.isEmpty()) {
            return Map.of();
        }
        Set<String> wanted = new HashSet<>(sellerSkus);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return jdbi.inTransaction(h -> {
            Optional<String> own = h.createQuery("SELECT seller_id FROM amazon_connection WHERE id = 1")
                    .mapTo(String.class).findOne();
            Scope scope = new Scope(wanted);
            Map<String, Acc> acc = new HashMap<>(wanted.size() * 2);
            Instant medianSince = now.minus(Duration.ofDays(MEDIAN_DAYS));
            Instant shareSince = now.minus(Duration.ofDays(WINDOW_DAYS));
            Instant changeSince = now.minus(Duration.ofDays(CHANGE_DAYS));
            Instant since = Collections.min(List.of(medianSince, shareSince, changeSince));
            // Each SKU's packed recent offers snapshots (V16) and packed recent days (V13), read in two
            // streaming queries and decoded on all cores; the rows are read only for SKUs whose pack is not
            // built yet or does not reach back to the window's start.
            Set<String> unpackedOffers = new HashSet<>();
            Set<String> unpacked = new HashSet<>();
            readOfferPacks(h, scope, acc, unpackedOffers);
            readDayPacks(h, scope, acc, today, unpacked);
            decodePacks(acc, since, shareSince, changeSince, medianSince, today, unpackedOffers);
            if (!unpackedOffers.isEmpty()) {
                Scope offerScope = new Scope(unpackedOffers);
                recentSnapshots(h, offerScope, acc, since, shareSince, changeSince);
                recentOfferRows(h, offerScope, acc, since, medianSince);
                // SKUs whose latest snapshot is older than the window (or that have none): looked up by key.
                Set<String> older = new HashSet<>();
                for (String sku : unpackedOffers) {
                    Acc a = acc.get(sku);
                    if (a == null || a.snapshotAt == null) {
                        older.add(sku);
                    }
                }
                if (!older.isEmpty()) {
                    Scope olderScope = new Scope(older);
                    latestOffers(h, olderScope, acc);
                    offerRows(h, olderScope, acc);
                }
            }
            if (!unpacked.isEmpty()) {
                Scope rows = new Scope(unpacked);
                sales(h, rows, acc, today.minusDays(WINDOW_DAYS), today.minusDays(1));
                recentDays(h, rows, acc, today.minusDays(RANK_DAYS), today);
            }
            inventory(h, scope, acc);
            sentChanges(h, scope, acc, changeSince);
            // Facts for the SKUs something was found for, built on all cores.
            Acc[] found = acc.values().stream().filter(a -> a.used).toArray(Acc[]::new);
            SkuFacts[] built = new SkuFacts[found.length];
            String ownId = own.orElse(null);
            IntStream range = IntStream.range(0, found.length);
            (found.length >= Repricer.PARALLEL_FROM ? range.parallel() : range)
                    .forEach(i -> built[i] = found[i].build(ownId));
            Map<String, SkuFacts> out = new HashMap<>(found.length * 2);
            for (int i = 0; i < found.length; i++) {
                out.put(found[i].sku, built[i]);
            }
            return out;
        });
    }

    /** Which SKUs a query reads: named in the SQL when few, else all and filtered while reading. */
    private static final class Scope {
        final Set<String> wanted;
        final boolean named;

        Scope(Set<String> wanted) {
            this.wanted = wanted;
            this.named = wanted.size() <= NAMED_LIMIT;
        }

        String where(String column) {
            return named ? " AND " + column + " IN (<skus>)" : "";
        }

        Query bind(Query q) {
            return named ? q.bindList("skus", List.copyOf(wanted)) : q;
        }

        boolean wants(String sku) {
            return wanted.contains(sku);
        }
    }

    private static String latestSnapshots(Scope scope) {
        return "(SELECT seller_sku, MAX(as_of) m FROM offer_snapshot WHERE 1 = 1" + scope.where("seller_sku")
                + " GROUP BY seller_sku) l";
    }

    private static void latestOffers(Handle h, Scope scope, Map<String, Acc> acc) {
        scope.bind(h.createQuery("SELECT o.seller_sku, o.as_of, o.our_price, o.buy_box_price, o.we_hold_buy_box, "
                        + "o.competitor_count FROM offer_snapshot o JOIN " + latestSnapshots(scope)
                        + " ON o.seller_sku = l.seller_sku AND o.as_of = l.m"))
                .setFetchSize(2_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    if (scope.wants(sku)) {
                        Acc a = touch(acc, sku);
                        a.snapshotAt = instant(rs, 2);
                        a.ourPrice = money(rs.getBigDecimal(3));
                        a.buyBoxPrice = money(rs.getBigDecimal(4));
                        a.weHoldBuyBox = rs.getBoolean(5);
                        a.competitorCount = rs.getInt(6);
                    }
                    return 0;
                }).forEach(x -> { });
    }

    private static void offerRows(Handle h, Scope scope, Map<String, Acc> acc) {
        scope.bind(h.createQuery("SELECT r.seller_sku, r.seller_id, r.landed_price, r.channel, r.item_condition, "
                        + "r.feedback_rating_pct, r.handling_days, r.is_ours, r.position FROM offer_row r JOIN "
                        + latestSnapshots(scope) + " ON r.seller_sku = l.seller_sku AND r.as_of = l.m "
                        + "ORDER BY r.seller_sku, r.position"))
                .setFetchSize(2_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    Acc a = scope.wants(sku) ? acc.get(sku) : null;
                    if (a != null) {
                        a.rows.add(new Row(rs.getInt(9), rs.getString(2), rs.getBigDecimal(3),
                                Channel.valueOf(rs.getString(4).trim()), OfferCondition.valueOf(rs.getString(5)),
                                rs.getBigDecimal(6), rs.getObject(7, Integer.class), rs.getBoolean(8)));
                    }
                    return 0;
                }).forEach(x -> { });
    }

    /**
     * One ordered pass over the offers snapshots of the window: the latest one per SKU (the last read),
     * the Buy Box share, and our price changes between consecutive snapshots (what SQL's LAG did).
     */
    private static void recentSnapshots(Handle h, Scope scope, Map<String, Acc> acc, Instant since,
                                        Instant shareSince, Instant changeSince) {
        scope.bind(h.createQuery("SELECT seller_sku, as_of, our_price, buy_box_price, we_hold_buy_box, "
                        + "competitor_count FROM offer_snapshot WHERE as_of >= :since" + scope.where("seller_sku")
                        + " ORDER BY seller_sku, as_of"))
                .bind("since", utc(since))
                .setFetchSize(5_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    if (!scope.wants(sku)) {
                        return 0;
                    }
                    Acc a = touch(acc, sku);
                    Instant at = instant(rs, 2);
                    BigDecimal our = rs.getBigDecimal(3);
                    boolean held = rs.getBoolean(5);
                    a.snapshotAt = at;
                    a.ourPrice = money(our);
                    a.buyBoxPrice = money(rs.getBigDecimal(4));
                    a.weHoldBuyBox = held;
                    a.competitorCount = rs.getInt(6);
                    if (!at.isBefore(shareSince)) {
                        a.shareSnapshots++;
                        if (held) {
                            a.shareHeld++;
                        }
                    }
                    if (our != null && !at.isBefore(changeSince)) {
                        if (a.lastPrice != null && a.lastPrice.compareTo(our) != 0) {
                            a.pending.add(new Change(at, a.lastPriceAt, a.lastPrice, our));
                        }
                        a.lastPrice = our;
                        a.lastPriceAt = at;
                    }
                    return 0;
                }).forEach(x -> { });
    }

    /**
     * One pass over the offer rows of the window: the latest snapshot's offers, each competitor's
     * prices for its median, and the cheaper new competitors our price changes answered.
     */
    private static void recentOfferRows(Handle h, Scope scope, Map<String, Acc> acc, Instant since,
                                        Instant medianSince) {
        scope.bind(h.createQuery("SELECT seller_sku, as_of, seller_id, landed_price, channel, item_condition, "
                        + "feedback_rating_pct, handling_days, is_ours, position FROM offer_row WHERE as_of >= :since"
                        + scope.where("seller_sku")))
                .bind("since", utc(since))
                .setFetchSize(5_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    Acc a = scope.wants(sku) ? acc.get(sku) : null;
                    if (a == null || a.snapshotAt == null) {
                        return 0;
                    }
                    Instant at = instant(rs, 2);
                    String seller = rs.getString(3);
                    BigDecimal landed = rs.getBigDecimal(4);
                    String condition = rs.getString(6);
                    boolean ours = rs.getBoolean(9);
                    if (at.equals(a.snapshotAt)) {
                        a.rows.add(new Row(rs.getInt(10), seller, landed, Channel.valueOf(rs.getString(5).trim()),
                                OfferCondition.valueOf(condition), rs.getBigDecimal(7),
                                rs.getObject(8, Integer.class), ours));
                    }
                    if (!ours) {
                        if (!at.isBefore(medianSince)) {
                            a.seen.computeIfAbsent(seller, k -> new ArrayList<>(4)).add(landed);
                        }
                        if (!a.pending.isEmpty() && "NEW".equals(condition)) {
                            for (Change c : a.pending) {
                                if (c.prevAt.equals(at)) {
                                    c.against(seller, landed);
                                }
                            }
                        }
                    }
                    return 0;
                }).forEach(x -> { });
    }

    /** Found something for the SKU: its facts are part of the answer. */
    private static Acc touch(Map<String, Acc> acc, String sku) {
        Acc a = acc.computeIfAbsent(sku, Acc::new);
        a.used = true;
        return a;
    }

    /** Each SKU's packed recent offers ({@code sku_offers}, V16), kept to be decoded; unbuilt ones noted. */
    private static void readOfferPacks(Handle h, Scope scope, Map<String, Acc> acc, Set<String> unbuilt) {
        scope.bind(h.createQuery("SELECT seller_sku, offers FROM sku_offers WHERE 1 = 1" + scope.where("seller_sku")))
                .setFetchSize(5_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    if (scope.wants(sku)) {
                        byte[] b = rs.getBytes(2);
                        if (b == null) {
                            unbuilt.add(sku);
                        } else {
                            acc.computeIfAbsent(sku, Acc::new).offersPack = b;
                        }
                    }
                    return 0;
                }).forEach(x -> { });
    }

    /** Each SKU's packed recent days ({@code sku_recent}, V13), kept to be decoded; unusable ones noted. */
    private static void readDayPacks(Handle h, Scope scope, Map<String, Acc> acc, LocalDate today,
                                     Set<String> unpacked) {
        LocalDate from = today.minusDays(WINDOW_DAYS);
        scope.bind(h.createQuery("SELECT seller_sku, last_day, days FROM sku_recent WHERE 1 = 1"
                        + scope.where("seller_sku")))
                .setFetchSize(5_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    if (!scope.wants(sku)) {
                        return 0;
                    }
                    byte[] b = rs.getBytes(3);
                    LocalDate last = rs.getObject(2, LocalDate.class);
                    if (b == null || from.isBefore(last.minusDays(RecentDays.DAYS - 1))) {
                        unpacked.add(sku);
                        return 0;
                    }
                    Acc a = acc.computeIfAbsent(sku, Acc::new);
                    a.daysPack = b;
                    a.daysLast = last;
                    return 0;
                }).forEach(x -> { });
    }

    /**
     * Decodes the packs read, on all cores for many SKUs (each part with its own decoders): the same
     * figures the passes over the snapshot, offer and daily rows give. SKUs whose offers pack does not
     * reach back to {@code since} are added to {@code unpackedOffers}: their rows must be read.
     */
    private static void decodePacks(Map<String, Acc> acc, Instant since, Instant shareSince, Instant changeSince,
                                    Instant medianSince, LocalDate today, Set<String> unpackedOffers) {
        long sinceUs = ceilMicros(since);
        long shareUs = ceilMicros(shareSince);
        long changeUs = ceilMicros(changeSince);
        long medianUs = ceilMicros(medianSince);
        long t = today.toEpochDay();
        Acc[] all = acc.values().toArray(new Acc[0]);
        int n = all.length;
        int parts = n >= Repricer.PARALLEL_FROM ? Math.max(1, Math.min(n / 500, 64)) : 1;
        IntStream range = IntStream.range(0, parts);
        (parts > 1 ? range.parallel() : range).forEach(p -> {
            RecentOffers.Decoded d = new RecentOffers.Decoded();
            RecentDays days = new RecentDays(today);
            // Sellers' ids repeat across SKUs: one String each, and one BigDecimal per price in cents.
            Map<String, String> names = new HashMap<>();
            Amounts amounts = new Amounts();
            for (int i = (int) ((long) p * n / parts); i < (int) ((long) (p + 1) * n / parts); i++) {
                Acc a = all[i];
                if (a.offersPack != null) {
                    d.decode(a.offersPack);
                    a.offersPack = null;
                    if (d.snapCount > 0) {
                        if (sinceUs < d.micros[d.snapCount - 1] - RecentOffers.RETAIN_MICROS) {
                            a.offersNotCovered = true;
                        } else {
                            fromPack(d, a, shareUs, changeUs, medianUs, names, amounts);
                        }
                    }
                }
                if (a.daysPack != null) {
                    packed(a, days.reset(a.daysLast, a.daysPack), t);
                    a.daysPack = null;
                }
            }
        });
        for (Acc a : all) {
            if (a.offersNotCovered) {
                unpackedOffers.add(a.sku);
            }
        }
    }

    private static long ceilMicros(Instant i) {
        long us = RecentOffers.micros(i);
        return i.getNano() % 1_000 == 0 ? us : us + 1;
    }

    private static void fromPack(RecentOffers.Decoded d, Acc a, long shareUs, long changeUs, long medianUs,
                                 Map<String, String> names, Amounts amounts) {
        a.used = true;
        String[] sellers = new String[d.sellerCount];
        for (int i = 0; i < d.sellerCount; i++) {
            String name = d.sellers[i];
            sellers[i] = names.computeIfAbsent(name, k -> k);
        }
        int last = d.snapCount - 1;
        a.snapshotAt = RecentOffers.instant(d.micros[last]);
        a.ourPrice = d.our[last] == RecentOffers.NONE ? null : Money.usd(amounts.of(d.our[last]));
        a.buyBoxPrice = d.buyBox[last] == RecentOffers.NONE ? null : Money.usd(amounts.of(d.buyBox[last]));
        a.weHoldBuyBox = (d.flags[last] & RecentOffers.HELD) != 0;
        a.competitorCount = d.competitors[last];
        int lastPriced = -1;
        boolean[] done = null;
        long[] prices = null;
        for (int s = 0; s <= last; s++) {
            long at = d.micros[s];
            if (at >= shareUs) {
                a.shareSnapshots++;
                if ((d.flags[s] & RecentOffers.HELD) != 0) {
                    a.shareHeld++;
                }
            }
            long our = d.our[s];
            if (our != RecentOffers.NONE && at >= changeUs) {
                if (lastPriced >= 0 && d.our[lastPriced] != our) {
                    Change c = new Change(RecentOffers.instant(at), RecentOffers.instant(d.micros[lastPriced]),
                            amounts.of(d.our[lastPriced]), amounts.of(our));
                    // The cheapest new competitor below our old price in the snapshot before.
                    for (int k = d.rowStart[lastPriced]; k < d.rowEnd[lastPriced]; k++) {
                        int f = d.rowFlags[k];
                        if ((f & RecentOffers.ROW_OURS) == 0 && condition(f) == OfferCondition.NEW) {
                            c.against(sellers[d.seller[k]], amounts.of(d.landed[k]));
                        }
                    }
                    a.pending.add(c);
                }
                lastPriced = s;
            }
        }
        for (int k = d.rowStart[last]; k < d.rowEnd[last]; k++) {
            int f = d.rowFlags[k];
            boolean ours = (f & RecentOffers.ROW_OURS) != 0;
            a.rows.add(new Row(d.position[k], sellers[d.seller[k]], amounts.of(d.landed[k]),
                    (f & RecentOffers.ROW_FBA) != 0 ? Channel.FBA : Channel.FBM, condition(f),
                    d.rating[k] == RecentOffers.NONE ? null : amounts.of(d.rating[k]),
                    d.handling[k] == RecentOffers.NONE ? null : (int) d.handling[k], ours));
            if (ours) {
                continue;
            }
            // This competitor's prices of the window, for its recent median (only the latest offers use one).
            int seller = d.seller[k];
            if (done == null) {
                done = new boolean[d.sellerCount];
                prices = new long[d.rowCount];
            }
            if (done[seller]) {
                continue;
            }
            done[seller] = true;
            int n = 0;
            for (int s = 0; s <= last; s++) {
                if (d.micros[s] < medianUs) {
                    continue;
                }
                for (int j = d.rowStart[s]; j < d.rowEnd[s]; j++) {
                    if (d.seller[j] == seller && (d.rowFlags[j] & RecentOffers.ROW_OURS) == 0) {
                        prices[n++] = d.landed[j];
                    }
                }
            }
            if (n >= MIN_OBSERVATIONS) {
                a.medians.put(sellers[seller], amounts.of(medianCents(prices, n)));
            }
        }
    }

    private static final OfferCondition[] CONDITIONS = OfferCondition.values();

    private static OfferCondition condition(int rowFlags) {
        return CONDITIONS[(rowFlags >> RecentOffers.ROW_CONDITION_SHIFT) & 3];
    }

    /** The median of the first {@code n} prices in cents as {@link #median} gives it: half up to the cent. */
    static long medianCents(long[] prices, int n) {
        Arrays.sort(prices, 0, n);
        if (n % 2 == 1) {
            return prices[n / 2];
        }
        long sum = prices[n / 2 - 1] + prices[n / 2];
        return sum % 2 == 0 ? sum / 2 : (sum + Long.signum(sum)) / 2;
    }

    /** One BigDecimal per amount in cents read in a pass (prices repeat across SKUs). */
    private static final class Amounts {
        private static final int CACHED = 1 << 18;
        private final BigDecimal[] cache = new BigDecimal[CACHED];

        BigDecimal of(long cents) {
            if (cents < 0 || cents >= CACHED) {
                return RecentOffers.decimal(cents);
            }
            BigDecimal v = cache[(int) cents];
            if (v == null) {
                v = RecentOffers.decimal(cents);
                cache[(int) cents] = v;
            }
            return v;
        }
    }

    /** The median as SQL's MEDIAN gives it (the mean of the two middle values for an even count), to the cent. */
    static BigDecimal median(List<BigDecimal> values) {
        BigDecimal[] v = values.toArray(new BigDecimal[0]);
        Arrays.sort(v);
        int n = v.length;
        BigDecimal m = n % 2 == 1 ? v[n / 2] : v[n / 2 - 1].add(v[n / 2]).divide(BigDecimal.valueOf(2));
        return m.setScale(2, RoundingMode.HALF_UP);
    }

    private static void sales(Handle h, Scope scope, Map<String, Acc> acc, LocalDate from, LocalDate to) {
        String both = "units IS NOT NULL AND sessions IS NOT NULL";
        String ads = "ad_spend IS NOT NULL AND ad_sales IS NOT NULL";
        String total = "ad_spend IS NOT NULL AND ordered_sales IS NOT NULL";
        scope.bind(h.createQuery("SELECT seller_sku, "
                        + "SUM(CASE WHEN " + both + " THEN units END), SUM(CASE WHEN " + both + " THEN sessions END), "
                        + "SUM(units), COUNT(units), "
                        + "SUM(CASE WHEN " + ads + " THEN ad_spend END), SUM(CASE WHEN " + ads + " THEN ad_sales END), "
                        + "SUM(CASE WHEN " + total + " THEN ad_spend END), "
                        + "SUM(CASE WHEN " + total + " THEN ordered_sales END) "
                        + "FROM sku_day WHERE as_of_date BETWEEN :from AND :to" + scope.where("seller_sku")
                        + " GROUP BY seller_sku"))
                .bind("from", from).bind("to", to)
                .setFetchSize(2_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    if (scope.wants(sku)) {
                        Acc a = touch(acc, sku);
                        a.conversion = pct(rs.getBigDecimal(2), rs.getBigDecimal(3));
                        long days = rs.getLong(5);
                        if (days > 0) {
                            a.dailyUnits = rs.getBigDecimal(4).divide(BigDecimal.valueOf(days), MathContext.DECIMAL64);
                        }
                        a.acos = pct(rs.getBigDecimal(6), rs.getBigDecimal(7));
                        a.tacos = pct(rs.getBigDecimal(8), rs.getBigDecimal(9));
                    }
                    return 0;
                }).forEach(x -> { });
    }

    private static void packed(Acc a, RecentDays r, long t) {
        boolean any = false;
        long bothUnits = 0;
        long bothSessions = 0;
        int both = 0;
        long units = 0;
        int unitDays = 0;
        long adSpend = 0;
        long adSales = 0;
        int ads = 0;
        long totalSpend = 0;
        long totalSales = 0;
        int totals = 0;
        for (int back = WINDOW_DAYS; back >= 1; back--) {
            int s = r.slotBefore(t, back);
            if (!r.rowAt(s)) {
                continue;
            }
            any = true;
            boolean u = r.knownAt(s, RecentDays.UNITS);
            if (u) {
                units += r.at(s, RecentDays.UNITS);
                unitDays++;
                if (r.knownAt(s, RecentDays.SESSIONS)) {
                    bothUnits += r.at(s, RecentDays.UNITS);
                    bothSessions += r.at(s, RecentDays.SESSIONS);
                    both++;
                }
            }
            if (r.knownAt(s, RecentDays.AD_SPEND)) {
                if (r.knownAt(s, RecentDays.AD_SALES)) {
                    adSpend += r.at(s, RecentDays.AD_SPEND);
                    adSales += r.at(s, RecentDays.AD_SALES);
                    ads++;
                }
                if (r.knownAt(s, RecentDays.SALES)) {
                    totalSpend += r.at(s, RecentDays.AD_SPEND);
                    totalSales += r.at(s, RecentDays.SALES);
                    totals++;
                }
            }
        }
        if (any) {
            a.used = true;
            a.conversion = both == 0 ? null : pct(BigDecimal.valueOf(bothUnits), BigDecimal.valueOf(bothSessions));
            if (unitDays > 0) {
                a.dailyUnits = BigDecimal.valueOf(units).divide(BigDecimal.valueOf(unitDays), MathContext.DECIMAL64);
            }
            a.acos = ads == 0 ? null : pct(BigDecimal.valueOf(adSpend, 2), BigDecimal.valueOf(adSales, 2));
            a.tacos = totals == 0 ? null : pct(BigDecimal.valueOf(totalSpend, 2), BigDecimal.valueOf(totalSales, 2));
        }
        for (int back = RANK_DAYS; back >= 0; back--) {
            int s = r.slotBefore(t, back);
            boolean bsr = r.knownAt(s, RecentDays.BSR);
            boolean stock = r.knownAt(s, RecentDays.INVENTORY);
            if (bsr || stock) {
                a.used = true;
                a.day(t - back,
                        bsr ? (int) r.at(s, RecentDays.BSR) : null, stock ? (int) r.at(s, RecentDays.INVENTORY) : null);
            }
        }
    }

    /** Rank (latest and a week before) and the latest daily stock figure, from the last days' rows. */
    private static void recentDays(Handle h, Scope scope, Map<String, Acc> acc, LocalDate from, LocalDate to) {
        scope.bind(h.createQuery("SELECT seller_sku, as_of_date, bsr, inventory FROM sku_day "
                        + "WHERE as_of_date BETWEEN :from AND :to AND (bsr IS NOT NULL OR inventory IS NOT NULL)"
                        + scope.where("seller_sku")))
                .bind("from", from).bind("to", to)
                .setFetchSize(5_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    if (scope.wants(sku)) {
                        touch(acc, sku).day(rs.getObject(2, LocalDate.class),
                                rs.getObject(3, Integer.class), rs.getObject(4, Integer.class));
                    }
                    return 0;
                }).forEach(x -> { });
    }

    private static void inventory(Handle h, Scope scope, Map<String, Acc> acc) {
        // The latest inventory snapshot per SKU, kept by its writer in one row (V16).
        scope.bind(h.createQuery("SELECT seller_sku, fulfillable, age_0_90, age_91_180, age_181_270, "
                        + "age_271_365, age_365_plus FROM sku_inventory_latest WHERE 1 = 1" + scope.where("seller_sku")))
                .setFetchSize(2_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    if (scope.wants(sku)) {
                        Acc a = touch(acc, sku);
                        a.fulfillable = rs.getInt(2);
                        a.inventoryAge = oldestBucket(rs.getObject(3, Integer.class), rs.getObject(4, Integer.class),
                                rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
                                rs.getObject(7, Integer.class));
                    }
                    return 0;
                }).forEach(x -> { });
    }

    /**
     * Our own price changes sent to Amazon in the window (being sent, sent or confirmed), oldest first:
     * the damping guards must count a change as soon as it is sent, before any snapshot shows it.
     */
    private static void sentChanges(Handle h, Scope scope, Map<String, Acc> acc, Instant since) {
        scope.bind(h.createQuery("SELECT seller_sku, send_started_at, old_price, new_price FROM price_change "
                        + "WHERE send_started_at >= :since AND state IN ('SUBMITTING', 'SUBMITTED', 'CONFIRMED')"
                        + scope.where("seller_sku") + " ORDER BY send_started_at, id"))
                .bind("since", utc(since))
                .setFetchSize(2_000)
                .map((rs, ctx) -> {
                    String sku = rs.getString(1);
                    if (scope.wants(sku)) {
                        touch(acc, sku).sent.add(
                                new Change(instant(rs, 2), null, rs.getBigDecimal(3), rs.getBigDecimal(4)));
                    }
                    return 0;
                }).forEach(x -> { });
    }

    /** The lower bound in days of the oldest bucket holding stock; 0 for only fresh stock, empty when unknown. */
    static Integer oldestBucket(Integer a0, Integer a91, Integer a181, Integer a271, Integer a365) {
        if (a0 == null && a91 == null && a181 == null && a271 == null && a365 == null) {
            return null;
        }
        if (positive(a365)) {
            return 366;
        }
        if (positive(a271)) {
            return 271;
        }
        if (positive(a181)) {
            return 181;
        }
        if (positive(a91)) {
            return 91;
        }
        return positive(a0) ? 0 : null;
    }

    private static boolean positive(Integer v) {
        return v != null && v > 0;
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static Money money(BigDecimal v) {
        return v == null ? null : Money.usd(v);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** One of our price changes, with the cheapest new competitor below our old price in the snapshot before. */
    private static final class Change {
        final Instant at;
        final Instant prevAt;
        final BigDecimal from;
        final BigDecimal to;
        String against;
        BigDecimal againstPrice;

        Change(Instant at, Instant prevAt, BigDecimal from, BigDecimal to) {
            this.at = at;
            this.prevAt = prevAt;
            this.from = from;
            this.to = to;
        }

        void against(String seller, BigDecimal landed) {
            if (landed.compareTo(from) >= 0 || to.compareTo(from) >= 0) {
                return;
            }
            if (againstPrice == null || landed.compareTo(againstPrice) < 0
                    || landed.compareTo(againstPrice) == 0 && seller.compareTo(against) < 0) {
                against = seller;
                againstPrice = landed;
            }
        }
    }

    private static final Comparator<Row> BY_POSITION = Comparator.comparingInt(Row::position);

    private record Row(int position, String sellerId, BigDecimal landed, Channel channel, OfferCondition condition,
                       BigDecimal rating, Integer handlingDays, boolean ours) {
    }

    /** What the queries found for one SKU, until it becomes its facts. */
    private static final class Acc {
        final String sku;
        Instant snapshotAt;
        Money ourPrice;
        Money buyBoxPrice;
        Boolean weHoldBuyBox;
        Integer competitorCount;
        final List<Row> rows = new ArrayList<>(6);
        final Map<String, BigDecimal> medians = new HashMap<>(4);
        BigDecimal buyBoxShare;
        // Read in one pass, turned into the figures above in build().
        int shareSnapshots;
        int shareHeld;
        BigDecimal lastPrice;
        Instant lastPriceAt;
        final List<Change> pending = new ArrayList<>(2);
        /** Our changes sent to Amazon in the window, oldest first. */
        final List<Change> sent = new ArrayList<>(0);
        final Map<String, List<BigDecimal>> seen = new HashMap<>(8);
        final List<PriceChange> changes = new ArrayList<>(0);
        // The change being read: a change comes as one row per cheaper competitor.
        Instant changeAt;
        BigDecimal changeFrom;
        BigDecimal changeTo;
        String changeAgainst;
        BigDecimal changeAgainstPrice;
        BigDecimal conversion;
        BigDecimal dailyUnits;
        BigDecimal acos;
        BigDecimal tacos;
        long rankDay;
        Integer rank;
        // The ranks of the last days read, by epoch day (a few per SKU, looked up a few times).
        private long[] rankDays;
        private int[] rankValues;
        private int rankCount;
        long stockDay;
        Integer dailyStock;
        Integer fulfillable;
        Integer inventoryAge;

        // Read by the streaming queries, decoded on all cores; used: something was found for the SKU.
        byte[] offersPack;
        boolean offersNotCovered;
        byte[] daysPack;
        LocalDate daysLast;
        boolean used;

        Acc(String sku) {
            this.sku = sku;
        }

        void change(Instant at, BigDecimal from, BigDecimal to, String against, BigDecimal againstPrice) {
            if (!at.equals(changeAt)) {
                flushChange();
                changeAt = at;
                changeFrom = from;
                changeTo = to;
            }
            if (against != null && (changeAgainstPrice == null || againstPrice.compareTo(changeAgainstPrice) < 0
                    || againstPrice.compareTo(changeAgainstPrice) == 0 && against.compareTo(changeAgainst) < 0)) {
                changeAgainst = against;
                changeAgainstPrice = againstPrice;
            }
        }

        private void flushChange() {
            if (changeAt != null) {
                changes.add(new PriceChange(changeAt, Money.usd(changeFrom), Money.usd(changeTo),
                        Optional.ofNullable(changeAgainst)));
            }
            changeAt = null;
            changeAgainst = null;
            changeAgainstPrice = null;
        }

        void day(LocalDate day, Integer bsr, Integer stock) {
            day(day.toEpochDay(), bsr, stock);
        }

        void day(long day, Integer bsr, Integer stock) {
            if (bsr != null) {
                putRank(day, bsr);
                if (rank == null || day > rankDay) {
                    rankDay = day;
                    rank = bsr;
                }
            }
            if (stock != null && (dailyStock == null || day > stockDay)) {
                stockDay = day;
                dailyStock = stock;
            }
        }

        private void putRank(long day, int bsr) {
            for (int i = 0; i < rankCount; i++) {
                if (rankDays[i] == day) {
                    rankValues[i] = bsr;
                    return;
                }
            }
            if (rankDays == null) {
                rankDays = new long[RANK_DAYS + 1];
                rankValues = new int[RANK_DAYS + 1];
            } else if (rankCount == rankDays.length) {
                rankDays = Arrays.copyOf(rankDays, rankCount * 2);
                rankValues = Arrays.copyOf(rankValues, rankCount * 2);
            }
            rankDays[rankCount] = day;
            rankValues[rankCount++] = bsr;
        }

        private Integer rankOn(long day) {
            for (int i = 0; i < rankCount; i++) {
                if (rankDays[i] == day) {
                    return rankValues[i];
                }
            }
            return null;
        }

        /** The rank a week before the latest one: on that day, else up to three days earlier. */
        private BigDecimal rankChange() {
            if (rank == null) {
                return null;
            }
            for (int back = 7; back <= 10; back++) {
                Integer before = rankOn(rankDay - back);
                if (before != null && before > 0) {
                    return BigDecimal.valueOf(rank - before).multiply(HUNDRED)
                            .divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
                }
            }
            return null;
        }

        private BigDecimal daysOfCover() {
            Integer stock = fulfillable != null ? fulfillable : dailyStock;
            if (stock == null || dailyUnits == null) {
                return null;
            }
            if (stock <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal cap = BigDecimal.valueOf(MAX_DAYS_OF_COVER);
            if (dailyUnits.signum() <= 0) {
                return cap;
            }
            return BigDecimal.valueOf(stock).divide(dailyUnits, 1, RoundingMode.HALF_UP).min(cap);
        }

        /**
         * Our observed changes and the changes we sent, as one list oldest first. A sent change is the
         * first later observed change to its new price: it keeps our send time (the damping guards count
         * from it) and the competitor the observed change answered.
         */
        private List<Change> allChanges() {
            if (sent.isEmpty()) {
                return pending;
            }
            List<Change> all = new ArrayList<>(pending);
            for (Change s : sent) {
                for (Change c : pending) {
                    if (all.contains(c) && c.to.compareTo(s.to) == 0 && !c.at.isBefore(s.at)) {
                        all.remove(c);
                        s.against = c.against;
                        s.againstPrice = c.againstPrice;
                        break;
                    }
                }
                all.add(s);
            }
            all.sort(Comparator.comparing(c -> c.at));
            return all;
        }

        SkuFacts build(String connectedSellerId) {
            for (Change c : allChanges()) {
                change(c.at, c.from, c.to, c.against, c.againstPrice);
            }
            flushChange();
            seen.forEach((seller, prices) -> {
                if (prices.size() >= MIN_OBSERVATIONS) {
                    medians.put(seller, median(prices));
                }
            });
            if (shareSnapshots >= MIN_OBSERVATIONS) {
                buyBoxShare = BigDecimal.valueOf(shareHeld).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(shareSnapshots), 2, RoundingMode.HALF_UP);
            }
            rows.sort(BY_POSITION);
            String own = connectedSellerId;
            if (own == null) {
                // No stored connection: the offer the snapshot marked as ours names our seller id.
                own = rows.stream().filter(Row::ours).map(Row::sellerId).findFirst().orElse("");
            }
            SkuFacts.Builder b = SkuFacts.builder(sku).ownSellerId(own)
                    .snapshotAt(snapshotAt).ourPrice(ourPrice).buyBoxPrice(buyBoxPrice).weHoldBuyBox(weHoldBuyBox)
                    .buyBoxSharePct(buyBoxShare).bsr(rank).bsrChange7dPct(rankChange())
                    .daysOfCover(daysOfCover()).inventoryAgeDays(inventoryAge).conversionPct(conversion)
                    .acosPct(acos).tacosPct(tacos);
            int count = 0;
            for (Row r : rows) {
                if (r.ours() && !r.sellerId().equals(own)) {
                    // Ours by Amazon's flag under another id: never let it pass for a competitor.
                    count++;
                    continue;
                }
                b.offer(new Offer(r.sellerId(), Money.usd(r.landed()), r.channel(), r.condition(),
                        Optional.ofNullable(r.rating()), Optional.ofNullable(r.handlingDays()),
                        r.ours() ? Optional.empty() : Optional.ofNullable(medians.get(r.sellerId())).map(Money::usd)));
                count++;
            }
            if (snapshotAt != null) {
                // Snapshots stored before offers were kept one by one still know how many competed.
                b.offerCount(rows.isEmpty() ? competitorCount + (ourPrice != null ? 1 : 0) : count);
            }
            changes.forEach(b::change);
            return b.build();
        }
    }
}
