package com.pricedesk.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Issue 3, econ2: cubic metres are computed by moving the decimal point; the result must be the very
 * BigDecimal (value and scale, so waterfall amounts print the same) that dividing by 1,000,000 gave.
 */
class CubicMetresPropertiesTest {

    @Property(tries = 2000)
    void movingThePointEqualsTheDivision(@ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long unscaled,
                                         @ForAll @IntRange(min = -9, max = 12) int scale) {
        BigDecimal cm3 = BigDecimal.valueOf(unscaled, scale);
        assertThat(Dimensions.cbm(cm3)).isEqualTo(cm3.divide(new BigDecimal("1000000")));
    }

    @Property(tries = 500)
    void volumesOfRealSidesEqualTheDivision(@ForAll @LongRange(min = 1, max = 30000) long l,
                                            @ForAll @LongRange(min = 1, max = 30000) long w,
                                            @ForAll @LongRange(min = 1, max = 30000) long h,
                                            @ForAll @IntRange(min = 0, max = 3) int scale) {
        Dimensions d = new Dimensions(BigDecimal.valueOf(l, scale), BigDecimal.valueOf(w, 1), BigDecimal.valueOf(h, 2));
        assertThat(d.volumeCbm()).isEqualTo(d.volumeCm3().divide(new BigDecimal("1000000")));
    }
}
