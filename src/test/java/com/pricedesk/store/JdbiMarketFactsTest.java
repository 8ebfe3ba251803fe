package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.market.InventoryAge;
import com.pricedesk.domain.market.InventoryLevel;
import com.pricedesk.domain.market.ItemCondition;
import com.pricedesk.domain.market.MarketOffer;
import com.pricedesk.domain.market.OfferSnapshot;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Competitors;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.OfferCondition;
import com.pricedesk.domain.rules.PriceChange;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The market facts adapter against a real H2 workspace filled through the snapshot repository. */
class JdbiMarketFactsTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String US = "AOURSELLER0001";

    @TempDir
    Path dir;
    private Workspace ws;
    private JdbiMarketSnapshotRepository snapshots;
    private JdbiMarketFacts facts;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, CLOCK);
        snapshots = new JdbiMarketSnapshotRepository(ws.jdbi());
        facts = new JdbiMarketFacts(ws.jdbi(), CLOCK);
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

    private static MarketOffer offer(String seller, String price, boolean fba, ItemCondition condition, boolean mine) {
        return new MarketOffer(seller, new BigDecimal(price), BigDecimal.ZERO, fba, fba, false, mine, condition,
                new BigDecimal("97"), fba ? 1 : 3);
    }

    private static OfferSnapshot snapshot(String sku, Instant at, String ours, List<MarketOffer> competitors) {
        Optional<MarketOffer> our = Optional.ofNullable(ours).map(p -> offer(US, p, true, ItemCondition.NEW, true));
        return new OfferSnapshot(sku, "B0" + sku, "USD", at, competitors.size() + (ours == null ? 0 : 1), our,
                competitors, Optional.empty(), Optional.of(5));
    }

    private void save(Instant asOf, OfferSnapshot... s) {
        snapshots.saveOffers(asOf, List.of(s), US);
    }

    @Test
    void ourOwnOfferIsStoredButNeverACompetitorAndItsIdComesFromTheConnection() {
        connect();
        save(NOW.minusSeconds(1800), snapshot("A-1", NOW, "20.00",
                List.of(offer("ARIVAL", "18.50", true, ItemCondition.NEW, false),
                        offer("AUSED", "12.00", false, ItemCondition.USED, false))));

        SkuFacts f = facts.latest(List.of("A-1")).get("A-1");

        assertThat(f.ownSellerId()).isEqualTo(US);
        assertThat(f.offers()).extracting(Offer::sellerId).containsExactly(US, "ARIVAL", "AUSED");
        assertThat(f.effectiveOfferCount()).contains(3);
        Offer used = f.offers().get(2);
        assertThat(used.condition()).isEqualTo(OfferCondition.USED);
        assertThat(used.channel()).isEqualTo(Channel.FBM);
        assertThat(used.handlingDays()).contains(3);
        assertThat(used.feedbackRatingPct()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("97"));
        // New only by default: the used offer is filtered out, ours is never in.
        assertThat(Competitors.of(f, CompetitorFilter.DEFAULT).all()).extracting(Offer::sellerId)
                .containsExactly("ARIVAL");
        assertThat(f.ourPrice()).contains(Money.usd("20.00"));
    }

    @Test
    void withoutAStoredConnectionTheOfferMarkedOursNamesUs() {
        save(NOW.minusSeconds(1800), snapshot("A-1", NOW, "20.00",
                List.of(offer("ARIVAL", "18.50", true, ItemCondition.NEW, false))));
        SkuFacts f = facts.latest(List.of("A-1")).get("A-1");
        assertThat(f.ownSellerId()).isEqualTo(US);
        assertThat(Competitors.of(f, CompetitorFilter.DEFAULT).all()).extracting(Offer::sellerId)
                .containsExactly("ARIVAL");
    }

    @Test
    void unknownFactsStayUnknownNeverZero() {
        save(NOW.minusSeconds(1800), snapshot("A-1", NOW, null, List.of()));
        Map<String, SkuFacts> all = facts.latest(List.of("A-1", "NEVER-SYNCED"));

        assertThat(all).doesNotContainKey("NEVER-SYNCED");
        SkuFacts f = all.get("A-1");
        assertThat(f.snapshotAt()).isPresent();
        assertThat(f.ourPrice()).isEmpty();
        assertThat(f.buyBoxPrice()).isEmpty();
        assertThat(f.bsr()).isEmpty();
        assertThat(f.bsrChange7dPct()).isEmpty();
        assertThat(f.daysOfCover()).isEmpty();
        assertThat(f.inventoryAgeDays()).isEmpty();
        assertThat(f.conversionPct()).isEmpty();
        assertThat(f.acosPct()).isEmpty();
        assertThat(f.tacosPct()).isEmpty();
        assertThat(f.buyBoxSharePct()).isEmpty();
        assertThat(f.landedCost()).isEmpty();
        assertThat(f.recentChanges()).isEmpty();
        assertThat(f.offers()).isEmpty();
    }

    @Test
    void theLatestSnapshotWinsAndASyncRepeatedInTheSameHourStoresEachOfferOnce() {
        Instant earlier = NOW.minus(Duration.ofHours(5)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Instant later = NOW.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        save(earlier, snapshot("A-1", earlier, "21.00", List.of(offer("AOLD", "19.00", true, ItemCondition.NEW, false),
                offer("AGONE", "18.00", true, ItemCondition.NEW, false))));
        save(later, snapshot("A-1", later, "20.00", List.of(offer("ANEW", "19.50", true, ItemCondition.NEW, false))));
        save(later, snapshot("A-1", later, "20.00", List.of(offer("ANEW", "19.50", true, ItemCondition.NEW, false))));

        SkuFacts f = facts.latest(List.of("A-1")).get("A-1");

        assertThat(f.snapshotAt()).contains(later);
        assertThat(f.ourPrice()).contains(Money.usd("20.00"));
        assertThat(f.offers()).extracting(Offer::sellerId).containsExactly(US, "ANEW");
        long rows = ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM offer_row").mapTo(Long.class).one());
        assertThat(rows).isEqualTo(5);
        // Our price fell 21.00 → 20.00 after AGONE at 18.00 undercut us: the change answered AGONE.
        assertThat(f.recentChanges()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(Money.usd("21.00"));
            assertThat(c.to()).isEqualTo(Money.usd("20.00"));
            assertThat(c.at()).isEqualTo(later);
            assertThat(c.againstSellerId()).contains("AGONE");
        });
    }

    @Test
    void aCompetitorsRecentMedianAndOurBuyBoxShareComeFromTheRecentSnapshots() {
        connect();
        String[] rival = {"20.00", "21.00", "19.00", "6.00"};
        for (int i = 0; i < rival.length; i++) {
            Instant at = NOW.minus(Duration.ofHours(6L * (rival.length - i)));
            boolean weHold = i % 2 == 0;
            OfferSnapshot s = new OfferSnapshot("A-1", "B0A-1", "USD", at, 2,
                    Optional.of(offer(US, "22.00", true, ItemCondition.NEW, true)),
                    List.of(offer("ARIVAL", rival[i], true, ItemCondition.NEW, false)),
                    Optional.of(new com.pricedesk.domain.market.BuyBox(new BigDecimal(weHold ? "22.00" : rival[i]),
                            BigDecimal.ZERO, weHold ? US : "ARIVAL")), Optional.empty());
            save(at, s);
        }
        SkuFacts f = facts.latest(List.of("A-1")).get("A-1");
        Offer r = Competitors.of(f, CompetitorFilter.DEFAULT).lowest().orElseThrow();
        assertThat(r.landedPrice()).isEqualTo(Money.usd("6.00"));
        // Median of 20, 21, 19, 6 is 19.50: $6.00 is below half of it, which the suspicious-price guard reads.
        assertThat(r.recentMedianPrice()).contains(Money.usd("19.50"));
        assertThat(f.buyBoxSharePct()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
        assertThat(f.weHoldBuyBox()).contains(false);
        assertThat(f.buyBoxPrice()).contains(Money.usd("6.00"));
    }

    @Test
    void rankTrafficAdsAndStockComeFromTheDailyRowsAndTheInventorySnapshot() {
        save(NOW.minusSeconds(600), snapshot("A-1", NOW, "20.00", List.of()));
        List<SkuDay> days = new ArrayList<>();
        for (int back = 1; back <= 40; back++) {
            LocalDate d = TODAY.minusDays(back);
            // 30 days in the window: 4 units and 50 sessions a day, $10 ad spend for $40 ad sales of $80 sales.
            days.add(SkuDay.empty("A-1", d).withSales(4, 50, new BigDecimal("80.00"))
                    .withAds(new BigDecimal("10.00"), new BigDecimal("40.00")).withBsr(back == 1 ? 90 : back == 7 ? 100 : 500));
        }
        days.add(SkuDay.empty("A-1", TODAY).withBsr(80));
        snapshots.mergeDays(days, EnumSet.of(SkuDay.Field.SALES, SkuDay.Field.ADS, SkuDay.Field.BSR));
        snapshots.saveInventory(NOW.minusSeconds(900), List.of(new InventoryLevel("A-1", "B0A-1", "X001", 120, 120, 0, 0, NOW)),
                Map.of("A-1", new InventoryAge("A-1", 120, 100, 0, 20, 0, 0)));

        SkuFacts f = facts.latest(List.of("A-1")).get("A-1");

        assertThat(f.bsr()).contains(80);
        // Today 80 against 100 seven days before today → −20% (the rank improved).
        assertThat(f.bsrChange7dPct()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-20"));
        assertThat(f.conversionPct()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
        assertThat(f.acosPct()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
        assertThat(f.tacosPct()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.5"));
        assertThat(f.daysOfCover()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30"));
        assertThat(f.inventoryAgeDays()).contains(181);
    }

    @Test
    void noSalesWithStockIsALongCoverNotAnUnknownOne() {
        List<SkuDay> days = IntStream.rangeClosed(1, 10)
                .mapToObj(b -> SkuDay.empty("A-1", TODAY.minusDays(b)).withSales(0, 20, new BigDecimal("0.00"))).toList();
        snapshots.mergeDays(days, EnumSet.of(SkuDay.Field.SALES));
        snapshots.saveInventory(NOW.minusSeconds(900), List.of(new InventoryLevel("A-1", "B0A-1", "X001", 50, 50, 0, 0, NOW)), Map.of());

        SkuFacts f = facts.latest(List.of("A-1")).get("A-1");

        assertThat(f.daysOfCover()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("999"));
        assertThat(f.conversionPct()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        // No ads data, no sales: unknown, not zero.
        assertThat(f.acosPct()).isEmpty();
        assertThat(f.tacosPct()).isEmpty();
        assertThat(f.inventoryAgeDays()).isEmpty();
        assertThat(f.snapshotAt()).isEmpty();
    }

    @Test
    void manySkusAreReadInBulkWithTheSameFactsAsWhenNamedOneByOne() {
        connect();
        int n = JdbiMarketFacts.NAMED_LIMIT + 100;
        List<OfferSnapshot> all = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String sku = String.format("S-%04d", i);
            ids.add(sku);
            all.add(snapshot(sku, NOW, "20.00", List.of(offer("AR" + (i % 7), String.valueOf(15 + i % 9), i % 2 == 0,
                    ItemCondition.NEW, false))));
        }
        snapshots.saveOffers(NOW.minusSeconds(600), all, US);

        Map<String, SkuFacts> bulk = facts.latest(ids);

        assertThat(bulk).hasSize(n);
        for (String sku : List.of("S-0000", "S-0333", ids.get(n - 1))) {
            assertThat(bulk.get(sku)).isEqualTo(facts.latest(List.of(sku)).get(sku));
        }
        // Only what was asked for comes back, in bulk too.
        assertThat(facts.latest(ids.subList(0, n - 1))).hasSize(n - 1).doesNotContainKey(ids.get(n - 1));
        assertThat(bulk.get("S-0003").offers()).extracting(Offer::landedPrice).containsExactly(Money.usd("20.00"),
                Money.usd("18.00"));
    }

    @Test
    void anIncreaseAgainstNobodyIsStillAChange() {
        Instant t0 = NOW.minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Instant t1 = NOW.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        save(t0, snapshot("A-1", t0, "20.00", List.of(offer("ACHEAP", "15.00", true, ItemCondition.NEW, false))));
        save(t1, snapshot("A-1", t1, "22.00", List.of()));
        List<PriceChange> changes = facts.latest(List.of("A-1")).get("A-1").recentChanges();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.isDecrease()).isFalse();
            assertThat(c.againstSellerId()).isEmpty();
        });
    }

    @Test
    void aSnapshotOlderThanTheWindowIsStillTheLatestButGivesNoMedianShareOrChange() {
        connect();
        Instant old = NOW.minus(Duration.ofDays(40)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        for (int k = 0; k < 3; k++) {
            Instant at = old.minus(Duration.ofHours(6L * k));
            save(at, snapshot("A-OLD", at, k == 0 ? "21.00" : "20.00",
                    List.of(offer("ARIVAL", "19.00", true, ItemCondition.NEW, false))));
        }
        Instant recent = NOW.minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        save(recent, snapshot("B-NEW", recent, "30.00", List.of(offer("AOTHER", "29.00", false, ItemCondition.NEW, false))));

        Map<String, SkuFacts> all = facts.latest(List.of("A-OLD", "B-NEW", "C-NONE"));

        SkuFacts a = all.get("A-OLD");
        assertThat(a.snapshotAt()).contains(old);
        assertThat(a.ourPrice()).contains(Money.usd("21.00"));
        assertThat(a.offers()).extracting(Offer::sellerId).containsExactly(US, "ARIVAL");
        assertThat(a.offers().get(1).recentMedianPrice()).isEmpty();
        assertThat(a.buyBoxSharePct()).isEmpty();
        assertThat(a.recentChanges()).isEmpty();
        assertThat(all.get("B-NEW").offers()).extracting(Offer::sellerId).containsExactly(US, "AOTHER");
        assertThat(all.get("B-NEW").snapshotAt()).contains(recent);
        assertThat(all.getOrDefault("C-NONE", SkuFacts.unknown("C-NONE", "")).snapshotAt()).isEmpty();
    }
}
