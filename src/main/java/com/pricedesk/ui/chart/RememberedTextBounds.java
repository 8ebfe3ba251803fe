package com.pricedesk.ui.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.fx.FXFontMetrics;
import org.jfree.fx.FXGraphics2D;
import org.jfree.fx.FXHints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The measured size of each chart text (tick label, title, legend item), remembered by font and text.
 *
 * <p>Why: a {@link ChartCanvas} measures text through JavaFX ({@link FXFontMetrics}), which lays out a new
 * {@code Text} node for every string every time; JFreeChart measures each tick label several times per
 * drawing while it picks tick units. Profiling the SKU detail showed this measuring as about half of
 * drawing a one-year chart. The labels repeat from SKU to SKU on a kept card (the same dates, the same
 * round numbers), so remembering them makes redrawing cheap; the sizes are the very ones JavaFX gives.
 *
 * <p>Used on the FX thread only (where charts draw), so it needs no locking. At most {@link #CAPACITY}
 * texts are kept, the least recently used dropped first.
 */
final class RememberedTextBounds {
    static final int CAPACITY = 2_048;
    private static final Logger log = LoggerFactory.getLogger(RememberedTextBounds.class);

    /** A text in a font. */
    record Text(Font font, String text) { }

    private final Map<Text, Rectangle2D> bounds = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Text, Rectangle2D> eldest) {
            return size() > CAPACITY;
        }
    };
    private long measured;

    /**
     * Makes {@code canvas} measure its text through this memory. ChartCanvas keeps its graphics in a private
     * field with no setter, so it is replaced by reflection; if a JFreeChart-FX version no longer has it, the
     * canvas keeps measuring as before (slower, same result) and this returns false.
     */
    boolean installInto(ChartCanvas canvas) {
        try {
            Field field = ChartCanvas.class.getDeclaredField("g2");
            field.setAccessible(true);
            Object current = field.get(canvas);
            if (!(current instanceof FXGraphics2D original)) {
                return false;
            }
            MeasuringGraphics g2 = new MeasuringGraphics(canvas.getGraphicsContext2D(), this);
            g2.setRenderingHints(original.getRenderingHints());
            g2.setZeroStrokeWidth(original.getZeroStrokeWidth());
            field.set(canvas, g2);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Chart text sizes are not remembered for this chart", e);
            return false;
        }
    }

    /** How many texts were measured by JavaFX (not found here), for tests. */
    long measured() {
        return measured;
    }

    /** What is remembered now (tests). */
    Map<Text, Rectangle2D> remembered() {
        return Map.copyOf(bounds);
    }

    Rectangle2D bounds(Font font, String text, java.util.function.Supplier<Rectangle2D> measure) {
        Text key = new Text(font, text);
        Rectangle2D known = bounds.get(key);
        if (known == null) {
            known = measure.get();
            measured++;
            bounds.put(key, known);
        }
        return (Rectangle2D) known.clone(); // callers may move or grow what they get
    }

    /** FXGraphics2D whose font metrics look sizes up here first. */
    private static final class MeasuringGraphics extends FXGraphics2D {
        private final RememberedTextBounds memory;
        private Metrics metrics;

        MeasuringGraphics(GraphicsContext gc, RememberedTextBounds memory) {
            super(gc);
            this.memory = memory;
        }

        @Override
        public FontMetrics getFontMetrics(Font f) {
            if (!Boolean.TRUE.equals(getRenderingHint(FXHints.KEY_USE_FX_FONT_METRICS))) {
                return super.getFontMetrics(f);
            }
            if (metrics == null || !metrics.getFont().equals(f)) {
                metrics = new Metrics(f, this, memory);
            }
            return metrics;
        }
    }

    private static final class Metrics extends FXFontMetrics {
        private final RememberedTextBounds memory;

        Metrics(Font font, java.awt.Graphics2D g2, RememberedTextBounds memory) {
            super(font, g2);
            this.memory = memory;
        }

        @Override
        public Rectangle2D getStringBounds(String str, java.awt.Graphics context) {
            return memory.bounds(getFont(), str, () -> super.getStringBounds(str, context));
        }
    }
}
