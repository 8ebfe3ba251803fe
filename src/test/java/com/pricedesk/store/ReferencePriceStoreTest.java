package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V17: regular prices and listing maxima in a real H2 workspace. */
class ReferencePriceStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-29T04:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static final List<String> AB = List.of("A", "B");

    @Test
    void regularPricesAreSetReplacedAndCleared() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            new JdbiSkuRepository(ws.jdbi()).saveAll(List.of(sku("A"), sku("B")));
            JdbiReferencePriceRepository repo = new JdbiReferencePriceRepository(ws.jdbi());
            assertThat(repo.regularPrices(AB)).isEmpty();
            repo.saveRegularPrice("A", Optional.of(Money.usd("24.99")), T0);
            repo.saveRegularPrice("B", Optional.of(Money.usd("9.5")), T0);
            repo.saveRegularPrice("A", Optional.of(Money.usd("26.49")), T0.plusSeconds(60));
            assertThat(repo.regularPrices(AB)).containsOnly(Map.entry("A", Money.usd("26.49")),
                    Map.entry("B", Money.usd("9.50")));
            repo.saveRegularPrice("A", Optional.empty(), T0);
            assertThat(repo.regularPrices(AB)).containsOnlyKeys("B");
            // the database refuses a price that is not positive, and a SKU the workspace does not hold
            assertThatThrownBy(() -> repo.saveRegularPrice("B", Optional.of(Money.usd("0.00")), T0));
            assertThatThrownBy(() -> repo.saveRegularPrice("NOPE", Optional.of(Money.usd("1.00")), T0));
            assertThat(repo.regularPrices(AB)).containsOnly(Map.entry("B", Money.usd("9.50")));
        }
    }

    @Test
    void onlyTheSkusAskedForAreAnsweredByKeyOrByOnePassOverAWholeShop() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            new JdbiSkuRepository(ws.jdbi()).saveAll(List.of(sku("A"), sku("B")));
            JdbiReferencePriceRepository repo = new JdbiReferencePriceRepository(ws.jdbi());
            repo.saveRegularPrice("A", Optional.of(Money.usd("24.99")), T0);
            repo.saveRegularPrice("B", Optional.of(Money.usd("9.50")), T0);
            repo.recordListingMaxima(Map.of("A", Optional.of(Money.usd("39.99")), "B",
                    Optional.of(Money.usd("19.99"))), T0);
            assertThat(repo.regularPrices(List.of("B"))).containsOnly(Map.entry("B", Money.usd("9.50")));
            assertThat(repo.listingMaxima(List.of("A"))).containsOnly(Map.entry("A", Money.usd("39.99")));
            assertThat(repo.regularPrices(List.of())).isEmpty();
            // More SKUs than are looked up by key: one pass, still only those asked for.
            List<String> many = new java.util.ArrayList<>();
            for (int i = 0; i <= JdbiReferencePriceRepository.LOOKUP_BY_KEY_UP_TO; i++) {
                many.add("X" + i);
            }
            many.add("A");
            assertThat(repo.regularPrices(many)).containsOnly(Map.entry("A", Money.usd("24.99")));
            assertThat(repo.listingMaxima(many)).containsOnly(Map.entry("A", Money.usd("39.99")));
        }
    }

    @Test
    void listingMaximaAreRecordedAndDueNeverReadFirstThenOldest() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            new JdbiSkuRepository(ws.jdbi()).saveAll(List.of(sku("A"), sku("B"), sku("C"), sku("D")));
            JdbiReferencePriceRepository repo = new JdbiReferencePriceRepository(ws.jdbi());
            Map<String, Optional<Money>> first = new LinkedHashMap<>();
            first.put("A", Optional.of(Money.usd("39.99")));
            first.put("B", Optional.empty());
            first.put("GONE", Optional.of(Money.usd("5.00")));   // not in the workspace: ignored
            repo.recordListingMaxima(first, T0);
            repo.recordListingMaxima(Map.of("C", Optional.of(Money.usd("0.00"))), T0.plusSeconds(3600));
            assertThat(repo.listingMaxima(List.of("A", "B", "C", "D"))).containsOnly(Map.entry("A", Money.usd("39.99")));
            List<String> all = List.of("A", "B", "C", "D");
            assertThat(repo.listingMaximaDue(all, 10)).containsExactly("D", "A", "B", "C");
            assertThat(repo.listingMaximaDue(all, 2)).containsExactly("D", "A");
            repo.recordListingMaxima(Map.of("A", Optional.empty()), T0.plusSeconds(7200));
            assertThat(repo.listingMaxima(List.of("A", "B", "C", "D"))).isEmpty();
            assertThat(repo.listingMaximaDue(all, 10)).containsExactly("D", "B", "C", "A");
        }
    }

    private static Sku sku(String id) {
        return new Sku(id, "B0TEST0001", "Spatula", "铲", "home-and-kitchen", Tier.HERO, List.of(), null, null);
    }
}
