package com.pricedesk.domain.port;

import com.pricedesk.domain.queue.Alert;
import java.time.Instant;
import java.util.List;

/** Alerts for the seller (price changed in Seller Central, a change failed or was not confirmed). */
public interface AlertRepository {
    long add(Alert alert);

    /** Alerts raised at or after {@code since}, newest first. */
    List<Alert> since(Instant since);
}
