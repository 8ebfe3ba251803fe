package com.pricedesk.app.queue;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.port.SettingsRepository;
import com.pricedesk.domain.queue.AutoApprovePolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The approval queue's and submission's settings, with their defaults. Auto-approve is off unless
 * the seller switches it on.
 */
public final class QueueSettings {
    public static final String AUTO_ENABLED = "queue.autoApprove.enabled";
    public static final String AUTO_MAX_PCT = "queue.autoApprove.maxPct";
    public static final String AUTO_TIERS = "queue.autoApprove.tiers";
    public static final String EXPIRE_AFTER_HOURS = "queue.expireAfterHours";
    public static final String EXPIRE_MOVE_PCT = "queue.expireMovePct";
    public static final String FEED_THRESHOLD = "submit.feedThreshold";
    public static final String CONFIRM_TIMEOUT_SECONDS = "submit.confirmTimeoutSeconds";
    public static final String WAIT_SECONDS = "submit.waitSeconds";
    public static final String POLL_MILLIS = "submit.pollMillis";

    /**
     * From this many changes on, one JSON listings feed instead of one patch each. A patch costs three
     * getListingsItem calls (5/s): 0.6 s; a feed two per change plus Amazon's processing (60 s and
     * more): 0.4 s per change + 60 s. They break even at 300 (docs/BENCHMARKS.md).
     */
    static final int DEFAULT_FEED_THRESHOLD = 300;

    private final SettingsRepository settings;

    public QueueSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    public AutoApprovePolicy autoApprove() {
        boolean on = settings.get(AUTO_ENABLED).map(Boolean::parseBoolean).orElse(false);
        BigDecimal pct = settings.get(AUTO_MAX_PCT).map(BigDecimal::new).orElse(AutoApprovePolicy.OFF.maxPct());
        Set<Tier> tiers = settings.get(AUTO_TIERS).map(QueueSettings::tiers).orElse(AutoApprovePolicy.OFF.tiers());
        return new AutoApprovePolicy(on, pct, tiers);
    }

    public void setAutoApprove(AutoApprovePolicy p) {
        settings.put(AUTO_ENABLED, Boolean.toString(p.enabled()));
        settings.put(AUTO_MAX_PCT, p.maxPct().toPlainString());
        settings.put(AUTO_TIERS, String.join(",", p.tiers().stream().map(Enum::name).sorted().toList()));
    }

    private static Set<Tier> tiers(String text) {
        Set<Tier> out = EnumSet.noneOf(Tier.class);
        for (String t : text.split(",")) {
            if (!t.isBlank()) {
                out.add(Tier.parse(t));
            }
        }
        return out;
    }

    /** A proposal older than this expires. */
    public Duration expireAfter() {
        return Duration.ofHours(settings.get(EXPIRE_AFTER_HOURS).map(Long::parseLong).orElse(24L));
    }

    /** A proposal expires when our price moved more than this since it was made. */
    public BigDecimal expireMovePct() {
        return settings.get(EXPIRE_MOVE_PCT).map(BigDecimal::new).orElse(new BigDecimal("2"));
    }

    public int feedThreshold() {
        return settings.get(FEED_THRESHOLD).map(Integer::parseInt).orElse(DEFAULT_FEED_THRESHOLD);
    }

    /** A sent change that Amazon does not show within this time becomes FAILED. */
    public Duration confirmTimeout() {
        return Duration.ofSeconds(settings.get(CONFIRM_TIMEOUT_SECONDS).map(Long::parseLong).orElse(900L));
    }

    /** How long one submit run waits for confirmations before leaving the rest to the next run. */
    public Duration waitForConfirmation() {
        return Duration.ofSeconds(settings.get(WAIT_SECONDS).map(Long::parseLong).orElse(120L));
    }

    /** Pause between read-backs while waiting. */
    public Duration pollInterval() {
        return Duration.ofMillis(settings.get(POLL_MILLIS).map(Long::parseLong).orElse(2000L));
    }

    public void put(String key, String value) {
        settings.put(key, value);
    }
}
