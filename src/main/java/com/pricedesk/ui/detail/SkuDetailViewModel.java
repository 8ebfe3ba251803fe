package com.pricedesk.ui.detail;

import com.pricedesk.app.economics.SkuQuote;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.SkuDetail;
import com.pricedesk.app.insight.WaterfallSteps;
import com.pricedesk.app.insight.WaterfallSteps.Step;
import com.pricedesk.domain.cost.Waterfall;
import com.pricedesk.domain.money.Money;
import com.pricedesk.ui.chart.SkuChartData;
import com.pricedesk.ui.fx.LocaleFormat;
import com.pricedesk.ui.fx.TaskExecutor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the SKU detail: the loaded SKU and history for the chosen range, and the what-if price.
 * The what-if runs the exact unit economics already loaded (BigDecimal, microseconds), so it is live
 * without touching the database; loading runs through the {@link TaskExecutor}, and makes the charts' data
 * there too ({@link SkuChartData}). One ViewModel serves SKU after SKU ({@link #open}): the range chosen
 * stays, everything else belongs to the SKU open.
 */
public final class SkuDetailViewModel {
    /** The time ranges the charts offer, in days. */
    public static final List<Integer> RANGES = List.of(7, 30, 90, 365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StringProperty sellerSku = new SimpleStringProperty();
    private final BiFunction<String, Integer, SkuDetail> source;
    private final TaskExecutor tasks;
    private final Messages msg;
    private final LocaleFormat fmt;

    private final IntegerProperty days = new SimpleIntegerProperty(90);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<SkuDetail> detail = new SimpleObjectProperty<>();
    private SkuChartData chartData;
    /** Counts the loads started; only the latest one's answer is shown. */
    private int loads;

    private final StringProperty whatIfText = new SimpleStringProperty("");
    /** The slider's position in cents; whole cents only, so no binary fraction ever becomes a price. */
    private final DoubleProperty whatIfCents = new SimpleDoubleProperty(0);
    private final DoubleProperty sliderMin = new SimpleDoubleProperty(1);
    private final DoubleProperty sliderMax = new SimpleDoubleProperty(10_000);
    private final StringProperty whatIfError = new SimpleStringProperty("");
    private final StringProperty profitText = new SimpleStringProperty("—");
    private final StringProperty marginText = new SimpleStringProperty("—");
    private final StringProperty roiText = new SimpleStringProperty("—");
    private final BooleanProperty loss = new SimpleBooleanProperty(false);
    private final BooleanProperty belowFloor = new SimpleBooleanProperty(false);
    private final ObjectProperty<List<Step>> steps = new SimpleObjectProperty<>(List.of());
    private boolean syncing;

    public SkuDetailViewModel(String sellerSku, BiFunction<String, Integer, SkuDetail> source, TaskExecutor tasks,
                              Messages msg) {
        this.sellerSku.set(sellerSku);
        this.source = source;
        this.tasks = tasks;
        this.msg = msg;
        this.fmt = new LocaleFormat(msg);
        whatIfText.addListener((o, old, text) -> {
            if (!syncing) {
                priceTyped(text);
            }
        });
        whatIfCents.addListener((o, old, cents) -> {
            if (!syncing) {
                sliderMoved(cents.doubleValue());
            }
        });
        days.addListener((o, old, d) -> load());
    }

    /** What one background load hands back: the SKU's detail and its charts' data. */
    private record Loaded(SkuDetail detail, SkuChartData charts) {
    }

    /**
     * Shows another SKU (or the same one afresh) over the same range: nothing of the SKU shown before stays
     * (the detail is empty until the new one has loaded, the what-if starts again at the new current price).
     */
    public void open(String newSku) {
        sellerSku.set(newSku);
        detail.set(null);
        chartData = null;
        clearWhatIf();
        whatIfError.set("");
        load();
    }

    /**
     * Loads (or reloads for a new range) in the background, the charts' data included; the old charts stay
     * until the new data arrives, and an answer overtaken by a later load (another SKU or range) is dropped.
     */
    public void load() {
        int load = ++loads;
        loading.set(true);
        error.set("");
        int range = days.get();
        String sku = sellerSku.get();
        tasks.execute(() -> {
            SkuDetail d = source.apply(sku, range);
            return new Loaded(d, SkuChartData.of(d, msg));
        }, loaded -> {
            if (load != loads) {
                return;
            }
            loading.set(false);
            boolean first = detail.get() == null;
            chartData = loaded.charts();
            detail.set(loaded.detail());
            if (first) {
                startWhatIfAtCurrentPrice(loaded.detail());
            }
        }, e -> {
            if (load != loads) {
                return;
            }
            loading.set(false);
            error.set(msg.get("detail.loadFailed", sku, String.valueOf(e.getMessage())));
        });
    }

    /** No what-if: no price, no figures, no waterfall (a SKU without economics, or not loaded yet). */
    private void clearWhatIf() {
        syncing = true;
        try {
            whatIfText.set("");
            profitText.set("—");
            marginText.set("—");
            roiText.set("—");
            loss.set(false);
            belowFloor.set(false);
        } finally {
            syncing = false;
        }
    }

    private void startWhatIfAtCurrentPrice(SkuDetail d) {
        Optional<SkuQuote> q = d.quote();
        if (q.isEmpty()) {
            clearWhatIf();
            steps.set(List.of());
            return;
        }
        BigDecimal price = q.get().waterfall().price().amount();
        BigDecimal be = q.get().breakEven().asOptional().map(Money::amount).orElse(price);
        BigDecimal floor = q.get().floor().asOptional().map(Money::amount).orElse(price);
        BigDecimal low = price.min(be).min(floor).multiply(new BigDecimal("0.5"));
        BigDecimal high = price.max(be).max(floor).multiply(new BigDecimal("1.6"));
        sliderMin.set(Math.max(1, cents(low)));
        sliderMax.set(Math.max(cents(high), cents(price) + 100));
        show(price.setScale(2, RoundingMode.HALF_UP), true, true);
    }

    private void priceTyped(String text) {
        Optional<BigDecimal> price = parse(text);
        if (price.isEmpty()) {
            return;
        }
        show(price.get(), false, true);
    }

    private void sliderMoved(double cents) {
        show(BigDecimal.valueOf(Math.round(cents), 2), true, false);
    }

    /** Validates what the seller typed: a positive amount in whole cents, else a message and no result. */
    Optional<BigDecimal> parse(String text) {
        String t = text == null ? "" : text.trim().replace("$", "").replace(",", "");
        if (t.isEmpty()) {
            whatIfError.set(msg.get("detail.whatIf.empty"));
            return Optional.empty();
        }
        BigDecimal p;
        try {
            p = new BigDecimal(t);
        } catch (NumberFormatException e) {
            whatIfError.set(msg.get("detail.whatIf.notANumber", text.trim()));
            return Optional.empty();
        }
        if (p.signum() <= 0) {
            whatIfError.set(msg.get("detail.whatIf.notPositive", text.trim()));
            return Optional.empty();
        }
        if (p.stripTrailingZeros().scale() > 2) {
            whatIfError.set(msg.get("detail.whatIf.cents", text.trim()));
            return Optional.empty();
        }
        return Optional.of(p.setScale(2, RoundingMode.UNNECESSARY));
    }

    private void show(BigDecimal price, boolean updateText, boolean updateSlider) {
        SkuDetail d = detail.get();
        if (d == null || d.quote().isEmpty()) {
            return;
        }
        whatIfError.set("");
        SkuQuote q = d.quote().get();
        Waterfall w = q.economics().at(Money.usd(price));
        BigDecimal profit = w.profit().amount();
        profitText.set(fmt.usd(profit));
        marginText.set(fmt.pct(w.marginPct()));
        roiText.set(w.roiPct().map(fmt::pct).orElse("—"));
        loss.set(profit.signum() < 0);
        belowFloor.set(q.floor().asOptional().map(f -> price.compareTo(f.amount()) < 0).orElse(false));
        steps.set(WaterfallSteps.of(w));
        syncing = true;
        try {
            if (updateText) {
                whatIfText.set(price.toPlainString());
            }
            if (updateSlider) {
                long c = cents(price);
                if (c > sliderMax.get()) {
                    sliderMax.set(c);
                }
                if (c < sliderMin.get()) {
                    sliderMin.set(c);
                }
                whatIfCents.set(c);
            }
        } finally {
            syncing = false;
        }
    }

    /** Back to the current price. */
    public void resetWhatIf() {
        SkuDetail d = detail.get();
        if (d != null && d.quote().isPresent()) {
            show(d.quote().get().waterfall().price().amount().setScale(2, RoundingMode.HALF_UP), true, true);
        }
    }

    private static long cents(BigDecimal amount) {
        return amount.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    // --- header and reference prices -------------------------------------------------------------

    public String sellerSku() {
        return sellerSku.get();
    }

    /** The SKU open (it changes when the screen is reused for another SKU). */
    public ReadOnlyStringProperty sellerSkuProperty() {
        return sellerSku;
    }

    /** The trend charts' data of the detail loaded, made with it in the background; null until loaded. */
    public SkuChartData chartData() {
        return chartData;
    }

    public String currentPriceText() {
        return detail.get() == null ? "—" : detail.get().quote().map(q -> fmt.usd(q.waterfall().price())).orElse("—");
    }

    public Optional<Money> breakEven() {
        return quote().flatMap(q -> q.breakEven().asOptional());
    }

    public Optional<Money> floor() {
        return quote().flatMap(q -> q.floor().asOptional());
    }

    public Optional<BigDecimal> minMarginPct() {
        return quote().map(q -> q.floorMargin().pct());
    }

    /** "Break-even $12.34 · Floor $15.00 (20% minimum margin)" or why they are unknown. */
    public String referenceText() {
        Optional<SkuQuote> q = quote();
        if (q.isEmpty()) {
            return detail.get() == null ? "" : msg.get("detail.noEconomics",
                    detail.get().economicsProblem().orElse(""));
        }
        String be = q.get().breakEven().asOptional().map(fmt::usd).orElse(msg.get("detail.unreachable"));
        String fl = q.get().floor().asOptional().map(fmt::usd).orElse(msg.get("detail.unreachable"));
        return msg.get("detail.reference", be, fl, fmt.pct(q.get().floorMargin().pct()));
    }

    private Optional<SkuQuote> quote() {
        return detail.get() == null ? Optional.empty() : detail.get().quote();
    }

    public LocaleFormat format() {
        return fmt;
    }

    public Messages messages() {
        return msg;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<SkuDetail> detailProperty() {
        return detail;
    }

    public StringProperty whatIfTextProperty() {
        return whatIfText;
    }

    public DoubleProperty whatIfCentsProperty() {
        return whatIfCents;
    }

    public DoubleProperty sliderMinProperty() {
        return sliderMin;
    }

    public DoubleProperty sliderMaxProperty() {
        return sliderMax;
    }

    public StringProperty whatIfErrorProperty() {
        return whatIfError;
    }

    public StringProperty profitTextProperty() {
        return profitText;
    }

    public StringProperty marginTextProperty() {
        return marginText;
    }

    public StringProperty roiTextProperty() {
        return roiText;
    }

    public BooleanProperty lossProperty() {
        return loss;
    }

    public BooleanProperty belowFloorProperty() {
        return belowFloor;
    }

    public ObjectProperty<List<Step>> stepsProperty() {
        return steps;
    }
}
