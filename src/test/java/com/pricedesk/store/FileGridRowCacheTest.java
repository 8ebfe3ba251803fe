package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.grid.GridRowCache.Snapshot;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.kpi.Kpi;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.kpi.KpiValue;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid's rows kept between sessions come back exactly as they were built, or not at all. */
class FileGridRowCacheTest {
    @TempDir
    Path dir;

    static SkuGridRow full() {
        return new SkuGridRow("KT-SPAT-3P-BLK", "B0SPAT0001", "Silicone Spatula Set (3 Piece, Black)", "硅胶铲套装 3件套 黑色",
                "Home & Kitchen", Tier.HERO, List.of("gift", "礼品"), Money.cny("18.50"), Money.cny("11.5"),
                FreightBasis.PER_KG, Money.cny("1.20"), Money.usd("11.99"), Money.usd("12.49"), Boolean.FALSE,
                Money.usd("11.79"), Money.usd("13.00"), Money.usd("3.1234"), Money.usd("5.20"), Money.usd("-0.31"),
                new BigDecimal("-2.5854"), new BigDecimal("123456789012345678901234.5"), Money.usd("12.30"),
                Money.usd("12.95"), Money.usd("19.99"), true, new BigDecimal("41.0"), 120, new BigDecimal("12.50"),
                new BigDecimal("18.2"), new BigDecimal("6.1"), 1234,
                List.of(new KpiValue(Kpi.ACOS, Optional.of(new BigDecimal("18.2")), new BigDecimal("25"), KpiStatus.OK),
                        new KpiValue(Kpi.ACOS, Optional.empty(), new BigDecimal("0.00"), KpiStatus.UNKNOWN)),
                KpiStatus.BREACH);
    }

    static SkuGridRow empty() {
        return new SkuGridRow("EA-USBC-6FT-2P", null, "USB C Cable", null, "Electronics", Tier.LAUNCH, List.of(),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                false, null, null, null, null, null, null, List.of(), KpiStatus.UNKNOWN);
    }

    @Test
    void rowsComeBackEqualIncludingScalesCurrenciesUnknownsAndChinese() {
        FileGridRowCache cache = FileGridRowCache.in(dir);
        assertThat(cache.load()).as("first start: nothing kept yet").isEmpty();
        Instant at = Instant.parse("2026-11-29T18:00:00.123Z");
        cache.save(new Snapshot(at, List.of(full(), empty())));

        Snapshot back = new FileGridRowCache(dir.resolve("cache").resolve("grid-rows.bin")).load().orElseThrow();
        assertThat(back.builtAt()).isEqualTo(at);
        assertThat(back.rows()).containsExactly(full(), empty());
        assertThat(back.rows().get(0).landedCost().amount().scale()).isEqualTo(4);
        assertThat(back.rows().get(0).purchase().currency()).isEqualTo(Money.CNY);

        cache.save(new Snapshot(at.plusSeconds(60), List.of(empty())));
        assertThat(cache.load().orElseThrow().rows()).containsExactly(empty());
        assertThat(dir.resolve("cache").resolve("grid-rows.bin.tmp")).doesNotExist();
    }

    @Test
    void nothingIsWrittenOnceTheWorkspaceIsClosed() {
        FileGridRowCache cache = FileGridRowCache.in(dir);
        cache.close();
        cache.save(new Snapshot(Instant.EPOCH, List.of(full())));
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aDamagedOrForeignFileIsIgnored() throws Exception {
        FileGridRowCache cache = FileGridRowCache.in(dir);
        cache.save(new Snapshot(Instant.EPOCH, List.of(full(), empty())));
        Path file = dir.resolve("cache").resolve("grid-rows.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(cache.load()).isEmpty();
        Files.writeString(file, "not a cache");
        assertThat(cache.load()).isEmpty();
    }
}
