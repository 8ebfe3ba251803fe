package com.pricedesk.ui.chart;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.WaterfallSteps;
import com.pricedesk.app.insight.WaterfallSteps.Step;
import com.pricedesk.ui.fx.TaskExecutor;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The cost waterfall as horizontal bars: the price, then each cost hanging from where the previous one
 * ended, then profit standing on zero (green, or red when it is a loss). {@link #show} redraws it for a
 * new price (the what-if).
 */
public final class WaterfallChart {
    private final Messages msg;
    private final NumberFormat usd;
    private final CategoryPlot plot;
    private final ChartCard card;
    private List<Step> steps = List.of();

    WaterfallChart(Messages msg, TaskExecutor tasks, Consumer<String> onStatus) {
        this.msg = msg;
        this.usd = Formats.usd(msg);
        NumberAxis amounts = new NumberAxis();
        amounts.setNumberFormatOverride(usd);
        amounts.setUpperMargin(0.2);
        IntervalBarRenderer bars = new IntervalBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column < steps.size() ? paintOf(steps.get(column)) : ChartStyle.MUTED;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.8);
        bars.setItemMargin(0);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Step s = steps.get(column);
                String amount = usd.format(s.amount());
                return s.kind() == WaterfallSteps.Kind.PRICE || s.kind() == WaterfallSteps.Kind.PROFIT ? amount
                        : "−" + amount;
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 11));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        CategoryAxis categories = new CategoryAxis();
        categories.setCategoryMargin(0.15);
        plot = new CategoryPlot(null, categories, amounts, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setNoDataMessage(msg.get("detail.noWaterfall"));
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, ChartStyle.THIN), Layer.BACKGROUND);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        card = new ChartCard("chartWaterfall", msg.get("detail.chart.waterfall"), chart, msg, tasks, onStatus);
        card.setChartPrefSize(520, 360);
    }

    public void show(List<Step> newSteps) {
        this.steps = List.copyOf(newSteps);
        int n = steps.size();
        if (n == 0) {
            plot.setDataset(null);
            return;
        }
        Number[][] starts = new Number[1][n];
        Number[][] ends = new Number[1][n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            starts[0][i] = ChartData.plot(s.bottom());
            ends[0][i] = ChartData.plot(s.kind() == WaterfallSteps.Kind.PROFIT && s.amount().signum() < 0
                    ? BigDecimal.ZERO : s.top());
            labels[i] = msg.get("detail.step." + s.key());
        }
        plot.setDataset(new DefaultIntervalCategoryDataset(new String[] {"w"}, labels, starts, ends));
    }

    private static Paint paintOf(Step s) {
        return switch (s.kind()) {
            case PRICE -> ChartStyle.PRICE;
            case AMAZON_FEE -> ChartStyle.FEE;
            case LANDED_COST -> ChartStyle.COST;
            case ADVERTISING -> ChartStyle.ADS;
            case PROFIT -> s.amount().signum() < 0 ? ChartStyle.BAD : ChartStyle.GOOD;
        };
    }

    public ChartCard card() {
        return card;
    }
}
