package com.pricedesk.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final Instant T = Instant.parse("2026-11-29T09:10:00Z");

    @Test
    void everyCountsFromTheStart() {
        assertThat(Schedule.every(Duration.ofMinutes(5)).nextAfter(T, ZoneOffset.UTC)).contains(T.plusSeconds(300));
        assertThatThrownBy(() -> Schedule.every(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hourlyIsStrictlyAfter() {
        Schedule s = Schedule.hourlyAt(10);
        assertThat(s.nextAfter(T, ZoneOffset.UTC)).contains(Instant.parse("2026-11-29T10:10:00Z"));
        assertThat(s.nextAfter(T.minusSeconds(1), ZoneOffset.UTC)).contains(T);
        assertThatThrownBy(() -> Schedule.hourlyAt(60)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dailyFollowsTheLocalTimeZoneAcrossDaylightSaving() {
        ZoneId la = ZoneId.of("America/Los_Angeles");
        Schedule s = Schedule.dailyAt(LocalTime.of(4, 0));
        // 2026-11-01 is the end of daylight saving in the US: 04:00 PST is 12:00 UTC, the day before 11:00 UTC.
        assertThat(s.nextAfter(Instant.parse("2026-10-31T12:00:00Z"), la)).contains(Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(s.nextAfter(Instant.parse("2026-10-31T10:00:00Z"), la)).contains(Instant.parse("2026-10-31T11:00:00Z"));
    }

    @Test
    void triggeredJobsWaitForTheirTrigger() {
        Schedule s = Schedule.after("sync_offers");
        assertThat(s.firstDue(T)).isEmpty();
        assertThat(s.nextAfter(T, ZoneOffset.UTC)).isEmpty();
        assertThat(Schedule.every(Duration.ofMinutes(1)).firstDue(T)).contains(T);
    }

    @Test
    void backOffDoublesAndIsBounded() {
        BackOff b = new BackOff(Duration.ofMinutes(1), Duration.ofHours(1));
        assertThat(b.delay(0)).isZero();
        assertThat(b.delay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(b.delay(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(b.delay(7)).isEqualTo(Duration.ofHours(1));
        assertThat(b.delay(1000)).isEqualTo(Duration.ofHours(1));
    }
}
