package com.pricedesk.app.jobs;

import java.util.Optional;

/**
 * What a job's work reports when it returns normally: done, or skipped with a reason code
 * ({@code not_connected}, {@code no_ads_account}) that the UI and CLI translate. Failures are thrown.
 */
public record JobResult(boolean skipped, Optional<String> reason) {
    public static final String NOT_CONNECTED = "not_connected";
    public static final String NO_ADS_ACCOUNT = "no_ads_account";

    public static JobResult done() {
        return new JobResult(false, Optional.empty());
    }

    public static JobResult skipped(String reason) {
        return new JobResult(true, Optional.of(reason));
    }
}
