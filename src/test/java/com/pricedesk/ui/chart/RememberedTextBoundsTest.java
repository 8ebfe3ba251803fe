package com.pricedesk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.fx.FXFontMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart card remembers the sizes of its texts: redrawing (the next SKU on a kept card) measures none of
 * the labels again, and every remembered size is the one JavaFX itself gives, Chinese included.
 */
class RememberedTextBoundsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static TimeSeriesCollection year(double base) {
        TimeSeries s = new TimeSeries("毛利率 Margin");
        Day d = new Day(1, 12, 2025);
        for (int i = 0; i < 365; i++) {
            s.add(d, base + (i % 30));
            d = (Day) d.next();
        }
        return new TimeSeriesCollection(s);
    }

    @Test
    void aRedrawMeasuresNoTextAgainAndTheSizesAreJavaFxsOwn() throws Exception {
        JFreeChart chart = ChartFactory.createTimeSeriesChart("利润 Profit", "日期", "$", year(10));
        ChartCard card = new ChartCard("chartTest", "Test", chart, new Messages(Messages.ENGLISH),
                new CurrentThreadTaskExecutor(), s -> { });
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(card), 700, 360));
            card.viewer();
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
        RememberedTextBounds memory = card.textBounds();
        long first = memory.measured();
        assertThat(first).as("the first drawing measures its labels").isPositive();

        // Another SKU's data over the same dates, as on the kept detail screen: drawn again, nothing measured.
        WaitForAsyncUtils.asyncFx(() -> chart.getXYPlot().setDataset(year(12))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(memory.measured()).isEqualTo(first);

        Map<RememberedTextBounds.Text, Rectangle2D> remembered = memory.remembered();
        assertThat(remembered).isNotEmpty();
        assertThat(remembered.keySet()).anyMatch(t -> t.text().contains("利润"));
        WaitForAsyncUtils.asyncFx(() -> remembered.forEach((text, size) -> {
            Rectangle2D javaFx = new FXFontMetrics(text.font(), null).getStringBounds(text.text(), null);
            assertThat(size).as(text.text()).isEqualTo(javaFx);
        })).get();
    }

    @Test
    void keepsTheMostRecentTextsUpToItsCapacity() {
        RememberedTextBounds memory = new RememberedTextBounds();
        Font font = new Font("SansSerif", Font.PLAIN, 12);
        for (int i = 0; i < RememberedTextBounds.CAPACITY + 500; i++) {
            memory.bounds(font, "label " + i, () -> new Rectangle2D.Double(0, -10, 40, 14));
        }
        assertThat(memory.remembered()).hasSize(RememberedTextBounds.CAPACITY);
        long measured = memory.measured();
        memory.bounds(font, "label " + (RememberedTextBounds.CAPACITY + 499), () -> new Rectangle2D.Double());
        assertThat(memory.measured()).as("the newest is still known").isEqualTo(measured);
        memory.bounds(font, "label 0", () -> new Rectangle2D.Double());
        assertThat(memory.measured()).as("the oldest was dropped").isEqualTo(measured + 1);
    }

    @Test
    void whatItHandsOutCanBeChangedWithoutChangingWhatItKnows() {
        RememberedTextBounds memory = new RememberedTextBounds();
        Font font = new Font("SansSerif", Font.PLAIN, 12);
        Rectangle2D got = memory.bounds(font, "$12.99", () -> new Rectangle2D.Double(0, -10, 40, 14));
        got.setRect(5, 5, 5, 5);
        assertThat(memory.bounds(font, "$12.99", Rectangle2D.Double::new)).isEqualTo(new Rectangle2D.Double(0, -10, 40, 14));
    }
}
