package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.market.BuyBox;
import com.pricedesk.domain.market.InventoryAge;
import com.pricedesk.domain.market.InventoryLevel;
import com.pricedesk.domain.market.ItemCondition;
import com.pricedesk.domain.market.MarketOffer;
import com.pricedesk.domain.market.OfferSnapshot;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packed recent offers ({@code sku_offers}, V16) against the snapshot and offer rows they hold:
 * after many offers syncs (repeated, late and very old snapshots, prices with more than two decimals,
 * unknown ratings and handling, no offer of ours, no Buy Box, sub-microsecond times) the facts read from
 * the packs equal the facts read from the rows, and the packs equal a rebuild byte for byte; the same
 * after a failed and a resumed sync, and for offers stored before V16. The latest inventory row per SKU
 * equals the latest inventory snapshot however the snapshots arrive.
 */
class RecentOffersRollupTest {
    private static final Instant START = Instant.parse("2026-09-01T06:00:00Z");
    private static final String US = "AOURSELLER0001";

    @TempDir
    Path dir;
    private Workspace ws;
    private JdbiMarketSnapshotRepository snapshots;
    private final List<String> skus = IntStream.range(0, 40).mapToObj(i -> String.format("P-%03d", i)).toList();

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, Clock.systemUTC());
        snapshots = new JdbiMarketSnapshotRepository(ws.jdbi());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void connect() {
        ws.jdbi().useHandle(h -> h.execute("INSERT INTO amazon_connection (id, sp_api_endpoint, lwa_endpoint, client_id, "
                + "seller_id, marketplace_id, client_secret_sealed, refresh_token_sealed, key_id, connected_at) VALUES "
                + "(1, 'http://x', 'http://y', 'c', ?, 'ATVPDKIKX0DER', 's', 'r', 'k', CURRENT_TIMESTAMP)", US));
    }

    private static BigDecimal price(Random r) {
        // Now and then a third decimal: the tables keep two, and so must the packs.
        return r.nextInt(8) == 0 ? BigDecimal.valueOf(9_000 + r.nextInt(20_000), 3)
                : BigDecimal.valueOf(900 + r.nextInt(2_000), 2);
    }

    private static MarketOffer competitor(Random r) {
        String seller = r.nextInt(40) == 0 ? null : "S" + r.nextInt(8);
        BigDecimal rating = switch (r.nextInt(5)) {
            case 0 -> null;
            case 1 -> BigDecimal.valueOf(r.nextInt(12_000) - 500, 2); // clamped to 0-100 when stored
            default -> BigDecimal.valueOf(80 + r.nextInt(21));
        };
        Integer handling = switch (r.nextInt(5)) {
            case 0 -> null;
            case 1 -> 500 + r.nextInt(2_000); // at most 999 when stored
            default -> r.nextInt(5);
        };
        boolean mineUnderAnotherId = r.nextInt(60) == 0;
        return new MarketOffer(seller, price(r), r.nextInt(3) == 0 ? new BigDecimal("3.99") : BigDecimal.ZERO,
                r.nextBoolean(), false, false, mineUnderAnotherId, ItemCondition.values()[r.nextInt(5) == 0
                ? r.nextInt(4) : 0], rating, handling);
    }

    private static OfferSnapshot snapshot(Random r, String sku, Instant at) {
        List<MarketOffer> rivals = new ArrayList<>();
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            rivals.add(competitor(r));
        }
        Optional<MarketOffer> ours = r.nextInt(8) == 0 ? Optional.empty() : Optional.of(new MarketOffer(US,
                r.nextInt(3) == 0 ? new BigDecimal("19.99") : price(r), BigDecimal.ZERO, true, true, false, true,
                ItemCondition.NEW, new BigDecimal("99"), 1));
        Optional<BuyBox> bb = switch (r.nextInt(4)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(new BuyBox(price(r), BigDecimal.ZERO, US));
            default -> Optional.of(new BuyBox(price(r), BigDecimal.ZERO, "S" + r.nextInt(8)));
        };
        return new OfferSnapshot(sku, "B0" + sku, "USD", at, rivals.size() + (ours.isPresent() ? 1 : 0), ours, rivals,
                bb, Optional.empty());
    }

    private List<OfferSnapshot> sync(Random r, Instant at, List<String> which) {
        List<OfferSnapshot> out = new ArrayList<>();
        for (String sku : which) {
            if (r.nextInt(10) != 0) {
                out.add(snapshot(r, sku, at));
            }
        }
        return out;
    }

    /** Facts of every SKU at {@code now}: from the packs, then from the offer rows alone. */
    private void assertPacksAnswerAsTheRowsDo(Instant now) {
        assertPacksAnswerAsTheRowsDo(now, true);
    }

    private void assertPacksAnswerAsTheRowsDo(Instant now, boolean withMedians) {
        JdbiMarketFacts facts = new JdbiMarketFacts(ws.jdbi(), Clock.fixed(now, ZoneOffset.UTC));
        Map<String, SkuFacts> fromPacks = facts.latest(skus);
        Map<String, byte[]> saved = packs();
        ws.jdbi().useHandle(h -> h.execute("UPDATE sku_offers SET offers = NULL"));
        Map<String, SkuFacts> fromRows = facts.latest(skus);
        restore(saved);
        assertThat(fromPacks).as("facts at %s", now).isEqualTo(fromRows);
        if (withMedians) {
            assertThat(fromPacks.values()).as("offers with a recent median at %s", now).anyMatch(f -> f.offers()
                    .stream().anyMatch(o -> o.recentMedianPrice().isPresent()));
        }
    }

    private Map<String, byte[]> packs() {
        Map<String, byte[]> out = new HashMap<>();
        ws.jdbi().useHandle(h -> h.createQuery("SELECT seller_sku, offers FROM sku_offers")
                .map((rs, ctx) -> out.put(rs.getString(1), rs.getBytes(2))).list());
        return out;
    }

    private void restore(Map<String, byte[]> saved) {
        ws.jdbi().useHandle(h -> saved.forEach((sku, b) -> h.createUpdate(
                "UPDATE sku_offers SET offers = :b WHERE seller_sku = :s").bind("b", b).bind("s", sku).execute()));
    }

    private void assertPacksEqualARebuild() {
        Map<String, byte[]> incremental = packs();
        snapshots.rebuildLatestOffersAndInventory();
        Map<String, byte[]> rebuilt = packs();
        assertThat(incremental.keySet()).isEqualTo(rebuilt.keySet());
        incremental.forEach((k, b) -> assertThat(b).as(k).isEqualTo(rebuilt.get(k)));
    }

    @Test
    void afterManySyncsThePacksGiveTheSameFactsAsTheOfferRows() {
        connect();
        Random r = new Random(42);
        Instant latest = START;
        Instant previous = START;
        for (int sync = 0; sync < 80; sync++) {
            // Every 17 hours, with nanoseconds the tables round away; now and then a repeat, a late
            // snapshot within the window, or one older than the packs keep.
            Instant at = START.plus(Duration.ofHours(17L * sync)).plusNanos(r.nextInt(1_000_000_000));
            switch (r.nextInt(12)) {
                case 0 -> at = previous;
                case 1 -> at = latest.minus(Duration.ofDays(3)).plusSeconds(r.nextInt(1_000));
                case 2 -> at = latest.minus(Duration.ofDays(45 + r.nextInt(10)));
                default -> { }
            }
            if (at.isAfter(latest)) {
                latest = at;
            }
            previous = at;
            snapshots.saveOffers(at, sync(r, at, skus), US);
        }
        for (long hours : new long[] {0, 5, 24 * 4, 24 * 13, 24 * 31, 24 * 45, -24 * 20, -24 * 50}) {
            // Medians need prices of the last 30 days: none a month after the last sync.
            assertPacksAnswerAsTheRowsDo(latest.plus(Duration.ofHours(hours)), hours < 24 * 20);
        }
        assertPacksEqualARebuild();
    }

    @Test
    void manySkusAreDecodedOnAllCoresWithTheSameFacts() {
        connect();
        Random r = new Random(21);
        // Above the parallel threshold: the packs are decoded and the facts built in parts.
        List<String> many = IntStream.range(0, 2_600).mapToObj(i -> String.format("M-%04d", i)).toList();
        for (int sync = 0; sync < 4; sync++) {
            Instant at = START.plus(Duration.ofHours(11L * sync));
            snapshots.saveOffers(at, sync(r, at, many), US);
        }
        Instant now = START.plus(Duration.ofDays(2));
        JdbiMarketFacts facts = new JdbiMarketFacts(ws.jdbi(), Clock.fixed(now, ZoneOffset.UTC));
        Map<String, SkuFacts> fromPacks = facts.latest(many);
        ws.jdbi().useHandle(h -> h.execute("UPDATE sku_offers SET offers = NULL"));
        Map<String, SkuFacts> fromRows = facts.latest(many);
        assertThat(fromPacks).hasSizeGreaterThan(2_500).isEqualTo(fromRows);
    }

    @Test
    void withoutAStoredConnectionOurOfferIsTheOneMarkedOurs() {
        Random r = new Random(11);
        for (int sync = 0; sync < 20; sync++) {
            Instant at = START.plus(Duration.ofHours(9L * sync));
            snapshots.saveOffers(at, sync(r, at, skus), US);
        }
        assertPacksAnswerAsTheRowsDo(START.plus(Duration.ofDays(8)));
        assertPacksEqualARebuild();
    }

    @Test
    void aFailedSyncChangesNeitherAndAResumedOneEndsAsAWholeOne() {
        connect();
        Random r = new Random(7);
        for (int sync = 0; sync < 12; sync++) {
            Instant at = START.plus(Duration.ofHours(12L * sync));
            snapshots.saveOffers(at, sync(r, at, skus), US);
        }
        Map<String, byte[]> before = packs();
        long rowsBefore = ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM offer_row")
                .mapTo(Long.class).one());

        Instant at = START.plus(Duration.ofDays(7));
        List<OfferSnapshot> todays = skus.stream().map(s -> snapshot(r, s, at)).toList();
        List<OfferSnapshot> broken = new ArrayList<>(todays);
        // Too large for the landed price: the whole write fails, rows and packs alike.
        OfferSnapshot b = todays.get(30);
        broken.set(30, new OfferSnapshot(b.sellerSku(), b.asin(), "USD", at, 1, Optional.empty(), List.of(
                new MarketOffer("S1", new BigDecimal("1e15"), BigDecimal.ZERO, true, false, false, false)),
                Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> snapshots.saveOffers(at, broken, US)).isInstanceOf(RuntimeException.class);
        assertThat(packs()).usingRecursiveComparison().isEqualTo(before);
        long rowsAfter = ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM offer_row")
                .mapTo(Long.class).one());
        assertThat(rowsAfter).isEqualTo(rowsBefore);

        // The sync resumes after the 20th SKU: the first 20 were stored by the interrupted run.
        snapshots.saveOffers(at, todays.subList(0, 20), US);
        snapshots.saveOffers(at, todays.subList(20, todays.size()), US);
        Map<String, byte[]> resumed = packs();
        assertPacksAnswerAsTheRowsDo(at);
        assertPacksAnswerAsTheRowsDo(at.plus(Duration.ofDays(2)));
        assertPacksEqualARebuild();
        // The whole sync again (a repeated run) leaves the same packs.
        snapshots.saveOffers(at, todays, US);
        assertThat(packs()).usingRecursiveComparison().isEqualTo(resumed);
    }

    @Test
    void offersStoredBeforeThePacksAreReadFromTheRowsUntilTheirNextWrite() {
        connect();
        Random r = new Random(3);
        Instant at = START;
        for (int sync = 0; sync < 10; sync++) {
            at = START.plus(Duration.ofHours(20L * sync));
            snapshots.saveOffers(at, sync(r, at, skus), US);
        }
        Instant now = at.plus(Duration.ofHours(1));
        Map<String, SkuFacts> expected = new JdbiMarketFacts(ws.jdbi(), Clock.fixed(now, ZoneOffset.UTC)).latest(skus);
        // As V16 leaves a workspace with older offers: every SKU's pack not built yet.
        ws.jdbi().useHandle(h -> h.execute("UPDATE sku_offers SET offers = NULL"));
        JdbiMarketFacts facts = new JdbiMarketFacts(ws.jdbi(), Clock.fixed(now, ZoneOffset.UTC));
        assertThat(facts.latest(skus)).isEqualTo(expected);

        Instant next = at.plus(Duration.ofMinutes(30));
        snapshots.saveOffers(next, List.of(snapshot(r, skus.get(0), next)), US);
        assertThat(packs().get(skus.get(0))).isNotNull();
        assertThat(packs().get(skus.get(1))).isNull();
        assertPacksAnswerAsTheRowsDo(now);
        assertPacksAnswerAsTheRowsDo(now.plus(Duration.ofDays(3)));
        // A rebuild then builds every pack, with the same facts.
        snapshots.rebuildLatestOffersAndInventory();
        assertThat(packs().values()).doesNotContainNull();
        assertPacksAnswerAsTheRowsDo(now);
    }

    @Test
    void theMedianInCentsIsTheMedianTheRowsGive() {
        Random r = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            int n = 1 + r.nextInt(9);
            long[] cents = new long[n];
            List<BigDecimal> values = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                cents[k] = r.nextInt(4) == 0 ? -r.nextInt(500) : r.nextInt(5_000);
                values.add(BigDecimal.valueOf(cents[k], 2));
            }
            assertThat(BigDecimal.valueOf(JdbiMarketFacts.medianCents(cents, n), 2))
                    .isEqualTo(JdbiMarketFacts.median(values));
        }
    }

    @Test
    void theLatestInventoryRowIsTheLatestSnapshotHoweverTheyArrive() {
        Random r = new Random(5);
        for (int sync = 0; sync < 30; sync++) {
            Instant at = START.plus(Duration.ofHours(r.nextInt(24 * 20)));
            List<InventoryLevel> levels = new ArrayList<>();
            Map<String, InventoryAge> ages = new HashMap<>();
            for (String sku : skus) {
                if (r.nextInt(4) == 0) {
                    continue;
                }
                levels.add(new InventoryLevel(sku, "B0" + sku, null, 0, r.nextInt(500), 0, 0, at));
                if (r.nextBoolean()) {
                    ages.put(sku, new InventoryAge(sku, 0, r.nextInt(50), r.nextInt(3), 0, r.nextInt(2), 0));
                }
            }
            snapshots.saveInventory(at, levels, ages);
        }
        String latestBySnapshots = "SELECT i.seller_sku, i.as_of, i.fulfillable, i.age_0_90, i.age_91_180, "
                + "i.age_181_270, i.age_271_365, i.age_365_plus FROM inventory_snapshot i JOIN (SELECT seller_sku, "
                + "MAX(as_of) m FROM inventory_snapshot GROUP BY seller_sku) l ON i.seller_sku = l.seller_sku "
                + "AND i.as_of = l.m ORDER BY 1";
        String latestRows = "SELECT seller_sku, as_of, fulfillable, age_0_90, age_91_180, age_181_270, age_271_365, "
                + "age_365_plus FROM sku_inventory_latest ORDER BY 1";
        List<Map<String, Object>> expected = ws.jdbi().withHandle(h -> h.createQuery(latestBySnapshots).mapToMap().list());
        assertThat(expected).hasSize(skus.size());
        List<Map<String, Object>> kept = ws.jdbi().withHandle(h -> h.createQuery(latestRows).mapToMap().list());
        assertThat(kept).isEqualTo(expected);
        snapshots.rebuildLatestOffersAndInventory();
        List<Map<String, Object>> rebuilt = ws.jdbi().withHandle(h -> h.createQuery(latestRows).mapToMap().list());
        assertThat(rebuilt).isEqualTo(expected);
    }
}
