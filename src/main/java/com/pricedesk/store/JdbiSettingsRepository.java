package com.pricedesk.store;

import com.pricedesk.domain.port.SettingsRepository;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Settings in H2. */
public final class JdbiSettingsRepository implements SettingsRepository {
    private final Jdbi jdbi;

    public JdbiSettingsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> get(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM setting WHERE setting_key = :k")
                .bind("k", key).mapTo(String.class).findOne());
    }

    @Override
    public void put(String key, String value) {
        jdbi.useHandle(h -> h.createUpdate(
                        "MERGE INTO setting (setting_key, setting_value) KEY (setting_key) VALUES (:k, :v)")
                .bind("k", key).bind("v", value).execute());
    }
}
