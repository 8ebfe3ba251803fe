package com.pricedesk.ui.chart;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.SkuDetail;
import com.pricedesk.app.insight.SkuTrendPoint;
import com.pricedesk.app.insight.WaterfallSteps;
import com.pricedesk.app.insight.WaterfallSteps.Step;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.money.Money;
import com.pricedesk.ui.fx.TaskExecutor;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The SKU detail's charts: the cost waterfall and the six trend charts over the chosen range. Each trend
 * card builds its chart when first in view or asked for its data, so opening a SKU builds what is seen.
 */
public final class SkuCharts {
    private final Messages msg;
    private final TaskExecutor tasks;
    private final Consumer<String> onStatus;

    public SkuCharts(Messages msg, TaskExecutor tasks, Consumer<String> onStatus) {
        this.msg = msg;
        this.tasks = tasks;
        this.onStatus = onStatus;
    }

    /** Price → each Amazon fee → each landed-cost component → advertising → profit (red when negative). */
    public WaterfallChart waterfall() {
        return new WaterfallChart(msg, tasks, onStatus);
    }

    /** Our price, the Buy Box and the lowest competitor, our changes as dots, break-even and floor as lines. */
    public ChartCard prices(SkuDetail d, Optional<Money> breakEven, Optional<Money> floor) {
        return card("chartPrices", msg.get("detail.chart.prices"), () -> pricesChart(d, breakEven, floor));
    }

    private JFreeChart pricesChart(SkuDetail d, Optional<Money> breakEven, Optional<Money> floor) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(series(msg.get("detail.series.ourPrice"), d.history(), SkuDay::price));
        data.addSeries(series(msg.get("detail.series.buyBox"), d.history(), SkuDay::buyBoxPrice));
        data.addSeries(series(msg.get("detail.series.lowest"), d.history(), SkuDay::lowestCompetitorPrice));
        TimeSeries changes = new TimeSeries(msg.get("detail.series.ourChanges"));
        for (int i = 0; i < d.trend().size(); i++) {
            if (d.trend().get(i).priceChanged() && d.history().get(i).price() != null) {
                changes.addOrUpdate(ChartData.day(d.history().get(i).day()), ChartData.plot(d.history().get(i).price()));
            }
        }
        data.addSeries(changes);
        XYLineAndShapeRenderer r = lines(3);
        r.setSeriesLinesVisible(3, false);
        r.setSeriesShapesVisible(3, true);
        r.setSeriesPaint(3, ChartStyle.PRICE);
        r.setSeriesShape(3, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesStroke(2, ChartStyle.DASHED);
        XYPlot plot = timePlot(data, r, Formats.usd(msg));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        breakEven.ifPresent(b -> plot.addRangeMarker(line(b.amount(), msg.get("detail.breakEven"), ChartStyle.BAD)));
        floor.ifPresent(f -> plot.addRangeMarker(line(f.amount(), msg.get("detail.floor"), ChartStyle.FEE)));
        includeMarkers(plot, data, breakEven, floor);
        return chart(plot, true);
    }

