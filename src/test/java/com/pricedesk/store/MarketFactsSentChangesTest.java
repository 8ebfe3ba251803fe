package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.market.ItemCondition;
import com.pricedesk.domain.market.MarketOffer;
import com.pricedesk.domain.market.OfferSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.ChangeDamping;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.HoldReason;
import com.pricedesk.domain.rules.PriceChange;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our own changes from the approval queue in the facts' recent changes, which the damping guards read. */
class MarketFactsSentChangesTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:30:00Z");
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

    private void snapshot(String sku, Instant at, String ours, String rival, String rivalPrice) {
        MarketOffer our = new MarketOffer(US, new BigDecimal(ours), BigDecimal.ZERO, true, true, false, true,
                ItemCondition.NEW, new BigDecimal("97"), 1);
        MarketOffer other = new MarketOffer(rival, new BigDecimal(rivalPrice), BigDecimal.ZERO, true, true, false, false,
                ItemCondition.NEW, new BigDecimal("97"), 1);
        snapshots.saveOffers(at, List.of(new OfferSnapshot(sku, "B0" + sku, "USD", at, 2, Optional.of(our),
                List.of(other), Optional.empty(), Optional.of(5))), US);
    }

    private void change(String sku, String from, String to, String state, Instant sent) {
        Instant created = (sent == null ? NOW : sent).minus(Duration.ofMinutes(10));
        ws.jdbi().useHandle(h -> h.createUpdate("INSERT INTO price_change (seller_sku, currency, old_price, new_price, "
                        + "floor_price, ceiling_price, rule_set_version, reason_en, reason_zh, state, actor, created_at, "
                        + "updated_at, send_started_at) VALUES (:sku, 'USD', :from, :to, 1.00, 999.00, 1, 'r', 'r', :state, "
                        + "'test', :created, :created, :sent)")
                .bind("sku", sku).bind("from", new BigDecimal(from)).bind("to", new BigDecimal(to)).bind("state", state)
                .bind("created", created.atOffset(ZoneOffset.UTC))
                .bind("sent", sent == null ? null : sent.atOffset(ZoneOffset.UTC)).execute());
    }

    @Test
    void aChangeJustSentCountsBeforeAnySnapshotShowsItAndHoldsTheNextOne() {
        Instant snap = NOW.minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS);
        snapshot("A-1", snap, "20.00", "ARIVAL", "19.00");
        Instant sent = NOW.minus(Duration.ofMinutes(20));
        change("A-1", "20.00", "18.90", "SUBMITTED", sent);

        SkuFacts f = facts.latest(List.of("A-1")).get("A-1");

        assertThat(f.recentChanges()).singleElement().satisfies(c -> {
            assertThat(c.at()).isEqualTo(sent);
            assertThat(c.from()).isEqualTo(Money.usd("20.00"));
            assertThat(c.to()).isEqualTo(Money.usd("18.90"));
        });
        // The engine's minimum interval now holds a further change.
        Optional<ChangeDamping.Hold> hold = new ChangeDamping(GuardrailSettings.DEFAULTS)
                .check(f.recentChanges(), NOW, true, Optional.of("ARIVAL"));
        assertThat(hold).map(ChangeDamping.Hold::reason).contains(HoldReason.MIN_INTERVAL);
    }

    @Test
    void aSentChangeThatASnapshotLaterShowsIsOneChangeAtItsSendTimeAgainstTheRivalItAnswered() {
        Instant t0 = NOW.minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.HOURS);
        Instant sent = t0.plus(Duration.ofMinutes(30));
        Instant t1 = t0.plus(Duration.ofHours(2));
        snapshot("A-1", t0, "20.00", "ARIVAL", "19.00");
        change("A-1", "20.00", "18.90", "CONFIRMED", sent);
        snapshot("A-1", t1, "18.90", "ARIVAL", "19.00");

        List<PriceChange> changes = facts.latest(List.of("A-1")).get("A-1").recentChanges();

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.at()).isEqualTo(sent);
            assertThat(c.to()).isEqualTo(Money.usd("18.90"));
            assertThat(c.againstSellerId()).contains("ARIVAL");
        });
    }

    @Test
    void proposalsFailuresAndChangesOlderThanTheWindowAreNotChanges() {
        snapshot("A-1", NOW.minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS), "20.00", "ARIVAL", "19.00");
        change("A-1", "20.00", "19.50", "PROPOSED", null);
        change("A-1", "20.00", "19.40", "APPROVED", null);
        change("A-1", "20.00", "19.30", "FAILED", NOW.minus(Duration.ofHours(2)));
        change("A-1", "20.00", "19.20", "CONFIRMED", NOW.minus(Duration.ofDays(JdbiMarketFacts.CHANGE_DAYS + 1)));
        change("A-1", "20.00", "19.10", "SUBMITTING", NOW.minus(Duration.ofHours(5)));
        change("A-1", "19.10", "19.05", "CONFIRMED", NOW.minus(Duration.ofHours(4)));

        List<PriceChange> changes = facts.latest(List.of("A-1")).get("A-1").recentChanges();

        // Oldest first: the damping guards read the last one as the latest.
        assertThat(changes).extracting(PriceChange::to).containsExactly(Money.usd("19.10"), Money.usd("19.05"));
    }

    @Test
    void inBulkTheSentChangesAreTheSameAsWhenNamedOneByOne() {
        int n = JdbiMarketFacts.NAMED_LIMIT + 20;
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String sku = String.format("S-%04d", i);
            skus.add(sku);
            if (i % 50 == 0) {
                change(sku, "20.00", "19.00", "CONFIRMED", NOW.minus(Duration.ofHours(1 + i % 7)));
            }
        }
        snapshot("S-0050", NOW.minus(Duration.ofHours(12)), "20.00", "ARIVAL", "19.50");

        Map<String, SkuFacts> bulk = facts.latest(skus);

        assertThat(bulk).hasSize((n + 49) / 50);
        for (String sku : List.of("S-0000", "S-0050", "S-0500")) {
            assertThat(bulk.get(sku).recentChanges()).hasSize(1).isEqualTo(
                    facts.latest(List.of(sku)).get(sku).recentChanges());
        }
    }
}
