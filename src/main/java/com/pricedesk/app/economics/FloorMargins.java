package com.pricedesk.app.economics;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.port.SettingsRepository;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each tier's minimum margin, which sets the floor (PRODUCT.md §4: floor = price-for-margin of the
 * tier's minimum margin). Stored as settings {@code economics.min_margin_pct.<tier>}; until the seller
 * sets them, the defaults below apply and quotes say so.
 */
public final class FloorMargins {
    private static final String KEY = "economics.min_margin_pct.";
    private static final Map<Tier, BigDecimal> DEFAULTS = new EnumMap<>(Map.of(
            Tier.HERO, new BigDecimal("15"),
            Tier.REGULAR, new BigDecimal("20"),
            Tier.LAUNCH, new BigDecimal("5"),
            // clearance recovers cash: break-even is the default floor
            Tier.CLEARANCE, BigDecimal.ZERO));

    /** A tier's minimum margin in percent and whether it was set by the seller. */
    public record FloorMargin(BigDecimal pct, boolean setBySeller) {
    }

    private final SettingsRepository settings;

    public FloorMargins(SettingsRepository settings) {
        this.settings = settings;
    }

    public FloorMargin of(Tier tier) {
        String key = KEY + tier.name().toLowerCase(Locale.ROOT);
        return settings.get(key).map(v -> {
            try {
                return new FloorMargin(new BigDecimal(v.trim()), true);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("Setting " + key + " must be a percentage, is '" + v + "'", e);
            }
        }).orElse(new FloorMargin(DEFAULTS.get(tier), false));
    }

    public void set(Tier tier, BigDecimal pct) {
        if (pct.compareTo(new BigDecimal("100")) >= 0) {
            throw new IllegalArgumentException("Minimum margin must be below 100%, was " + pct.toPlainString());
        }
        settings.put(KEY + tier.name().toLowerCase(Locale.ROOT), pct.toPlainString());
    }
}