    /** Widens the price axis so break-even and floor are always in view, not just the prices. */
    private static void includeMarkers(XYPlot plot, TimeSeriesCollection data, Optional<Money> breakEven,
                                       Optional<Money> floor) {
        if (data.getSeriesCount() == 0 || data.getSeries(0).getItemCount() == 0) {
            return;
        }
        org.jfree.data.Range r = data.getRangeBounds(false);
        if (r == null) {
            return;
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
        plot.getRangeAxis().setRange(Math.max(0, lo - pad), hi + pad);
    }

    public ChartCard margin(SkuDetail d, Optional<BigDecimal> targetPct) {
        return card("chartMargin", msg.get("detail.chart.margin"), () -> marginChart(d, targetPct));
    }

    private JFreeChart marginChart(SkuDetail d, Optional<BigDecimal> targetPct) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(trendSeries(msg.get("detail.series.margin"), d, SkuTrendPoint::marginPct));
        XYLineAndShapeRenderer r = lines(1);
        r.setSeriesPaint(0, ChartStyle.GOOD);
        XYPlot plot = timePlot(data, r, Formats.percent(msg));
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, ChartStyle.THIN));
        targetPct.ifPresent(t -> plot.addRangeMarker(line(t, msg.get("detail.minMargin"), ChartStyle.FEE)));
        return chart(plot, false);
    }

    public ChartCard advertising(SkuDetail d) {
        return card("chartAds", msg.get("detail.chart.ads"), () -> advertisingChart(d));
    }

    private JFreeChart advertisingChart(SkuDetail d) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(trendSeries("ACoS", d, SkuTrendPoint::acosPct));
        data.addSeries(trendSeries("TACoS", d, SkuTrendPoint::tacosPct));
        XYLineAndShapeRenderer r = lines(2);
        r.setSeriesPaint(0, ChartStyle.ADS);
        r.setSeriesPaint(1, ChartStyle.COMPETITOR);
        XYPlot plot = timePlot(data, r, Formats.percent(msg));
        return chart(plot, true);
    }

    /** Best Sellers Rank with 1 at the top: up is better. */
    public ChartCard bsr(SkuDetail d) {
        return card("chartBsr", msg.get("detail.chart.bsr"), () -> bsrChart(d));
    }

    private JFreeChart bsrChart(SkuDetail d) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(series("BSR", d.history(), x -> x.bsr() == null ? null : BigDecimal.valueOf(x.bsr())));
        XYLineAndShapeRenderer r = lines(1);
        r.setSeriesPaint(0, ChartStyle.PRICE);
        XYPlot plot = timePlot(data, r, Formats.whole(msg));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setInverted(true);
        axis.setAutoRangeIncludesZero(false);
        axis.setLabel(msg.get("detail.bsrAxis"));
        return chart(plot, false);
    }

    /** Sessions and units on the left axis, conversion in percent on the right. */
    public ChartCard traffic(SkuDetail d) {
        return card("chartTraffic", msg.get("detail.chart.traffic"), () -> trafficChart(d));
    }

    private JFreeChart trafficChart(SkuDetail d) {
        TimeSeriesCollection counts = new TimeSeriesCollection();
        counts.addSeries(series(msg.get("detail.series.sessions"), d.history(),
                x -> x.sessions() == null ? null : BigDecimal.valueOf(x.sessions())));
        counts.addSeries(series(msg.get("detail.series.units"), d.history(),
                x -> x.units() == null ? null : BigDecimal.valueOf(x.units())));
        XYLineAndShapeRenderer r = lines(2);
        r.setSeriesPaint(0, ChartStyle.MUTED);
        r.setSeriesPaint(1, ChartStyle.PRICE);
        XYPlot plot = timePlot(counts, r, Formats.whole(msg));
        TimeSeriesCollection conversion = new TimeSeriesCollection();
        conversion.addSeries(trendSeries(msg.get("detail.series.conversion"), d, SkuTrendPoint::conversionPct));
        XYLineAndShapeRenderer r2 = lines(1);
        r2.setSeriesPaint(0, ChartStyle.GOOD);
        secondAxis(plot, conversion, r2, Formats.percent(msg));
        return chart(plot, true);
    }

    /** Units in stock on the left axis, days of cover on the right. */
    public ChartCard inventory(SkuDetail d) {
        return card("chartInventory", msg.get("detail.chart.inventory"), () -> inventoryChart(d));
    }

    private JFreeChart inventoryChart(SkuDetail d) {
        TimeSeriesCollection stock = new TimeSeriesCollection();
        stock.addSeries(series(msg.get("detail.series.inventory"), d.history(),
                x -> x.inventory() == null ? null : BigDecimal.valueOf(x.inventory())));
        XYLineAndShapeRenderer r = lines(1);
        r.setSeriesPaint(0, ChartStyle.COST);
        XYPlot plot = timePlot(stock, r, Formats.whole(msg));
        TimeSeriesCollection cover = new TimeSeriesCollection();
        cover.addSeries(trendSeries(msg.get("detail.series.daysOfCover"), d, SkuTrendPoint::daysOfCover));
        XYLineAndShapeRenderer r2 = lines(1);
        r2.setSeriesPaint(0, ChartStyle.BUY_BOX);
        secondAxis(plot, cover, r2, Formats.whole(msg));
        return chart(plot, true);
    }

    private static void secondAxis(XYPlot plot, TimeSeriesCollection data, XYLineAndShapeRenderer r,
                                   java.text.NumberFormat format) {
        NumberAxis axis = new NumberAxis();
        axis.setNumberFormatOverride(format);
        ChartStyle.axis(axis);
        plot.setRangeAxis(1, axis);
        plot.setDataset(1, data);
        plot.setRenderer(1, r);
        plot.mapDatasetToRangeAxis(1, 1);
    }

    ChartCard card(String id, String title, JFreeChart chart) {
        return new ChartCard(id, title, chart, msg, tasks, onStatus);
    }

    private ChartCard card(String id, String title, java.util.function.Supplier<JFreeChart> chart) {
        return new ChartCard(id, title, chart, msg, tasks, onStatus);
    }

    private static JFreeChart chart(XYPlot plot, boolean legend) {
        return ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend));
    }

    XYPlot timePlot(TimeSeriesCollection data, XYLineAndShapeRenderer r, java.text.NumberFormat format) {
        DateAxis time = new DateAxis();
        time.setDateFormatOverride(Formats.shortDate(msg));
        time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        NumberAxis values = new NumberAxis();
        values.setNumberFormatOverride(format);
        XYPlot plot = new XYPlot(data, time, values, r);
        plot.setNoDataMessage(msg.get("chart.noData"));
        return plot;
    }

    static XYLineAndShapeRenderer lines(int series) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series; i++) {
            r.setSeriesStroke(i, ChartStyle.LINE);
            r.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
        }
        return r;
    }

    private static ValueMarker line(BigDecimal at, String label, Color color) {
        ValueMarker m = new ValueMarker(at.doubleValue(), color, ChartStyle.DASHED);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.font(Font.PLAIN, 10));
        m.setLabelPaint(color);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return m;
    }

    static TimeSeries series(String name, List<SkuDay> days, Function<SkuDay, BigDecimal> value) {
        TimeSeries s = new TimeSeries(name);
        for (SkuDay d : days) {
            BigDecimal v = value.apply(d);
            if (v != null) {
                s.addOrUpdate(ChartData.day(d.day()), ChartData.plot(v));
            }
        }
        return s;
    }

    private static TimeSeries trendSeries(String name, SkuDetail d, Function<SkuTrendPoint, BigDecimal> value) {
        TimeSeries s = new TimeSeries(name);
        for (SkuTrendPoint p : d.trend()) {
            BigDecimal v = value.apply(p);
            if (v != null) {
                s.addOrUpdate(ChartData.day(p.day()), ChartData.plot(v));
            }
        }
        return s;
    }
}
