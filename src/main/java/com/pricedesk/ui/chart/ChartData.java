package com.pricedesk.ui.chart;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.xy.XYDataset;

/** Conversions at the edge of the charts: exact amounts become plot coordinates only here, for drawing. */
final class ChartData {
    private ChartData() {
    }

    static Day day(LocalDate d) {
        return new Day(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()), java.util.TimeZone.getTimeZone("UTC"),
                java.util.Locale.ROOT);
    }

    static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A plot coordinate; exact values stay BigDecimal everywhere else. */
    static Number plot(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }

    static Number plot(Money m) {
        return m == null ? null : m.amount().doubleValue();
    }

    static int itemCount(Plot plot) {
        int n = 0;
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                XYDataset d = xy.getDataset(i);
                if (d == null) {
                    continue;
                }
                for (int s = 0; s < d.getSeriesCount(); s++) {
                    for (int k = 0; k < d.getItemCount(s); k++) {
                        if (d.getY(s, k) != null) {
                            n++;
                        }
                    }
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getDatasetCount(); i++) {
                CategoryDataset d = cat.getDataset(i);
                if (d != null) {
                    n += d.getRowCount() * d.getColumnCount();
                }
            }
        }
        return n;
    }
}
