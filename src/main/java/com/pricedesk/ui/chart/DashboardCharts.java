package com.pricedesk.ui.chart;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.Dashboard;
import com.pricedesk.app.insight.Dashboard.MarginBucket;
import com.pricedesk.app.insight.Dashboard.PortfolioPoint;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.ui.fx.TaskExecutor;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Paint;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The dashboard's charts: the shop's revenue, profit and margin, SKUs by status, and the margin histogram. */
public final class DashboardCharts {
    private final Messages msg;
    private final SkuCharts base;

    public DashboardCharts(Messages msg, TaskExecutor tasks, Consumer<String> onStatus) {
        this.msg = msg;
        this.base = new SkuCharts(msg, tasks, onStatus);
    }

    public ChartCard money(Dashboard d) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(series(msg.get("dashboard.series.revenue"), d.trend(), PortfolioPoint::revenue));
        data.addSeries(series(msg.get("dashboard.series.profit"), d.trend(), PortfolioPoint::profit));
        XYLineAndShapeRenderer r = SkuCharts.lines(2);
        r.setSeriesPaint(0, ChartStyle.PRICE);
        r.setSeriesPaint(1, ChartStyle.GOOD);
        XYPlot plot = base.timePlot(data, r, Formats.usd(msg));
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, ChartStyle.THIN));
        return base.card("chartPortfolio", msg.get("dashboard.chart.money"),
                ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true)));
    }

    public ChartCard margin(Dashboard d) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(series(msg.get("dashboard.series.margin"), d.trend(), PortfolioPoint::marginPct));
        XYLineAndShapeRenderer r = SkuCharts.lines(1);
        r.setSeriesPaint(0, ChartStyle.GOOD);
        XYPlot plot = base.timePlot(data, r, Formats.percent(msg));
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, ChartStyle.THIN));
        return base.card("chartPortfolioMargin", msg.get("dashboard.chart.margin"),
                ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false)));
    }

    /** SKUs per KPI status; clicking a bar hands its status to {@code onStatus}. */
    public ChartCard statuses(Dashboard d, List<KpiStatus> order, Consumer<KpiStatus> onClick) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (KpiStatus s : order) {
            data.addValue(d.byStatus().getOrDefault(s, List.of()).size(), "n", msg.get("kpi.status." + s.name()));
        }
        BarRenderer r = bars(column -> switch (order.get(column)) {
            case OK -> ChartStyle.GOOD;
            case WARNING -> ChartStyle.BUY_BOX;
            case BREACH -> ChartStyle.BAD;
            case UNKNOWN -> ChartStyle.MUTED;
        });
        ChartCard card = barCard("chartStatus", msg.get("dashboard.chart.status"), data, r, false);
        clickable(card, column -> onClick.accept(order.get(column)));
        return card;
    }

    /** SKUs per margin band; bands below zero are red; clicking a bar hands its index to {@code onClick}. */
    public ChartCard histogram(Dashboard d, IntConsumer onClick) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<MarginBucket> buckets = d.marginDistribution();
        for (MarginBucket b : buckets) {
            data.addValue(b.skus().size(), "n", bucketLabel(b));
        }
        BarRenderer r = bars(column -> {
            MarginBucket b = buckets.get(column);
            return b.toPct() != null && b.toPct().signum() <= 0 ? ChartStyle.BAD : ChartStyle.PRICE;
        });
        ChartCard card = barCard("chartMarginHistogram", msg.get("dashboard.chart.histogram"), data, r, true);
        clickable(card, onClick);
        return card;
    }

    /** "<-20%", "-20…-15%", "≥60%": each band by its edges. */
    public String bucketLabel(MarginBucket b) {
        if (b.fromPct() == null) {
            return "<" + b.toPct().toPlainString() + "%";
        }
        if (b.toPct() == null) {
            return "≥" + b.fromPct().toPlainString() + "%";
        }
        return b.fromPct().toPlainString() + "…" + b.toPct().toPlainString() + "%";
    }

    private static BarRenderer bars(Function<Integer, Color> colour) {
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return colour.apply(column);
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
        r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator());
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartStyle.font(java.awt.Font.PLAIN, 11));
        return r;
    }

    private ChartCard barCard(String id, String title, DefaultCategoryDataset data, BarRenderer r, boolean slanted) {
        CategoryAxis categories = new CategoryAxis();
        if (slanted) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis counts = new NumberAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(data, categories, counts, r);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        return base.card(id, title, chart);
    }

    private static void clickable(ChartCard card, IntConsumer onColumn) {
        card.viewer().addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof CategoryItemEntity item) {
                    int column = item.getDataset().getColumnIndex(item.getColumnKey());
                    if (column >= 0) {
                        onColumn.accept(column);
                    }
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                card.viewer().setCursor(e.getEntity() instanceof CategoryItemEntity
                        ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
            }
        });
    }

    private static TimeSeries series(String name, List<PortfolioPoint> points, Function<PortfolioPoint, BigDecimal> v) {
        TimeSeries s = new TimeSeries(name);
        for (PortfolioPoint p : points) {
            BigDecimal value = v.apply(p);
            if (value != null) {
                s.addOrUpdate(ChartData.day(p.day()), ChartData.plot(value));
            }
        }
        return s;
    }
}
