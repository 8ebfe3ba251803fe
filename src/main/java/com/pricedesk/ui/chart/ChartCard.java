package com.pricedesk.ui.chart;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.ui.fx.TaskExecutor;
import java.io.File;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 *
 * <p>The chart and its viewer can wait until the card is first in view ({@link #showWhen}): a screen of
 * charts then builds, styles and draws only those the seller sees (the SKU detail has seven, about three
 * in view when it opens); a placeholder of the same size holds the others' place. Asking for the data
 * ({@link #itemCount}), an export or the viewer builds the chart at once. A card can be kept for another
 * data set ({@link #install}): the SKU detail keeps its cards and viewers between SKUs.
 */
public final class ChartCard extends BorderPane {
    static final int EXPORT_WIDTH = 1200;
    static final int EXPORT_HEIGHT = 700;
    private Supplier<JFreeChart> build;
    private JFreeChart chart;
    private ChartViewer viewer;
    /** The sizes of this card's texts: the same labels come back for every SKU the card shows. */
    private final RememberedTextBounds textBounds = new RememberedTextBounds();
    /** Data handed over by {@link #install} and not yet put into the chart (it is not built or not in view). */
    private Consumer<JFreeChart> pending;
    private final Region placeholder = new Region();
    private final String fileStem;
    /** Whether the card is in view now; null: always (the viewer is made at the first layout). */
    private BooleanSupplier inView;

    ChartCard(String id, String title, JFreeChart chart, Messages msg, TaskExecutor tasks, Consumer<String> onStatus) {
        this(id, title, () -> chart, msg, tasks, onStatus);
    }

    /** A card whose chart is built by {@code chart} on the FX thread when first needed. */
    ChartCard(String id, String title, Supplier<JFreeChart> chart, Messages msg, TaskExecutor tasks,
              Consumer<String> onStatus) {
        this.build = chart;
        this.fileStem = id;
        setId(id);
        getStyleClass().add("chart-card");
        placeholder.setMinSize(200, 150);
        placeholder.setPrefSize(480, 240);
        placeholder.getStyleClass().add("chart-placeholder");
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
        setCenter(placeholder);
    }

    /** The viewer's preferred size (also the placeholder's, so the layout does not jump when it appears). */
    public void setChartPrefSize(double width, double height) {
        placeholder.setPrefSize(width, height);
        if (viewer != null) {
            viewer.setPrefSize(width, height);
        }
    }

    /**
     * Builds the chart and viewer only once {@code inView} says the card is visible; it is asked at each
     * layout of the card (the screen asks waiting cards for a layout when scrolled, see {@link #isWaiting}).
     */
    public void showWhen(BooleanSupplier inView) {
        this.inView = inView;
    }

    /** True once the chart's viewer exists (the card has been in view or was asked for it). */
    public boolean isShown() {
        return viewer != null;
    }

    /** True while the card waits to be in view to build its viewer or take the data it was given. */
    public boolean isWaiting() {
        return viewer == null || pending != null;
    }

    /**
     * Gives the chart new data: {@code data} puts it into the chart (datasets, markers, axis ranges). It is
     * applied with the chart's notifications held, after zooming back out, so the chart redraws once; and
     * only when the card is in view at a layout (or its chart is asked for), so unseen charts do not draw.
     * Data given again before that replaces the earlier data.
     */
    public void install(Consumer<JFreeChart> data) {
        pending = data;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (isWaiting() && getScene() != null && (inView == null || inView.getAsBoolean())) {
            if (viewer == null) {
                // Styled now, so this layout pass sizes and draws it (a new control is otherwise styled next pulse).
                viewer().applyCss();
            } else {
                applyPending();
            }
        }
        super.layoutChildren();
    }

    /** The chart, built on first use, with the data last given to it. */
    public JFreeChart chart() {
        if (chart == null) {
            chart = build.get();
            build = null;
        }
        applyPending();
        return chart;
    }

    private void applyPending() {
        if (pending == null || chart == null) {
            return;
        }
        Consumer<JFreeChart> data = pending;
        pending = null;
        chart.setNotify(false);
        try {
            restoreZoom(chart);
            data.accept(chart);
        } finally {
            chart.setNotify(true); // one redraw, of the viewer if there is one
        }
    }

    private void restoreZoom() {
        restoreZoom(chart());
    }

    /**
     * Zooms back out if the seller zoomed in (a kept chart should not show the next data zoomed); no
     * redraw when it is not zoomed. For charts whose data comes some other way than {@link #install}.
     */
    public void resetZoom() {
        if (chart == null) {
            return;
        }
        Plot plot = chart.getPlot();
        boolean zoomed = plot instanceof XYPlot xy ? !xy.getDomainAxis().isAutoRange()
                : plot instanceof CategoryPlot cat && !cat.getRangeAxis().isAutoRange();
        if (zoomed) {
            restoreZoom(chart);
        }
    }

    private static void restoreZoom(JFreeChart chart) {
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
        JFreeChart exported = chart(); // built here, on the FX thread, if not shown yet
        tasks.execute(() -> {
            ChartUtils.saveChartAsPNG(file.toFile(), exported, EXPORT_WIDTH, EXPORT_HEIGHT);
            return file;
        }, f -> onStatus.accept(msg.get("chart.exported", f)),
                e -> onStatus.accept(msg.get("chart.exportFailed", file, String.valueOf(e.getMessage()))));
    }

    /** The remembered text sizes of this card's viewer (tests). */
    RememberedTextBounds textBounds() {
        return textBounds;
    }

    /** How many data points the chart plots over all its series (tests and the "no data" state). */
    public int itemCount() {
        return ChartData.itemCount(chart().getPlot());
    }

    /** The zoomable viewer, made now if the card has not been in view yet. */
    public ChartViewer viewer() {
        if (viewer == null) {
            // The viewer's own context menu would write files on the FX thread: ours writes in the background.
            viewer = new ChartViewer(chart(), false);
            viewer.setMinSize(placeholder.getMinWidth(), placeholder.getMinHeight());
            viewer.setPrefSize(placeholder.getPrefWidth(), placeholder.getPrefHeight());
            viewer.getCanvas().setRangeZoomable(false);
            textBounds.installInto(viewer.getCanvas());
            viewer.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    restoreZoom();
                }
            });
            setCenter(viewer);
        }
        return viewer;
    }
}
