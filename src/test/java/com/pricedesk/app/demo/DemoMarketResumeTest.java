package com.pricedesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.domain.market.SkuDay;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window builds the demo's market after showing the grid; a build cut short (window closed
 * meanwhile) is redone on the next start, a finished one is only reconnected.
 */
class DemoMarketResumeTest {
    private static final long SEED = 77;
    private static final int SKUS = 20;

    @TempDir
    Path dir;

    private static void marker(AppContext app) {
        app.marketHistory().mergeDays(List.of(SkuDay.empty("MARKER", LocalDate.of(2020, 1, 1)).withInventory(1)),
                EnumSet.of(SkuDay.Field.INVENTORY));
    }

    private static boolean hasMarker(AppContext app) {
        return !app.marketHistory().history("MARKER", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)).isEmpty();
    }

    @Test
    void aBuildCutShortIsRedoneAndAFinishedOneOnlyReconnected() {
        long built;
        try (AppContext app = AppContext.open(dir, Clock.systemUTC())) {
            app.demo().createCatalogue(SEED, SKUS, false);
            assertThat(app.marketHistory().dayCount()).isZero();
            assertThat(app.demo().isDemo()).isTrue();
            // Nothing built yet (the window was closed right after the grid showed): built now.
            assertThat(app.demoMarket().resumeIfDemo()).isTrue();
            built = app.marketHistory().dayCount();
            assertThat(built).isGreaterThanOrEqualTo((long) SKUS * DemoMarketService.HISTORY_DAYS);
            assertThat(app.settings().get(DemoMarketService.MARKET_KEY)).contains("ready");
            assertThat(app.amazon().gateway()).isPresent();
            marker(app);
        }
        try (AppContext app = AppContext.open(dir, Clock.systemUTC())) {
            // Built: a later start reconnects to the saved market and keeps the history.
            assertThat(app.demoMarket().resumeIfDemo()).isTrue();
            assertThat(hasMarker(app)).isTrue();
            assertThat(app.amazon().testStoredConnection()).isPresent();
            app.settings().put(DemoMarketService.MARKET_KEY, "building");
        }
        try (AppContext app = AppContext.open(dir, Clock.systemUTC())) {
            // Cut short: built anew from the seed.
            assertThat(app.demoMarket().resumeIfDemo()).isTrue();
            assertThat(hasMarker(app)).isFalse();
            assertThat(app.marketHistory().dayCount()).isEqualTo(built);
            assertThat(app.settings().get(DemoMarketService.MARKET_KEY)).contains("ready");
        }
    }
}
