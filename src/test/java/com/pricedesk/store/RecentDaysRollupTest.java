package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packed recent days ({@code sku_recent}, V13) against the daily rows they summarise: after many
 * syncs of every kind (repeated days, late days, days older than the window, failed and resumed syncs)
 * the facts read from the packs equal the facts read from the rows, and the packs equal a rebuild.
 */
class RecentDaysRollupTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final List<SkuDay.Field> KINDS = List.of(SkuDay.Field.SALES, SkuDay.Field.BSR, SkuDay.Field.ADS,
            SkuDay.Field.INVENTORY, SkuDay.Field.PRICE, SkuDay.Field.FEES);

    @TempDir
    Path dir;
    private Workspace ws;
    private JdbiMarketSnapshotRepository snapshots;
    private final List<String> skus = IntStream.range(0, 40).mapToObj(i -> String.format("R-%03d", i)).toList();

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, Clock.systemUTC());
        snapshots = new JdbiMarketSnapshotRepository(ws.jdbi());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static Integer maybe(Random r, int bound) {
        return r.nextInt(6) == 0 ? null : r.nextInt(bound);
    }

    private static BigDecimal money(Random r) {
        return r.nextInt(6) == 0 ? null : BigDecimal.valueOf(r.nextInt(500_000), 2);
    }

    private static SkuDay day(Random r, String sku, LocalDate d) {
        return new SkuDay(sku, d, money(r), money(r), money(r), maybe(r, 40), maybe(r, 900), money(r),
                maybe(r, 200_000), money(r), money(r), maybe(r, 600), money(r));
    }

    /** Facts of every SKU at noon of {@code today}: from the packs, then from the daily rows alone. */
    private void assertPacksAnswerAsTheRowsDo(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        JdbiMarketFacts facts = new JdbiMarketFacts(ws.jdbi(), clock);
        Map<String, SkuFacts> fromPacks = facts.latest(skus);
        Map<String, byte[]> saved = packs();
        ws.jdbi().useHandle(h -> h.execute("UPDATE sku_recent SET days = NULL"));
        Map<String, SkuFacts> fromRows = facts.latest(skus);
        restore(saved);
        assertThat(fromPacks).as("facts on %s", today).isEqualTo(fromRows);
        assertThat(fromPacks.values()).as("the window holds figures").anyMatch(f -> f.conversionPct().isPresent());
    }

    private Map<String, byte[]> packs() {
        Map<String, byte[]> out = new HashMap<>();
        ws.jdbi().useHandle(h -> h.createQuery("SELECT seller_sku, last_day, days FROM sku_recent")
                .map((rs, ctx) -> out.put(rs.getString(1) + "@" + rs.getString(2), rs.getBytes(3))).list());
        return out;
    }

    private void restore(Map<String, byte[]> saved) {
        ws.jdbi().useHandle(h -> saved.forEach((key, b) -> h.createUpdate(
                        "UPDATE sku_recent SET days = :b WHERE seller_sku = :s")
                .bind("b", b).bind("s", key.substring(0, key.indexOf('@'))).execute()));
    }

    private void assertPacksEqualARebuild() {
        Map<String, byte[]> incremental = packs();
        snapshots.rebuildRecentDays();
        Map<String, byte[]> rebuilt = packs();
        assertThat(incremental.keySet()).isEqualTo(rebuilt.keySet());
        incremental.forEach((k, b) -> assertThat(b).as(k).isEqualTo(rebuilt.get(k)));
    }

    @Test
    void afterManySyncsThePacksGiveTheSameFactsAsTheDailyRows() {
        Random r = new Random(42);
        LocalDate today = START;
        for (int sync = 0; sync < 75; sync++) {
            today = START.plusDays(sync);
            SkuDay.Field kind = KINDS.get(r.nextInt(KINDS.size()));
            List<SkuDay> days = new ArrayList<>();
            for (String sku : skus) {
                if (r.nextInt(10) == 0) {
                    continue; // not synced today
                }
                days.add(day(r, sku, today));
                // Amazon's reports restate recent days; now and then a day far back.
                days.add(day(r, sku, today.minusDays(1 + r.nextInt(5))));
                if (r.nextInt(15) == 0) {
                    days.add(day(r, sku, today.minusDays(35 + r.nextInt(30))));
                }
            }
            // Each SKU and day once per write, as a sync writes them.
            Map<String, SkuDay> unique = new HashMap<>();
            days.forEach(d -> unique.put(d.sellerSku() + d.day(), d));
            snapshots.mergeDays(unique.values(), r.nextInt(4) == 0 ? EnumSet.copyOf(KINDS) : EnumSet.of(kind));
        }
        for (int ahead = 0; ahead <= 12; ahead += 3) {
            assertPacksAnswerAsTheRowsDo(today.plusDays(ahead));
        }
        assertPacksEqualARebuild();
    }

    @Test
    void aFailedSyncChangesNeitherAndAResumedOneEndsAsAWholeOne() {
        Random r = new Random(7);
        List<SkuDay> history = new ArrayList<>();
        for (int back = 45; back >= 1; back--) {
            for (String sku : skus) {
                history.add(day(r, sku, START.minusDays(back)));
            }
        }
        snapshots.insertNewDays(history);
        Map<String, byte[]> before = packs();

        List<SkuDay> todays = skus.stream().map(s -> day(r, s, START)).toList();
        List<SkuDay> broken = new ArrayList<>(todays);
        // Too large for ordered_sales: the whole write fails, rows and packs alike.
        broken.set(30, todays.get(30).withSales(1, 1, new BigDecimal("1e15")));
        assertThatThrownBy(() -> snapshots.mergeDays(broken, EnumSet.of(SkuDay.Field.SALES, SkuDay.Field.BSR)))
                .isInstanceOf(RuntimeException.class);
        assertThat(packs()).usingRecursiveComparison().isEqualTo(before);

        // The sync resumes after the 20th SKU: the first 20 were stored by the interrupted run.
        snapshots.mergeDays(todays.subList(0, 20), EnumSet.of(SkuDay.Field.SALES, SkuDay.Field.BSR));
        snapshots.mergeDays(todays.subList(20, todays.size()), EnumSet.of(SkuDay.Field.SALES, SkuDay.Field.BSR));
        assertPacksAnswerAsTheRowsDo(START);
        assertPacksAnswerAsTheRowsDo(START.plusDays(1));
        assertPacksEqualARebuild();
    }

    @Test
    void historyStoredBeforeThePacksIsReadFromTheRowsUntilItsNextWrite() {
        Random r = new Random(3);
        List<SkuDay> history = new ArrayList<>();
        for (int back = 31; back >= 0; back--) {
            for (String sku : skus) {
                history.add(day(r, sku, START.minusDays(back)));
            }
        }
        snapshots.insertNewDays(history);
        Map<String, SkuFacts> expected = new JdbiMarketFacts(ws.jdbi(), Clock.fixed(
                START.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).latest(skus);
        // As V13 leaves a workspace with older history: every SKU's pack not built yet.
        ws.jdbi().useHandle(h -> h.execute("UPDATE sku_recent SET days = NULL, last_day = NULL"));
        JdbiMarketFacts facts = new JdbiMarketFacts(ws.jdbi(), Clock.fixed(
                START.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertThat(facts.latest(skus)).isEqualTo(expected);

        snapshots.mergeDays(List.of(SkuDay.empty(skus.get(0), START).withInventory(5)), Set.of(SkuDay.Field.INVENTORY));
        assertThat(packs().keySet()).contains(skus.get(0) + "@" + START);
        assertThat(facts.latest(List.of(skus.get(0))).get(skus.get(0)).daysOfCover()).isPresent();
        assertPacksAnswerAsTheRowsDo(START);
    }

    @Test
    void thePackedFormKeepsUnknownApartFromZeroAndMoneyExact() {
        RecentDays r = new RecentDays(START);
        r.write(new SkuDay("X", START, null, null, null, 0, null, new BigDecimal("12345678901.99"), null,
                new BigDecimal("-0.01"), null, null, null), EnumSet.allOf(SkuDay.Field.class));
        r.write(SkuDay.empty("X", START.minusDays(3)), EnumSet.of(SkuDay.Field.PRICE));
        RecentDays back = RecentDays.unpack(START, r.pack());
        int s = back.slotBefore(START, 0);
        assertThat(back.knownAt(s, RecentDays.UNITS)).isTrue();
        assertThat(back.at(s, RecentDays.UNITS)).isZero();
        assertThat(back.knownAt(s, RecentDays.SESSIONS)).isFalse();
        assertThat(back.at(s, RecentDays.SALES)).isEqualTo(1_234_567_890_199L);
        assertThat(back.at(s, RecentDays.AD_SPEND)).isEqualTo(-1L);
        assertThat(back.rowAt(back.slotBefore(START, 3))).isTrue();
        assertThat(back.knownAt(back.slotBefore(START, 3), RecentDays.BSR)).isFalse();
        assertThat(back.rowAt(back.slotBefore(START, 2))).isFalse();
    }
}
