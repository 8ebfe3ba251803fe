package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace on real H2 files: migrate from empty, reopen, backups, repositories and transactions. */
class WorkspaceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Sku sku(String code) {
        return new Sku(code, "B0TEST0001", "Silicone Spatula Set", "硅胶铲套装", "Home and Kitchen", Tier.HERO,
                List.of("gift", "factory-A"), Dimensions.cm("33", "9", "4"), Weight.kg("0.21"));
    }

    private static CostProfile cost() {
        return new CostProfile(Money.cny("9.80"), FreightBasis.PER_KG, Money.cny("11.50"), 6000,
                new BigDecimal("25"), null, Money.cny("1.20"), Money.cny("0.30"), null, null, Money.usd("0.21"),
                new BigDecimal("3"), new BigDecimal("20"), new BigDecimal("8"), new BigDecimal("1.5"));
    }

    @Test
    void migratesAnEmptyFolderAndKeepsDataAcrossReopen() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            new JdbiSkuRepository(ws.jdbi()).saveAll(List.of(sku("KT-SPAT-3P-BLK")));
            new JdbiCostProfileRepository(ws.jdbi()).saveAll(Map.of("KT-SPAT-3P-BLK", cost()));
            new JdbiPriceRepository(ws.jdbi()).saveAll(Map.of("KT-SPAT-3P-BLK", Money.usd("11.99")));
            new JdbiFxRateRepository(ws.jdbi()).save(new FxRate(LocalDate.of(2026, 11, 1), new BigDecimal("7.1180")));
        }
        assertThat(Workspace.databaseFile(dir)).exists();
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            Sku read = new JdbiSkuRepository(ws.jdbi()).find("KT-SPAT-3P-BLK").orElseThrow();
            assertThat(read.localTitle()).isEqualTo("硅胶铲套装");
            assertThat(read.tags()).containsExactly("factory-A", "gift");
            assertThat(read.dimensions().lengthCm()).isEqualByComparingTo("33");
            CostProfile c = new JdbiCostProfileRepository(ws.jdbi()).find("KT-SPAT-3P-BLK").orElseThrow();
            assertThat(c.purchase()).isEqualTo(Money.cny("9.8"));
            assertThat(c.customsValue()).isNull();
            assertThat(new JdbiPriceRepository(ws.jdbi()).currentPrice("KT-SPAT-3P-BLK")).contains(Money.usd("11.99"));
            var fx = new JdbiFxRateRepository(ws.jdbi());
            assertThat(fx.rateOn(LocalDate.of(2026, 11, 29)).orElseThrow().cnyPerUsd()).isEqualByComparingTo("7.118");
            assertThat(fx.rateOn(LocalDate.of(2026, 10, 31))).as("no rate before the first one").isEmpty();
        }
        assertThat(dir.resolve("backups")).as("a fresh workspace has nothing to back up").doesNotExist();
    }

    @Test
    void backsUpAnExistingDatabaseBeforeMigratingIt() throws Exception {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            new JdbiSkuRepository(ws.jdbi()).saveAll(List.of(sku("KT-SPAT-3P-BLK")));
        }
        // A newer PriceDesk brings a migration: the data must be backed up before it runs.
        try (Workspace ws = Workspace.open(dir, CLOCK, "classpath:db/migration", "classpath:db/test-migration")) {
            assertThat(new JdbiSkuRepository(ws.jdbi()).count()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            List<Path> backups = files.toList();
            assertThat(backups).hasSize(1);
            assertThat(backups.get(0).getFileName().toString()).isEqualTo("pricedesk-20261129-080000-before-v9999.zip");
            try (var zip = new java.util.zip.ZipFile(backups.get(0).toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).contains("pricedesk.mv.db");
            }
        }
    }

    @Test
    void aFailingMigrationIsOneClearErrorAndTheBackupStays() {
        Workspace.open(dir, CLOCK).close();
        assertThatThrownBy(() -> Workspace.open(dir, CLOCK, "classpath:db/migration", "classpath:db/broken-migration"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("V9998")
                .hasMessageContaining("backup");
        assertThat(dir.resolve("backups")).isNotEmptyDirectory();
    }

    @Test
    void aFailedUnitOfWorkStoresNothing() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            var skus = new JdbiSkuRepository(ws.jdbi());
            var prices = new JdbiPriceRepository(ws.jdbi());
            var uow = new JdbiUnitOfWork(ws.jdbi());
            assertThatThrownBy(() -> uow.run(() -> {
                skus.saveAll(List.of(sku("A-1")));
                prices.saveAll(Map.of("A-1", Money.cny("80.00")));  // rejected: prices are USD
            })).isInstanceOf(IllegalArgumentException.class);
            assertThat(skus.count()).isZero();
        }
    }

    @Test
    void refusesANonPositivePriceAtTheDatabase() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            new JdbiSkuRepository(ws.jdbi()).saveAll(List.of(sku("A-1")));
            assertThatThrownBy(() -> new JdbiPriceRepository(ws.jdbi()).saveAll(Map.of("A-1", Money.usd("0.00"))))
                    .hasMessageContaining("CURRENT_PRICE_POSITIVE_CK");
        }
    }
}
