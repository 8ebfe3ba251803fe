package com.pricedesk.ui.chart;

import com.pricedesk.app.economics.SkuQuote;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.SkuDetail;
import com.pricedesk.app.insight.SkuTrendPoint;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.data.Range;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The six trend charts' data for one SKU and range: every series, the break-even, floor and minimum-margin
 * lines and the price axis's range. It is made in the background load together with the {@link SkuDetail}
 * (plain objects, no scene graph), so opening a SKU only installs it into the charts on the FX thread.
 * Once handed over it is never changed.
 */
public final class SkuChartData {
    final TimeSeriesCollection prices;
    final Optional<Money> breakEven;
    final Optional<Money> floor;
    /** The price axis: the prices widened so break-even and floor are in view; null when there are no prices. */
    final Range priceAxis;
    final TimeSeriesCollection margin;
    final Optional<BigDecimal> minMarginPct;
    final TimeSeriesCollection ads;
    final TimeSeriesCollection bsr;
    final TimeSeriesCollection trafficCounts;
    final TimeSeriesCollection conversion;
    final TimeSeriesCollection stock;
    final TimeSeriesCollection cover;

    private SkuChartData(SkuDetail d, Messages msg) {
        Optional<SkuQuote> quote = d.quote();
        breakEven = quote.flatMap(q -> q.breakEven().asOptional());
        floor = quote.flatMap(q -> q.floor().asOptional());
        minMarginPct = quote.map(q -> q.floorMargin().pct());
        Days days = new Days();

        prices = new Collection();
        prices.addSeries(series(days, msg.get("detail.series.ourPrice"), d.history(), SkuDay::price));
        prices.addSeries(series(days, msg.get("detail.series.buyBox"), d.history(), SkuDay::buyBoxPrice));
        prices.addSeries(series(days, msg.get("detail.series.lowest"), d.history(), SkuDay::lowestCompetitorPrice));
        TimeSeries changes = new TimeSeries(msg.get("detail.series.ourChanges"));
        for (int i = 0; i < d.trend().size() && i < d.history().size(); i++) {
            if (d.trend().get(i).priceChanged() && d.history().get(i).price() != null) {
                changes.addOrUpdate(days.of(d.history().get(i).day()), ChartData.plot(d.history().get(i).price()));
            }
        }
        prices.addSeries(changes);
        priceAxis = priceAxis(prices, breakEven, floor);

        margin = new Collection();
        margin.addSeries(trendSeries(days, msg.get("detail.series.margin"), d, SkuTrendPoint::marginPct));

        ads = new Collection();
        ads.addSeries(trendSeries(days, "ACoS", d, SkuTrendPoint::acosPct));
        ads.addSeries(trendSeries(days, "TACoS", d, SkuTrendPoint::tacosPct));

        bsr = new Collection();
        bsr.addSeries(series(days, "BSR", d.history(), x -> x.bsr() == null ? null : BigDecimal.valueOf(x.bsr())));

        trafficCounts = new Collection();
        trafficCounts.addSeries(series(days, msg.get("detail.series.sessions"), d.history(),
                x -> x.sessions() == null ? null : BigDecimal.valueOf(x.sessions())));
        trafficCounts.addSeries(series(days, msg.get("detail.series.units"), d.history(),
                x -> x.units() == null ? null : BigDecimal.valueOf(x.units())));
        conversion = new Collection();
        conversion.addSeries(trendSeries(days, msg.get("detail.series.conversion"), d, SkuTrendPoint::conversionPct));

        stock = new Collection();
        stock.addSeries(series(days, msg.get("detail.series.inventory"), d.history(),
                x -> x.inventory() == null ? null : BigDecimal.valueOf(x.inventory())));
        cover = new Collection();
        cover.addSeries(trendSeries(days, msg.get("detail.series.daysOfCover"), d, SkuTrendPoint::daysOfCover));
    }

    /** Builds the charts' data for {@code d}; call it off the FX thread (it is part of loading a SKU). */
    public static SkuChartData of(SkuDetail d, Messages msg) {
        return new SkuChartData(d, msg);
    }

    /** Widens the price axis so break-even and floor are always in view, not just the prices. */
    private static Range priceAxis(TimeSeriesCollection data, Optional<Money> breakEven, Optional<Money> floor) {
        if (data.getSeriesCount() == 0 || data.getSeries(0).getItemCount() == 0) {
            return null;
        }
        Range r = data.getRangeBounds(false);
        if (r == null) {
            return null;
        }
        double lo = r.getLowerBound();
        double hi = r.getUpperBound();
        for (Optional<Money> m : List.of(breakEven, floor)) {
            if (m.isPresent()) {
                double v = m.get().amount().doubleValue();
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = Math.max((hi - lo) * 0.08, 0.5);
        return new Range(Math.max(0, lo - pad), hi + pad);
    }

    /**
     * A time series collection whose value range over a stretch of days (what an auto-ranging value axis
     * asks at every redraw, for the days in view) reads the days' positions it already has; JFreeChart's
     * own works each day out again with a {@link java.util.Calendar}, a tenth of the FX thread's time when a
     * year of data is drawn.
     */
    static final class Collection extends TimeSeriesCollection {
        @Override
        public Range getRangeBounds(@SuppressWarnings("rawtypes") List visibleSeriesKeys, Range xRange,
                                    boolean includeInterval) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Object key : visibleSeriesKeys) {
                int series = indexOf(getSeries((Comparable<?>) key));
                if (series < 0) {
                    continue;
                }
                TimeSeries s = getSeries(series);
                for (int i = 0; i < s.getItemCount(); i++) {
                    Number y = s.getValue(i);
                    if (y != null && xRange.contains(getXValue(series, i))) {
                        double v = y.doubleValue();
                        if (!Double.isNaN(v)) {
                            lo = Math.min(lo, v);
                            hi = Math.max(hi, v);
                        }
                    }
                }
            }
            return lo > hi ? null : new Range(lo, hi);
        }
    }

    /** One JFreeChart {@link Day} per date, shared by all series (making one builds a Calendar). */
    private static final class Days {
        private final Map<LocalDate, Day> days = new HashMap<>();

        Day of(LocalDate d) {
            return days.computeIfAbsent(d, ChartData::day);
        }
    }

    private static TimeSeries series(Days days, String name, List<SkuDay> history, Function<SkuDay, BigDecimal> value) {
        TimeSeries s = new TimeSeries(name);
        for (SkuDay d : history) {
            BigDecimal v = value.apply(d);
            if (v != null) {
                s.addOrUpdate(days.of(d.day()), ChartData.plot(v));
            }
        }
        return s;
    }

    private static TimeSeries trendSeries(Days days, String name, SkuDetail d,
                                          Function<SkuTrendPoint, BigDecimal> value) {
        TimeSeries s = new TimeSeries(name);
        for (SkuTrendPoint p : d.trend()) {
            BigDecimal v = value.apply(p);
            if (v != null) {
                s.addOrUpdate(days.of(p.day()), ChartData.plot(v));
            }
        }
        return s;
    }
}
