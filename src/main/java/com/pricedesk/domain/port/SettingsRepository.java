package com.pricedesk.domain.port;

import java.util.Optional;

/** Workspace settings as key/value strings. */
public interface SettingsRepository {
    Optional<String> get(String key);

    void put(String key, String value);
}
