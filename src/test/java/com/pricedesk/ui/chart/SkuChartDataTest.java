package com.pricedesk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.jfree.data.Range;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

/** The charts' own time series collection answers the value range over some days as JFreeChart's does. */
class SkuChartDataTest {
    @Test
    void valueRangeOverAStretchOfDaysIsJFreeChartsOwn() {
        SplittableRandom rnd = new SplittableRandom(9);
        LocalDate start = LocalDate.of(2025, 12, 1);
        for (int round = 0; round < 200; round++) {
            SkuChartData.Collection ours = new SkuChartData.Collection();
            TimeSeriesCollection theirs = new TimeSeriesCollection(TimeZone.getTimeZone("UTC"));
            int seriesCount = 1 + rnd.nextInt(3);
            for (int s = 0; s < seriesCount; s++) {
                TimeSeries a = new TimeSeries("s" + s);
                TimeSeries b = new TimeSeries("s" + s);
                int days = rnd.nextInt(40);
                for (int d = 0; d < days; d++) {
                    if (rnd.nextInt(5) == 0) {
                        continue; // a day without data
                    }
                    Double v = rnd.nextInt(6) == 0 ? null : (double) (rnd.nextInt(20_000) - 5_000) / 100;
                    a.add(ChartData.day(start.plusDays(d)), v);
                    b.add(ChartData.day(start.plusDays(d)), v);
                }
                ours.addSeries(a);
                theirs.addSeries(b);
            }
            List<String> keys = rnd.nextBoolean() ? List.of("s0") : List.of("s0", "s1", "s2").subList(0, seriesCount);
            double from = ChartData.millis(start.plusDays(rnd.nextInt(40) - 5)) + rnd.nextInt(86_400_000);
            Range x = rnd.nextInt(4) == 0 ? new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                    : new Range(from, from + rnd.nextInt(30) * 86_400_000d);
            assertThat(ours.getRangeBounds(keys, x, false)).as("round " + round)
                    .isEqualTo(theirs.getRangeBounds(keys, x, false));
        }
    }
}
