package com.pricedesk.app.economics;

import com.pricedesk.domain.cost.fees.FeeOptions;
import com.pricedesk.domain.port.SettingsRepository;
import java.util.Locale;

/** The switchable fee options as workspace settings; both default on (see {@link FeeOptions}). */
public final class FeeSettings {
    public static final String FUEL_SURCHARGE = "fees.fuel_surcharge";
    public static final String PEAK_RATES = "fees.peak_rates";

    private final SettingsRepository settings;

    public FeeSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    public FeeOptions options() {
        return new FeeOptions(flag(FUEL_SURCHARGE, FeeOptions.DEFAULT.fuelSurcharge()),
                flag(PEAK_RATES, FeeOptions.DEFAULT.peakRates()));
    }

    public void setFuelSurcharge(boolean on) {
        settings.put(FUEL_SURCHARGE, Boolean.toString(on));
    }

    public void setPeakRates(boolean on) {
        settings.put(PEAK_RATES, Boolean.toString(on));
    }

    private boolean flag(String key, boolean dflt) {
        return settings.get(key).map(v -> switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new IllegalStateException("Setting " + key + " must be true or false, is '" + v + "'");
        }).orElse(dflt);
    }
}
