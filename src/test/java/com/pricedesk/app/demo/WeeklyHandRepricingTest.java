package com.pricedesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.market.SkuDay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeeklyHandRepricingTest {
    private static final String SKU = "KT-SPAT-3P-BLK";
    private final WeeklyHandRepricing habit = new WeeklyHandRepricing(Map.of(SKU, new BigDecimal("20.00")));

    /** The day of the week this SKU's seller looks at it, and the day after. */
    private static LocalDate lookDay() {
        LocalDate d = LocalDate.of(2026, 9, 1);
        while (Math.floorMod(d.toEpochDay() + SKU.hashCode(), 7) != 0) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static SkuDay day(LocalDate on, String ours, String buyBox, String lowest) {
        return new SkuDay(SKU, on, new BigDecimal(ours), buyBox == null ? null : new BigDecimal(buyBox),
                lowest == null ? null : new BigDecimal(lowest), 3, 40, null, 5000, null, null, 100, null);
    }

    private Optional<BigDecimal> after(SkuDay d, boolean held) {
        return habit.after(d, held);
    }

    @Test
    void aLostBuyBoxIsMatchedOnTheWeeklyLook() {
        assertThat(after(day(lookDay(), "20.00", "19.49", "19.49"), false)).contains(new BigDecimal("19.49"));
    }

    @Test
    void onOtherDaysNothingMoves() {
        for (int i = 1; i < 7; i++) {
            assertThat(after(day(lookDay().plusDays(i), "20.00", "19.49", "19.49"), false)).isEmpty();
        }
    }

    @Test
    void theGutFloorStopsTheChaseAt92PercentOfTheLaunchPrice() {
        assertThat(after(day(lookDay(), "19.00", "15.00", "15.00"), false)).contains(new BigDecimal("18.40"));
        assertThat(after(day(lookDay(), "18.40", "15.00", "15.00"), false)).isEmpty();
        // Already below the gut floor (a price set before): not raised while a cheaper offer holds the Buy Box.
        assertThat(after(day(lookDay(), "18.00", "15.00", "15.00"), false)).isEmpty();
    }

    @Test
    void aHeldBuyBoxWithRoomAboveIsRaisedUpTo3PercentToA9CentEndingAndAtMost110PercentOfLaunch() {
        assertThat(after(day(lookDay(), "20.00", "20.00", "21.50"), true)).contains(new BigDecimal("20.59"));
        assertThat(after(day(lookDay(), "20.62", "20.62", "22.50"), true)).contains(new BigDecimal("21.19"));
        assertThat(after(day(lookDay(), "21.80", "21.80", "25.00"), true)).contains(new BigDecimal("21.99"));
        assertThat(after(day(lookDay(), "21.99", "21.99", "25.00"), true)).isEmpty();
        // Less than 5 % of room: left alone.
        assertThat(after(day(lookDay(), "20.00", "20.00", "20.90"), true)).isEmpty();
    }

    @Test
    void aBuyBoxLostForAnotherReasonThanPriceIsLeftAlone() {
        assertThat(after(day(lookDay(), "20.00", "20.50", "20.50"), false)).isEmpty();
        assertThat(after(day(lookDay(), "20.00", null, null), false)).isEmpty();
    }

    @Test
    void unknownSkusAreLeftAlone() {
        SkuDay other = new SkuDay("OTHER", lookDay(), new BigDecimal("20.00"), new BigDecimal("10.00"), null, 0, 0,
                null, null, null, null, null, null);
        assertThat(habit.after(other, false)).isEmpty();
    }
}
