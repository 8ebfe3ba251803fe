package com.pricedesk.app.queue;

import com.pricedesk.domain.port.SettingsRepository;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emergency stop (紧急暂停): while on, nothing is sent to Amazon and nothing is auto-approved;
 * sync may continue. Kept in the workspace's settings, so it survives restarts and every process
 * (window, CLI, scheduler) sees the same state.
 */
public final class EmergencyStop {
    static final String KEY = "queue.paused";
    static final String SINCE_KEY = "queue.pausedSince";
    private static final Logger log = LoggerFactory.getLogger(EmergencyStop.class);

    private final SettingsRepository settings;
    private final Clock clock;

    public EmergencyStop(SettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isPaused() {
        return settings.get(KEY).map(Boolean::parseBoolean).orElse(false);
    }

    /** When the stop was switched on, if it is on. */
    public Optional<java.time.Instant> pausedSince() {
        return isPaused() ? settings.get(SINCE_KEY).map(java.time.Instant::parse) : Optional.empty();
    }

    public void pause(String actor) {
        if (!isPaused()) {
            settings.put(SINCE_KEY, clock.instant().toString());
        }
        settings.put(KEY, "true");
        log.warn("Emergency stop switched ON by {}: nothing is sent or auto-approved", actor);
    }

    public void resume(String actor) {
        settings.put(KEY, "false");
        log.warn("Emergency stop switched OFF by {}: approved changes may be sent again", actor);
    }

    /** Throws {@link PausedException} when the stop is on. */
    public void requireRunning() {
        if (isPaused()) {
            throw new PausedException();
        }
    }
}
