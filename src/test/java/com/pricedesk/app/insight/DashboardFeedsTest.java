package com.pricedesk.app.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.jobs.JobStatus;
import com.pricedesk.app.jobs.Schedule;
import com.pricedesk.app.jobs.SchedulerStatus;
import com.pricedesk.domain.jobs.JobOutcome;
import com.pricedesk.domain.jobs.JobRun;
import com.pricedesk.domain.port.AlertRepository;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.queue.Alert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dashboard's alert and job panels read the approval queue's alerts and the scheduler's status. */
class DashboardFeedsTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void alertsOfTheLastWeekInTheSellersLanguage() {
        List<Instant> askedSince = new ArrayList<>();
        AlertRepository repo = new AlertRepository() {
            @Override
            public long add(Alert alert) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Alert> since(Instant since) {
                askedSince.add(since);
                return List.of(new Alert(7, NOW.minusSeconds(60), Alert.Kind.PRICE_CHANGED_OUTSIDE, "KT-1",
                        Optional.of(3L), Explanation.of("Price changed in Seller Central", "价格已在卖家中心被修改")));
            }
        };
        QueueAlertFeed feed = new QueueAlertFeed(repo, clock);

        assertThat(feed.openAlerts(Locale.SIMPLIFIED_CHINESE)).containsExactly(new AlertFeed.Alert(Optional.of("KT-1"),
                "价格已在卖家中心被修改", NOW.minusSeconds(60)));
        assertThat(feed.openAlerts(Locale.US).get(0).text()).isEqualTo("Price changed in Seller Central");
        assertThat(askedSince).containsOnly(NOW.minus(Duration.ofDays(7)));
    }

    @Test
    void jobsNamedWithTheirLastOutcomeAndNextRun() {
        JobRun failed = new JobRun(1, "sync_offers", NOW.minusSeconds(600), NOW.minusSeconds(590),
                Optional.of(NOW.minusSeconds(580)), JobOutcome.FAILED, Optional.of("QuotaExceeded"), 1, true, "me");
        SchedulerStatus status = new SchedulerStatus(NOW, List.of(new JobStatus("sync_offers",
                Schedule.every(Duration.ofMinutes(5)), Optional.of(failed), Optional.empty(),
                Optional.of(NOW.plusSeconds(60)), 1, false, false)));
        SchedulerJobFeed feed = new SchedulerJobFeed(() -> status);

        JobStatusFeed.JobStatus en = feed.jobs(Locale.US).get(0);
        assertThat(en.name()).isEqualTo("Offers sync");
        assertThat(en.lastOutcome()).isEqualTo("failed \u00b7 QuotaExceeded");
        assertThat(en.failed()).isTrue();
        assertThat(en.lastRun()).contains(NOW.minusSeconds(590));
        assertThat(en.nextRun()).contains(NOW.plusSeconds(60));
        assertThat(feed.jobs(Locale.SIMPLIFIED_CHINESE).get(0).lastOutcome()).startsWith("失败");
    }
}
