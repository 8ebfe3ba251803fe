package com.pricedesk.app.repricing;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceSettings;
import java.util.Locale;

/** The per-SKU prices a seller sets by hand: 最低价 (manual minimum), 封顶价 (manual maximum), 常规售价 (regular price). */
public enum PriceSettingField {
    MIN, MAX, REGULAR;

    public Money of(PriceSettings s) {
        return switch (this) {
            case MIN -> s.manualMin();
            case MAX -> s.manualMax();
            case REGULAR -> s.regularPrice();
        };
    }

    public PriceSettings with(PriceSettings s, Money value) {
        return switch (this) {
            case MIN -> s.withManualMin(value);
            case MAX -> s.withManualMax(value);
            case REGULAR -> s.withRegularPrice(value);
        };
    }

    /** Message key of the field's name, e.g. {@code price.setting.min}. */
    public String messageKey() {
        return "price.setting." + name().toLowerCase(Locale.ROOT);
    }
}
