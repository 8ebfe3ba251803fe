package com.pricedesk.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/** One look for every chart: the window's font (with CJK glyphs), Primer colours, light grid lines. */
final class ChartStyle {
    static final Color PRICE = new Color(0x09, 0x69, 0xda);
    static final Color BUY_BOX = new Color(0xbf, 0x87, 0x00);
    static final Color COMPETITOR = new Color(0x82, 0x50, 0xdf);
    static final Color GOOD = new Color(0x1a, 0x7f, 0x37);
    static final Color BAD = new Color(0xcf, 0x22, 0x2e);
    static final Color FEE = new Color(0xe1, 0x6f, 0x24);
    static final Color COST = new Color(0x57, 0x60, 0x6a);
    static final Color ADS = new Color(0xbf, 0x39, 0x89);
    static final Color MUTED = new Color(0x8c, 0x95, 0x9f);
    static final Color GRID = new Color(0xd0, 0xd7, 0xde);
    static final Color[] SERIES = {PRICE, BUY_BOX, COMPETITOR, GOOD, ADS, FEE};
    static final BasicStroke LINE = new BasicStroke(2f);
    static final BasicStroke THIN = new BasicStroke(1.2f);
    static final BasicStroke DASHED = new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);
    private static final String FAMILY = family();

    private ChartStyle() {
    }

    /** A font family that has both Latin and Chinese glyphs, so 中文 labels never show as boxes. */
    private static String family() {
        Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames()).collect(Collectors.toSet());
        for (String f : new String[] {"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC",
                "WenQuanYi Micro Hei"}) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return Font.SANS_SERIF;
    }

    static Font font(int style, int size) {
        return new Font(FAMILY, style, size);
    }

    static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(font(Font.BOLD, 13));
            chart.getTitle().setPaint(new Color(0x1f, 0x23, 0x28));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, 11));
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(font(Font.PLAIN, 12));
        plot.setNoDataMessagePaint(MUTED);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
            axis(xy.getDomainAxis());
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            axis(cat.getRangeAxis());
            cat.getDomainAxis().setTickLabelFont(font(Font.PLAIN, 11));
            cat.getDomainAxis().setLabelFont(font(Font.PLAIN, 11));
        }
        return chart;
    }

    static void axis(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setTickLabelFont(font(Font.PLAIN, 11));
        axis.setLabelFont(font(Font.PLAIN, 11));
        axis.setTickLabelPaint(COST);
        axis.setLabelPaint(COST);
        axis.setAxisLineVisible(false);
    }
}
