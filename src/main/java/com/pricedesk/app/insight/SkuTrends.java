package com.pricedesk.app.insight;

import com.pricedesk.domain.cost.UnitEconomics;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Derives the daily ratios (margin, ACoS, TACoS, conversion, days of cover) from a SKU's daily rows. */
public final class SkuTrends {
    static final int COVER_WINDOW_DAYS = 7;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SkuTrends() {
    }

    /** One point per row, oldest first; {@code economics} (when known) gives the margin at each day's price. */
    public static List<SkuTrendPoint> of(List<SkuDay> days, Optional<UnitEconomics> economics) {
        List<SkuTrendPoint> out = new ArrayList<>(days.size());
        BigDecimal previousPrice = null;
        for (int i = 0; i < days.size(); i++) {
            SkuDay d = days.get(i);
            BigDecimal margin = null;
            if (economics.isPresent() && d.price() != null && d.price().signum() > 0) {
                margin = economics.get().at(Money.usd(d.price().setScale(2, RoundingMode.HALF_UP))).marginPct();
            }
            boolean changed = previousPrice != null && d.price() != null && previousPrice.compareTo(d.price()) != 0;
            if (d.price() != null) {
                previousPrice = d.price();
            }
            out.add(new SkuTrendPoint(d.day(), margin, pct(d.adSpend(), d.adSales()), pct(d.adSpend(), d.orderedSales()),
                    d.units() == null ? null : pct(BigDecimal.valueOf(d.units()),
                            d.sessions() == null ? null : BigDecimal.valueOf(d.sessions())),
                    daysOfCover(days, i), changed));
        }
        return out;
    }

    /** part ÷ whole in percent to 2 decimals; null when either is unknown or the whole is zero. */
    static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** Stock on day i ÷ average daily units over the week ending that day; null if nothing sold. */
    static BigDecimal daysOfCover(List<SkuDay> days, int i) {
        Integer stock = days.get(i).inventory();
        if (stock == null) {
            return null;
        }
        int sold = 0;
        int known = 0;
        for (int j = Math.max(0, i - COVER_WINDOW_DAYS + 1); j <= i; j++) {
            Integer u = days.get(j).units();
            if (u != null) {
                sold += u;
                known++;
            }
        }
        if (known == 0 || sold == 0) {
            return null;
        }
        return BigDecimal.valueOf((long) stock * known).divide(BigDecimal.valueOf(sold), 1, RoundingMode.HALF_UP);
    }
}
