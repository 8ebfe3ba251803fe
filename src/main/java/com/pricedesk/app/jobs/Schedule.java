package com.pricedesk.app.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** When a job is due again after a run that started at some instant. */
public sealed interface Schedule {

    /** The first slot strictly after {@code t}; empty for a job that runs only when triggered. */
    Optional<Instant> nextAfter(Instant t, ZoneId zone);

    /** A job that has never run is due at once, except a triggered one, which waits for its trigger. */
    default Optional<Instant> firstDue(Instant now) {
        return Optional.of(now);
    }

    static Schedule every(Duration period) {
        return new Every(period);
    }

    static Schedule hourlyAt(int minute) {
        return new Hourly(minute);
    }

    static Schedule dailyAt(LocalTime time) {
        return new Daily(time);
    }

    static Schedule after(String job) {
        return new After(job);
    }

    /** Every {@code period}, counted from the start of the last run. */
    record Every(Duration period) implements Schedule {
        public Every {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A job's period must be positive, was " + period);
            }
        }

        @Override
        public Optional<Instant> nextAfter(Instant t, ZoneId zone) {
            return Optional.of(t.plus(period));
        }
    }

    /** Every hour at {@code minute} past. */
    record Hourly(int minute) implements Schedule {
        public Hourly {
            if (minute < 0 || minute > 59) {
                throw new IllegalArgumentException("Minute past the hour must be 0-59, was " + minute);
            }
        }

        @Override
        public Optional<Instant> nextAfter(Instant t, ZoneId zone) {
            Instant slot = t.truncatedTo(ChronoUnit.HOURS).plus(minute, ChronoUnit.MINUTES);
            return Optional.of(slot.isAfter(t) ? slot : slot.plus(1, ChronoUnit.HOURS));
        }
    }

    /** Every day at {@code time} in the computer's time zone. */
    record Daily(LocalTime time) implements Schedule {
        @Override
        public Optional<Instant> nextAfter(Instant t, ZoneId zone) {
            ZonedDateTime local = t.atZone(zone);
            ZonedDateTime slot = local.toLocalDate().atTime(time).atZone(zone);
            if (!slot.toInstant().isAfter(t)) {
                slot = local.toLocalDate().plusDays(1).atTime(time).atZone(zone);
            }
            return Optional.of(slot.toInstant());
        }
    }

    /** After each successful run of {@code job}, and never on its own. */
    record After(String job) implements Schedule {
        @Override
        public Optional<Instant> nextAfter(Instant t, ZoneId zone) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> firstDue(Instant now) {
            return Optional.empty();
        }
    }
}
