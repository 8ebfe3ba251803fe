package com.pricedesk.ui.chart;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.ui.fx.TaskExecutor;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * A chart on a card: title, zoomable viewer (drag to zoom, double-click to reset) and a PNG export that
 * asks for the file on the FX thread and writes it in the background.
 */
public final class ChartCard extends BorderPane {
    static final int EXPORT_WIDTH = 1200;
    static final int EXPORT_HEIGHT = 700;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final String fileStem;

    ChartCard(String id, String title, JFreeChart chart, Messages msg, TaskExecutor tasks, Consumer<String> onStatus) {
        this.chart = chart;
        this.fileStem = id;
        setId(id);
        getStyleClass().add("chart-card");
        // The viewer's own context menu would write files on the FX thread: ours writes in the background.
        viewer = new ChartViewer(chart, false);
        viewer.setMinSize(200, 150);
        viewer.setPrefSize(480, 240);
        viewer.getCanvas().setRangeZoomable(false);
        viewer.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                restoreZoom();
            }
        });
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-title");
        Button reset = new Button("\u21BA");
        reset.getStyleClass().addAll("flat", "small");
        reset.setTooltip(new Tooltip(msg.get("chart.resetZoom")));
        reset.setOnAction(e -> restoreZoom());
        Button export = new Button(msg.get("chart.exportPng"));
        export.getStyleClass().addAll("flat", "small");
        export.setId(id + "-export");
        export.setOnAction(e -> export(msg, tasks, onStatus));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, heading, spacer, reset, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("chart-card-header");
        setTop(top);
        setCenter(viewer);
    }

    private void restoreZoom() {
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            xy.getDomainAxis().setAutoRange(true);
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                if (xy.getRangeAxis(i) != null) {
                    xy.getRangeAxis(i).setAutoRange(true);
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.getRangeAxis().setAutoRange(true);
        }
    }

    private void export(Messages msg, TaskExecutor tasks, Consumer<String> onStatus) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(msg.get("chart.exportPng"));
        chooser.setInitialFileName(fileStem + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            writePng(file.toPath(), tasks, msg, onStatus);
        }
    }

    /** Writes the chart as PNG in the background and reports where (or why not) through {@code onStatus}. */
    public void writePng(Path file, TaskExecutor tasks, Messages msg, Consumer<String> onStatus) {
        tasks.execute(() -> {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, EXPORT_WIDTH, EXPORT_HEIGHT);
            return file;
        }, f -> onStatus.accept(msg.get("chart.exported", f)),
                e -> onStatus.accept(msg.get("chart.exportFailed", file, String.valueOf(e.getMessage()))));
    }

    /** How many data points the chart plots over all its series (tests and the "no data" state). */
    public int itemCount() {
        return ChartData.itemCount(chart.getPlot());
    }

    public ChartViewer viewer() {
        return viewer;
    }
}
