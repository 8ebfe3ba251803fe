package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.market.ItemCondition;
import com.pricedesk.domain.market.MarketOffer;
import com.pricedesk.domain.market.OfferSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The current price follows Amazon: a listed price the offers sync sees after the stored one (changed in
 * Seller Central) replaces it; an older snapshot (Amazon still showing the price before a confirmed
 * change) does not.
 */
class ListedPriceAdoptionTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:30:00Z");
    private static final String US = "AOURSELLER0001";

    @TempDir
    Path dir;
    private Workspace ws;
    private JdbiMarketSnapshotRepository snapshots;
    private final MutableClock clock = new MutableClock(NOW);
    private JdbiPriceRepository prices;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        snapshots = new JdbiMarketSnapshotRepository(ws.jdbi());
        prices = new JdbiPriceRepository(ws.jdbi(), clock);
        new JdbiSkuRepository(ws.jdbi()).saveAll(List.of(sku("A-1"), sku("B-2"), sku("C-3")));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static Sku sku(String id) {
        return new Sku(id, "B0" + id, "Item " + id, null, "Home and Kitchen", Tier.REGULAR, List.of(), null, null);
    }

    private void snapshot(String sku, Instant at, String ours) {
        Optional<MarketOffer> our = ours == null ? Optional.empty() : Optional.of(new MarketOffer(US, new BigDecimal(ours),
                BigDecimal.ZERO, true, true, false, true, ItemCondition.NEW, new BigDecimal("97"), 1));
        MarketOffer other = new MarketOffer("ARIVAL", new BigDecimal("19.00"), BigDecimal.ZERO, true, true, false, false,
                ItemCondition.NEW, new BigDecimal("97"), 1);
        snapshots.saveOffers(at, List.of(new OfferSnapshot(sku, "B0" + sku, "USD", at, 2, our, List.of(other),
                Optional.empty(), Optional.of(5))), US);
    }

    @Test
    void aListedPriceSeenAfterTheStoredOneBecomesTheCurrentPrice() {
        prices.saveAll(Map.of("A-1", Money.usd("20.00")));
        snapshot("A-1", NOW.plus(Duration.ofHours(1)), "22.49");
        assertThat(prices.currentPrice("A-1")).contains(Money.usd("22.49"));
    }

    @Test
    void aSnapshotOlderThanAConfirmedChangeLeavesTheConfirmedPrice() {
        snapshot("A-1", NOW.minus(Duration.ofMinutes(5)), "20.00");
        prices.saveAll(Map.of("A-1", Money.usd("18.90")));   // confirmed at NOW
        snapshot("A-1", NOW.minus(Duration.ofMinutes(1)), "20.00");
        assertThat(prices.currentPrice("A-1")).contains(Money.usd("18.90"));
        clock.advance(Duration.ofMinutes(30));
        snapshot("A-1", NOW.plus(Duration.ofMinutes(30)), "18.90");
        assertThat(prices.currentPrice("A-1")).contains(Money.usd("18.90"));
    }

    @Test
    void aSkuWithoutAStoredPriceGetsTheListedOneAndNoOfferOfOursChangesNothing() {
        prices.saveAll(Map.of("C-3", Money.usd("9.99")));
        snapshot("B-2", NOW.plus(Duration.ofHours(1)), "15.00");
        snapshot("C-3", NOW.plus(Duration.ofHours(1)), null);
        snapshot("ZZ-UNKNOWN", NOW.plus(Duration.ofHours(1)), "5.00");
        assertThat(prices.currentPrices()).containsExactlyInAnyOrderEntriesOf(
                Map.of("B-2", Money.usd("15.00"), "C-3", Money.usd("9.99")));
    }

    @Test
    void rebuildingFromSnapshotsWrittenBySqlAdoptsTheLatestNewerListedPrice() {
        prices.saveAll(Map.of("A-1", Money.usd("20.00"), "B-2", Money.usd("30.00")));
        ws.jdbi().useHandle(h -> {
            for (Object[] row : new Object[][] {{"A-1", NOW.plus(Duration.ofHours(1)), "21.00"},
                    {"A-1", NOW.plus(Duration.ofHours(2)), "21.50"}, {"B-2", NOW.minus(Duration.ofHours(2)), "25.00"},
                    {"C-3", NOW.plus(Duration.ofHours(1)), "7.00"}, {"ZZ-UNKNOWN", NOW, "5.00"}}) {
                h.createUpdate("INSERT INTO offer_snapshot (seller_sku, as_of, our_price, we_hold_buy_box, "
                                + "competitor_count) VALUES (:s, :at, :p, FALSE, 0)")
                        .bind("s", (String) row[0]).bind("at", ((Instant) row[1]).atOffset(ZoneOffset.UTC))
                        .bind("p", new BigDecimal((String) row[2])).execute();
            }
        });
        snapshots.rebuildLatestOffersAndInventory();
        assertThat(prices.currentPrices()).containsExactlyInAnyOrderEntriesOf(
                Map.of("A-1", Money.usd("21.50"), "B-2", Money.usd("30.00"), "C-3", Money.usd("7.00")));
    }
}
