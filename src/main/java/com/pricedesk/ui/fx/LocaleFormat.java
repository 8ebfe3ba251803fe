package com.pricedesk.ui.fx;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

/**
 * Numbers, money, dates and times as the window's locale writes them. Amounts stay exact: they are
 * rounded to the cent as BigDecimal and only then formatted. Times are shown in Pacific time (Amazon
 * US) and Beijing time (the seller).
 */
public final class LocaleFormat {
    public static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final Messages msg;
    private final NumberFormat usd;
    private final NumberFormat whole;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    public LocaleFormat(Messages msg) {
        this.msg = msg;
        this.usd = NumberFormat.getCurrencyInstance(msg.locale());
        usd.setCurrency(Currency.getInstance("USD"));
        this.whole = NumberFormat.getIntegerInstance(msg.locale());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
        this.time = DateTimeFormatter.ofPattern("MM-dd HH:mm", msg.locale());
    }

    /** $1,234.56 (or US$1,234.56 in Chinese); a dash when unknown. */
    public String usd(BigDecimal amount) {
        return amount == null ? "—" : usd.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public String usd(Money m) {
        return m == null ? "—" : usd(m.amount());
    }

    /** 12.3% with one decimal; a dash when unknown. */
    public String pct(BigDecimal pct) {
        if (pct == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(msg.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(pct.setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** A signed change: +12.3% / −4.0%. */
    public String signedPct(BigDecimal pct) {
        return pct == null ? "—" : (pct.signum() > 0 ? "+" : pct.signum() < 0 ? "−" : "") + pct(pct.abs());
    }

    public String whole(long n) {
        return whole.format(n);
    }

    public String whole(BigDecimal n) {
        return n == null ? "—" : whole.format(n.setScale(0, RoundingMode.HALF_UP));
    }

    public String date(LocalDate d) {
        return d == null ? "—" : date.format(d);
    }

    /** "11-29 10:31 PT · 11-30 02:31 北京" style: both clocks a cross-border seller works by. */
    public String times(Instant at) {
        if (at == null) {
            return "—";
        }
        return msg.get("time.pacificBeijing", time.format(at.atZone(PACIFIC)), time.format(at.atZone(BEIJING)));
    }

    public Messages messages() {
        return msg;
    }
}
