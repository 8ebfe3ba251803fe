package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.AppContext;
import com.pricedesk.app.imports.ImportRefused;
import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.testing.Workbooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch imported before schema V15 (one JSON row per SKU in import_batch_change) is still reverted
 * exactly after the migration, and still refused while a later batch (stored in the new packed form)
 * or an edit touched its SKUs.
 */
class LegacyImportHistoryTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    /** As the store gives it back: decimals at their column's scale (money without trailing zeros), tags in key order. */
    private static final SkuSnapshot BEFORE = new SkuSnapshot(
            new Sku("LEG-1", "B000000001", "Old title", "旧款", "Toys", Tier.REGULAR, List.of("a", "b"),
                    new Dimensions(new BigDecimal("10.00"), new BigDecimal("5.00"), new BigDecimal("2.50")),
                    new Weight(new BigDecimal("0.2500"))),
            new CostProfile(Money.cny("8.8"), FreightBasis.PER_KG, Money.cny("11"), 6000,
                    new BigDecimal("7.500"), null, Money.cny("0.4"), Money.usd("0"), Money.usd("0"),
                    Money.usd("0"), Money.usd("0.3"), new BigDecimal("3.000"), new BigDecimal("0.500"),
                    new BigDecimal("10.000"), new BigDecimal("1.00")));
    private static final SkuSnapshot AFTER = new SkuSnapshot(
            new Sku("LEG-1", "B000000001", "New title", "旧款", "Toys", Tier.HERO, List.of("a"),
                    new Dimensions(new BigDecimal("10.00"), new BigDecimal("5.00"), new BigDecimal("2.50")),
                    new Weight(new BigDecimal("0.3000"))),
            new CostProfile(Money.usd("1.23"), FreightBasis.PER_CBM, Money.cny("9E+2"), 6000,
                    new BigDecimal("7.500"), Money.usd("2"), Money.cny("0.4"), Money.usd("0"),
                    Money.usd("0"), Money.usd("0"), Money.usd("0.3"), new BigDecimal("3.000"),
                    new BigDecimal("0.500"), new BigDecimal("10.000"), new BigDecimal("1.00")));
    private static final SkuSnapshot CREATED = new SkuSnapshot(
            new Sku("LEG-NEW", null, "LEG-NEW", null, "", Tier.REGULAR, List.of(), null, null), null);

    @Test
    void aBatchStoredBeforeV15IsRevertedExactlyAfterTheMigration() {
        Path ws = dir.resolve("ws");
        String url = "jdbc:h2:file:" + ws.resolve("pricedesk").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        // a workspace at schema v14, holding a batch written the old way
        Flyway.configure().dataSource(url, "pricedesk", "").locations("classpath:db/migration").target("14").load()
                .migrate();
        Jdbi jdbi = Jdbi.create(url, "pricedesk", "").installPlugin(new SqlObjectPlugin());
        SnapshotJson json = new SnapshotJson();
        long legacy = jdbi.withHandle(h -> {
            long id = h.createUpdate("""
                            INSERT INTO import_batch (file_name, content_sha256, sheet_name, imported_at, rows_read,
                                created_count, updated_count, unchanged_count, skipped_count)
                            VALUES ('old.xlsx', :h, '成本', TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00Z', 2, 1, 1, 0, 0)""")
                    .bind("h", "0".repeat(64)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO import_batch_change (batch_id, seller_sku, before_json, after_json) "
                            + "VALUES (:b, 'LEG-1', :before, :after), (:b, 'LEG-NEW', NULL, :created)")
                    .bind("b", id).bind("before", json.write(BEFORE)).bind("after", json.write(AFTER))
                    .bind("created", json.write(CREATED)).execute();
            return id;
        });
        AppContext.open(ws, clock).close(); // migrates to the current schema
        JdbiSkuSnapshotRepository skus = new JdbiSkuSnapshotRepository(jdbi);
        skus.saveAll(List.of(AFTER, CREATED)); // what the old import left stored
        assertThat(skus.find(List.of("LEG-1")).get("LEG-1")).isEqualTo(AFTER);

        try (AppContext app = AppContext.open(ws, clock)) {
            // a later import, stored the new way, touches LEG-1: the old batch must wait for it
            Path sheet = Workbooks.xlsx().sheet("成本", new Object[] {"SKU", "采购价(USD)"},
                    new Object[] {"LEG-1", 4.56}, new Object[] {"NEW-2", 1}).save(dir.resolve("later.xlsx"));
            long later = app.imports().importCosts(sheet, null, false, false).batchId();
            assertThatThrownBy(() -> app.imports().revert(legacy)).isInstanceOf(ImportRefused.class)
                    .hasMessageStartingWith("imports.error.laterBatch");
            app.imports().revert(later);
            assertThat(skus.find(List.of("LEG-1", "NEW-2"))).containsOnlyKeys("LEG-1").containsValue(AFTER);

            // an edit since the old batch: refused, nothing changed
            SkuSnapshot edited = new SkuSnapshot(new Sku("LEG-1", "B000000001", "Edited", "旧款", "Toys", Tier.HERO,
                    List.of("a"), AFTER.sku().dimensions(), AFTER.sku().weight()), AFTER.cost());
            skus.saveAll(List.of(edited));
            assertThatThrownBy(() -> app.imports().revert(legacy)).isInstanceOf(ImportRefused.class)
                    .hasMessageStartingWith("imports.error.changedSince");
            assertThat(skus.find(List.of("LEG-1")).get("LEG-1")).isEqualTo(edited);

            skus.saveAll(List.of(AFTER));
            app.imports().revert(legacy);
            assertThat(skus.find(List.of("LEG-1", "LEG-NEW"))).containsOnlyKeys("LEG-1");
            assertThat(skus.find(List.of("LEG-1")).get("LEG-1")).isEqualTo(BEFORE);
            assertThat(app.imports().batches()).filteredOn(b -> b.id() == legacy).singleElement()
                    .matches(b -> b.reverted());
        }
    }
}
