package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.market.SkuDay;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily history stored in per-SKU runs of rows (V12): reads, writes and the migration of older workspaces. */
class MarketHistoryStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static SkuDay day(String sku, LocalDate d, int units) {
        BigDecimal price = new BigDecimal("19.99");
        return new SkuDay(sku, d, price, new BigDecimal("19.49"), new BigDecimal("18.99"), units, 40 + units,
                price.multiply(BigDecimal.valueOf(units)), 1200 + units, new BigDecimal("3.10"), new BigDecimal("12.40"),
                100 - units, new BigDecimal("6.25"));
    }

    @Test
    void aSkusTrendAcrossMonthsAndAYearEndComesBackInDayOrderAndOnlyItsOwn() {
        LocalDate first = LocalDate.of(2025, 12, 15);
        LocalDate last = LocalDate.of(2026, 2, 10);
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            JdbiMarketSnapshotRepository repo = new JdbiMarketSnapshotRepository(ws.jdbi());
            // Written a day of the whole shop at a time, as a daily sync does.
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                List<SkuDay> shop = new ArrayList<>();
                for (String sku : List.of("B-2", "A-1", "C-3")) {
                    shop.add(day(sku, d, d.getDayOfMonth()));
                }
                repo.mergeDays(shop, EnumSet.allOf(SkuDay.Field.class));
            }
            List<SkuDay> all = repo.history("A-1", first, last);
            assertThat(all).hasSize(58).allMatch(d -> d.sellerSku().equals("A-1"));
            assertThat(all).extracting(SkuDay::day).isSorted().startsWith(first).endsWith(last);
            assertThat(all.get(17)).isEqualTo(day("A-1", LocalDate.of(2026, 1, 1), 1));

            assertThat(repo.history("C-3", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2)))
                    .extracting(SkuDay::day).containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 1, 2));
            assertThat(repo.history("C-3", last.plusDays(1), last.plusDays(30))).isEmpty();
            assertThat(repo.history("NOT-THERE", first, last)).isEmpty();
            assertThat(repo.history("A-1", last, first)).isEmpty();
        }
    }

    @Test
    void mergeKeepsOtherKindsColumnsAndInsertRefusesARowThatExists() {
        LocalDate d = LocalDate.of(2026, 11, 28);
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            JdbiMarketSnapshotRepository repo = new JdbiMarketSnapshotRepository(ws.jdbi());
            repo.insertNewDays(List.of(day("A-1", d, 5), day("A-1", d.minusDays(1), 4)));
            repo.mergeDays(List.of(SkuDay.empty("A-1", d).withInventory(77)), EnumSet.of(SkuDay.Field.INVENTORY));
            assertThat(repo.history("A-1", d, d)).containsExactly(day("A-1", d, 5).withInventory(77));

            // One existing row fails the whole insert: nothing of it is stored.
            assertThatThrownBy(() -> repo.insertNewDays(List.of(day("B-2", d, 1), day("A-1", d, 9))))
                    .isInstanceOf(RuntimeException.class);
            assertThat(repo.history("B-2", d, d)).isEmpty();
            assertThat(repo.history("A-1", d, d)).containsExactly(day("A-1", d, 5).withInventory(77));
            assertThat(repo.portfolio(d, d).get(0).units()).isEqualTo(5);
            assertThat(repo.dayCount()).isEqualTo(2);
        }
    }

    @Test
    void historyWrittenBeforeV12IsKeptAndReadable() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Workspace.jdbcUrl(dir.toAbsolutePath().normalize()),
                "pricedesk", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("7").load().migrate();
            try (var c = pool.getConnection(); var st = c.prepareStatement("INSERT INTO sku_day (seller_sku, "
                    + "as_of_date, price, units, ordered_sales) VALUES (?, ?, ?, ?, ?)")) {
                for (String sku : List.of("Z-9", "A-1")) {
                    for (LocalDate d = LocalDate.of(2026, 10, 30); d.isBefore(LocalDate.of(2026, 11, 3));
                         d = d.plusDays(1)) {
                        st.setString(1, sku);
                        st.setDate(2, Date.valueOf(d));
                        st.setBigDecimal(3, new BigDecimal("10.00"));
                        st.setInt(4, d.getDayOfMonth());
                        st.setBigDecimal(5, new BigDecimal("10.00").multiply(BigDecimal.valueOf(d.getDayOfMonth())));
                        st.addBatch();
                    }
                }
                st.executeBatch();
            }
        } finally {
            pool.dispose();
        }
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            JdbiMarketSnapshotRepository repo = new JdbiMarketSnapshotRepository(ws.jdbi());
            List<SkuDay> z = repo.history("Z-9", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30));
            assertThat(z).extracting(SkuDay::day).containsExactly(LocalDate.of(2026, 10, 30),
                    LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
            assertThat(z).extracting(SkuDay::units).containsExactly(30, 31, 1, 2);
            assertThat(z.get(0).price()).isEqualByComparingTo("10.00");
            assertThat(z.get(0).buyBoxPrice()).isNull();
            // Later writes find the migrated rows (same SKU numbers), they do not add new ones.
            repo.mergeDays(List.of(SkuDay.empty("A-1", LocalDate.of(2026, 11, 1)).withBsr(42)),
                    EnumSet.of(SkuDay.Field.BSR));
            assertThat(repo.dayCount()).isEqualTo(8);
            assertThat(repo.history("A-1", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)).get(0))
                    .extracting(SkuDay::bsr, SkuDay::units).containsExactly(42, 1);
        }
    }

    @Property(tries = 2000)
    void rowKeysKeepASkusDaysInOrderAndNeverCollide(@ForAll @IntRange(min = 1, max = 16_000_000) int a,
                                                     @ForAll @IntRange(min = 1, max = 16_000_000) int b,
                                                     @ForAll @IntRange(min = 0, max = 60_000) int dayA,
                                                     @ForAll @IntRange(min = 0, max = 60_000) int dayB) {
        LocalDate x = LocalDate.ofEpochDay(dayA);
        LocalDate y = LocalDate.ofEpochDay(dayB);
        long kx = JdbiMarketSnapshotRepository.rowKey(a, x);
        long ky = JdbiMarketSnapshotRepository.rowKey(b, y);
        assertThat(kx == ky).isEqualTo(a == b && x.equals(y));
        if (a == b) {
            assertThat(Long.compare(kx, ky)).isEqualTo(Integer.signum(x.compareTo(y)));
        }
    }
}
