package com.pricedesk.domain.cost.fees;

import com.pricedesk.store.fees.ShippedFeeTables;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The shipped fee tables, loaded once for the tests, and packages built from inches and pounds. */
public final class FeeFixtures {
    public static final FeeSchedules SHIPPED = ShippedFeeTables.load();
    /** A non-peak 2026 day after the fuel surcharge started. */
    public static final LocalDate MAY_2026 = LocalDate.of(2026, 5, 4);
    /** A non-peak 2026 day before the fuel surcharge started. */
    public static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 2);

    private FeeFixtures() {
    }

    public static FeeSchedule on(LocalDate date, boolean fuel, boolean peak) {
        return SHIPPED.on(date, new FeeOptions(fuel, peak));
    }

    public static FeeSchedule march2026() {
        return on(MARCH_2026, true, true);
    }

    /** Sides in any order (inches) and unit weight (lb). */
    public static PackageSize inches(String a, String b, String c, String lb) {
        BigDecimal[] s = {new BigDecimal(a), new BigDecimal(b), new BigDecimal(c)};
        java.util.Arrays.sort(s, java.util.Comparator.reverseOrder());
        return new PackageSize(s[0], s[1], s[2], new BigDecimal(lb));
    }
}
