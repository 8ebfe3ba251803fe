package com.pricedesk.app.insight;

import com.pricedesk.AppContext;
import com.pricedesk.domain.market.SkuDay;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A real workspace (H2 in a temp folder) with 60 demo SKUs and a hand-written 31-day history for two
 * of them, so every figure the screens derive can be checked by hand.
 */
public final class InsightFixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    public static final int DAYS = 30;

    private InsightFixture() {
    }

    public static AppContext open(Path dir) {
        AppContext app = AppContext.open(dir, CLOCK);
        app.demo().create(7L, 60, false);
        return app;
    }

    /**
     * SKU a: price 19.99 until 5 days ago, 17.99 since; 4 units/day until 8 days ago, 8 a day since; 100 sessions; BSR 5000 → 2500 this week; ads 10.00 on 40.00 ad sales; 80 in stock. SKU b:
     * the same price all along, 2 units a day, no ads, stock unknown.
     */
    public static void history(AppContext app, String a, String b) {
        // Only this history: the demo's simulated market would blur the hand-checked figures.
        app.marketHistory().deleteAll();
        List<SkuDay> rows = new ArrayList<>();
        for (int i = DAYS; i >= 0; i--) {
            LocalDate d = TODAY.minusDays(i);
            BigDecimal price = i >= 5 ? new BigDecimal("19.99") : new BigDecimal("17.99");
            int units = i < 8 ? 8 : 4;
            rows.add(new SkuDay(a, d, price, new BigDecimal("18.49"), new BigDecimal("18.29"), units, 100,
                    price.multiply(BigDecimal.valueOf(units)), i < 8 ? 2500 : 5000, new BigDecimal("10.00"),
                    new BigDecimal("40.00"), 80, new BigDecimal("6.00")));
            rows.add(new SkuDay(b, d, new BigDecimal("9.99"), null, null, 2, 50, new BigDecimal("19.98"), 40000,
                    null, null, null, new BigDecimal("4.00")));
        }
        app.marketHistory().mergeDays(rows, EnumSet.allOf(SkuDay.Field.class));
    }
}
