package com.pricedesk.app.insight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Open alerts for the dashboard. The approval queue feeds it; until then there are none. */
public interface AlertFeed {

    /** One open alert: what happened, to which SKU (if one), and when. */
    record Alert(Optional<String> sellerSku, String text, Instant at) {
    }

    /** Open alerts, newest first, their text in {@code locale}. */
    List<Alert> openAlerts(java.util.Locale locale);

    /** The feed of a workspace that has no alerts yet. */
    AlertFeed NONE = locale -> List.of();
}
