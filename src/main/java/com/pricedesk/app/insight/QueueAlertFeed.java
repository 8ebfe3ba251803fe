package com.pricedesk.app.insight;

import com.pricedesk.domain.port.AlertRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The approval queue's alerts (price changed in Seller Central, a change failed or was not confirmed)
 * for the dashboard: those of the last week, newest first. Alerts have no "dismissed" state yet, so a
 * week is what "open" means here.
 */
public final class QueueAlertFeed implements AlertFeed {
    static final Duration OPEN_FOR = Duration.ofDays(7);
    static final int MAX_SHOWN = 50;

    private final AlertRepository alerts;
    private final Clock clock;

    public QueueAlertFeed(AlertRepository alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public List<Alert> openAlerts(Locale locale) {
        return alerts.since(clock.instant().minus(OPEN_FOR)).stream().limit(MAX_SHOWN)
                .map(a -> new Alert(Optional.ofNullable(a.sellerSku()), a.message().in(locale), a.at()))
                .toList();
    }
}
