package com.pricedesk.ui.chart;

import com.pricedesk.app.i18n.Messages;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Currency;
import java.util.TimeZone;

/** Axis formats for the window's locale: US dollars, percentages, whole numbers and short dates. */
final class Formats {
    private Formats() {
    }

    static NumberFormat usd(Messages msg) {
        NumberFormat f = NumberFormat.getCurrencyInstance(msg.locale());
        f.setCurrency(Currency.getInstance("USD"));
        return f;
    }

    static NumberFormat percent(Messages msg) {
        return new DecimalFormat("0.#'%'", DecimalFormatSymbols.getInstance(msg.locale()));
    }

    static NumberFormat whole(Messages msg) {
        return NumberFormat.getIntegerInstance(msg.locale());
    }

    /** "Nov 29" or "11月29日"; history days are UTC dates, so the axis is drawn in UTC. */
    static SimpleDateFormat shortDate(Messages msg) {
        SimpleDateFormat f = new SimpleDateFormat(msg.get("chart.dateFormat"), msg.locale());
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }
}
