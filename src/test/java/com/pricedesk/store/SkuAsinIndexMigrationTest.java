package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V19 drops the sku table's ASIN index (no query reads SKUs by ASIN; every SKU written paid for it)
 * and leaves every stored ASIN, and the SKU key, as they were.
 */
class SkuAsinIndexMigrationTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T00:30:00Z"), ZoneOffset.UTC);

    @Test
    void theAsinIndexGoesAndTheAsinsStay() {
        Path ws = dir.resolve("ws");
        String url = "jdbc:h2:file:" + ws.resolve(Workspace.DB_NAME).toAbsolutePath() + ";AUTO_SERVER=TRUE";
        Flyway.configure().dataSource(url, "pricedesk", "").locations("classpath:db/migration").target("17").load()
                .migrate();
        Jdbi before = Jdbi.create(url, "pricedesk", "");
        before.useHandle(h -> h.execute("""
                INSERT INTO sku (seller_sku, asin, title, category, tier)
                VALUES ('A-1', 'B000000001', 'One', 'Toys', 'REGULAR'), ('A-2', NULL, 'Two', 'Toys', 'HERO'),
                       ('A-3', 'B000000001', 'Three', '', 'LAUNCH')"""));
        assertThat(indexes(before)).contains("SKU_ASIN_IX");

        try (Workspace w = Workspace.open(ws, clock)) {
            assertThat(indexes(w.jdbi())).doesNotContain("SKU_ASIN_IX");
            List<Map<String, Object>> rows = w.jdbi().withHandle(h -> h.createQuery(
                    "SELECT seller_sku, asin FROM sku ORDER BY seller_sku").mapToMap().list());
            assertThat(rows).extracting(r -> r.get("seller_sku") + "=" + r.get("asin"))
                    .containsExactly("A-1=B000000001", "A-2=null", "A-3=B000000001");
            // the key still refuses a second row for one SKU
            assertThat(indexes(w.jdbi())).anyMatch(i -> i.startsWith("PRIMARY_KEY"));
        }
    }

    private static List<String> indexes(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT index_name FROM information_schema.indexes
                        WHERE table_schema = 'PUBLIC' AND table_name = 'SKU' ORDER BY index_name""")
                .mapTo(String.class).list());
    }
}
