package com.pricedesk.ui.chart;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.WaterfallSteps;
import com.pricedesk.app.insight.WaterfallSteps.Step;
import com.pricedesk.ui.fx.TaskExecutor;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
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
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The SKU detail's charts: the cost waterfall and the six trend charts over the chosen range. Each trend
 * card builds its chart when first in view or asked for its data, so opening a SKU builds what is seen;
 * the cards and charts are kept between SKUs and take each SKU's data ({@link SkuChartData}, made in the
 * background) when it opens.
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

    /**
     * The six trend charts' cards, made once per detail screen and kept between SKUs: each card builds its
     * chart (axes, renderers, no data) when first in view, and {@link #show} hands it the data of the SKU
     * now open. Order: prices, margin, advertising, BSR, traffic, inventory.
     */
    public List<ChartCard> trendCards() {
        return List.of(
                card("chartPrices", msg.get("detail.chart.prices"), this::pricesChart),
                card("chartMargin", msg.get("detail.chart.margin"), this::marginChart),
                card("chartAds", msg.get("detail.chart.ads"), this::advertisingChart),
                card("chartBsr", msg.get("detail.chart.bsr"), this::bsrChart),
                card("chartTraffic", msg.get("detail.chart.traffic"), this::trafficChart),
                card("chartInventory", msg.get("detail.chart.inventory"), this::inventoryChart));
    }

    /**
     * Puts {@code data} (made in the background) into {@code cards} from {@link #trendCards}: each chart
     * swaps its datasets and lines with its notifications held, so it redraws once, and only when in view.
     */
    public void show(List<ChartCard> cards, SkuChartData data) {
        cards.get(0).install(chart -> {
            XYPlot plot = chart.getXYPlot();
            plot.setDataset(0, data.prices);
            plot.clearRangeMarkers();
            data.breakEven.ifPresent(b -> plot.addRangeMarker(line(b.amount(), msg.get("detail.breakEven"),
                    ChartStyle.BAD)));
            data.floor.ifPresent(f -> plot.addRangeMarker(line(f.amount(), msg.get("detail.floor"), ChartStyle.FEE)));
            if (data.priceAxis != null) {
                plot.getRangeAxis().setRange(data.priceAxis);
            }
        });
        cards.get(1).install(chart -> {
            XYPlot plot = chart.getXYPlot();
            plot.setDataset(0, data.margin);
            plot.clearRangeMarkers();
            plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, ChartStyle.THIN));
            data.minMarginPct.ifPresent(t -> plot.addRangeMarker(line(t, msg.get("detail.minMargin"), ChartStyle.FEE)));
        });
        cards.get(2).install(chart -> chart.getXYPlot().setDataset(0, data.ads));
        cards.get(3).install(chart -> chart.getXYPlot().setDataset(0, data.bsr));
        cards.get(4).install(chart -> {
            chart.getXYPlot().setDataset(0, data.trafficCounts);
            chart.getXYPlot().setDataset(1, data.conversion);
        });
        cards.get(5).install(chart -> {
            chart.getXYPlot().setDataset(0, data.stock);
            chart.getXYPlot().setDataset(1, data.cover);
        });
    }

    /** Our price, the Buy Box and the lowest competitor, our changes as dots, break-even and floor as lines. */
    private JFreeChart pricesChart() {
        XYLineAndShapeRenderer r = lines(3);
        r.setSeriesLinesVisible(3, false);
        r.setSeriesShapesVisible(3, true);
        r.setSeriesPaint(3, ChartStyle.PRICE);
        r.setSeriesShape(3, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesStroke(2, ChartStyle.DASHED);
        XYPlot plot = timePlot(new SkuChartData.Collection(), r, Formats.usd(msg));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart(plot, true);
    }

    private JFreeChart marginChart() {
        XYLineAndShapeRenderer r = lines(1);
        r.setSeriesPaint(0, ChartStyle.GOOD);
        XYPlot plot = timePlot(new SkuChartData.Collection(), r, Formats.percent(msg));
        return chart(plot, false);
    }

    private JFreeChart advertisingChart() {
        XYLineAndShapeRenderer r = lines(2);
        r.setSeriesPaint(0, ChartStyle.ADS);
        r.setSeriesPaint(1, ChartStyle.COMPETITOR);
        XYPlot plot = timePlot(new SkuChartData.Collection(), r, Formats.percent(msg));
        return chart(plot, true);
    }

    /** Best Sellers Rank with 1 at the top: up is better. */
    private JFreeChart bsrChart() {
        XYLineAndShapeRenderer r = lines(1);
        r.setSeriesPaint(0, ChartStyle.PRICE);
        XYPlot plot = timePlot(new SkuChartData.Collection(), r, Formats.whole(msg));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setInverted(true);
        axis.setAutoRangeIncludesZero(false);
        axis.setLabel(msg.get("detail.bsrAxis"));
        return chart(plot, false);
    }

    /** Sessions and units on the left axis, conversion in percent on the right. */
    private JFreeChart trafficChart() {
        XYLineAndShapeRenderer r = lines(2);
        r.setSeriesPaint(0, ChartStyle.MUTED);
        r.setSeriesPaint(1, ChartStyle.PRICE);
        XYPlot plot = timePlot(new SkuChartData.Collection(), r, Formats.whole(msg));
        XYLineAndShapeRenderer r2 = lines(1);
        r2.setSeriesPaint(0, ChartStyle.GOOD);
        secondAxis(plot, new SkuChartData.Collection(), r2, Formats.percent(msg));
        return chart(plot, true);
    }

    /** Units in stock on the left axis, days of cover on the right. */
    private JFreeChart inventoryChart() {
        XYLineAndShapeRenderer r = lines(1);
        r.setSeriesPaint(0, ChartStyle.COST);
        XYPlot plot = timePlot(new SkuChartData.Collection(), r, Formats.whole(msg));
        XYLineAndShapeRenderer r2 = lines(1);
        r2.setSeriesPaint(0, ChartStyle.BUY_BOX);
        secondAxis(plot, new SkuChartData.Collection(), r2, Formats.whole(msg));
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
        // One path per series, not one stroke per pair of days: a year is 365 canvas calls fewer per line.
        r.setDrawSeriesLineAsPath(true);
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
}
