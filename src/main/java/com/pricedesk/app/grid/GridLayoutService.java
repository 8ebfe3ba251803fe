package com.pricedesk.app.grid;

import com.pricedesk.domain.port.SettingsRepository;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Remembers the grid's columns between sessions: which are shown, in which order. Stored as the setting
 * {@code ui.grid.columns}, e.g. {@code sku,title,-localTitle,price} ("-" = hidden).
 */
public final class GridLayoutService {
    static final String KEY = "ui.grid.columns";
    private static final Pattern ENTRY = Pattern.compile("-?[A-Za-z][A-Za-z0-9]*");

    /** One column: its id and whether it is shown. */
    public record ColumnChoice(String id, boolean visible) {
    }

    private final SettingsRepository settings;

    public GridLayoutService(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The stored choice, or empty when the seller never changed the columns (or the setting is damaged). */
    public Optional<List<ColumnChoice>> load() {
        return settings.get(KEY).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()).filter(entries -> entries.stream().allMatch(e -> ENTRY.matcher(e).matches()))
                .map(entries -> entries.stream().map(e -> e.startsWith("-") ? new ColumnChoice(e.substring(1), false)
                        : new ColumnChoice(e, true)).toList());
    }

    public void save(List<ColumnChoice> columns) {
        StringBuilder b = new StringBuilder();
        for (ColumnChoice c : columns) {
            if (!ENTRY.matcher(c.id()).matches()) {
                throw new IllegalArgumentException("Not a column id: '" + c.id() + "'");
            }
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(c.visible() ? "" : "-").append(c.id());
        }
        settings.put(KEY, b.toString());
    }
}
