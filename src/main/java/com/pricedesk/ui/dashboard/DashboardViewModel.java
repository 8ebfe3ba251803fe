package com.pricedesk.ui.dashboard;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.Dashboard;
import com.pricedesk.app.insight.Dashboard.MarginBucket;
import com.pricedesk.app.insight.Dashboard.Mover;
import com.pricedesk.app.insight.Dashboard.PortfolioPoint;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.ui.fx.LocaleFormat;
import com.pricedesk.ui.fx.TaskExecutor;
import com.pricedesk.ui.shell.Navigator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the dashboard: the loaded figures for a range, their totals, and where each click leads. */
public final class DashboardViewModel {
    public static final List<Integer> RANGES = List.of(7, 30, 90, 365);
    /** Worst first: what needs the seller's attention leads. */
    public static final List<KpiStatus> STATUS_ORDER = List.of(KpiStatus.BREACH, KpiStatus.WARNING, KpiStatus.OK,
            KpiStatus.UNKNOWN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A mover as the list shows it. */
    public record MoverRow(String sellerSku, String kind, String title, String before, String after, String change,
                           boolean better) {
    }

    private final IntFunction<Dashboard> source;
    private final TaskExecutor tasks;
    private final Messages msg;
    private final LocaleFormat fmt;
    private final Navigator navigator;
    private final Clock clock;
    private final IntegerProperty days = new SimpleIntegerProperty(90);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty asOf = new SimpleStringProperty("");
    private final ObjectProperty<Dashboard> dashboard = new SimpleObjectProperty<>();

    public DashboardViewModel(IntFunction<Dashboard> source, TaskExecutor tasks, Messages msg, Navigator navigator,
                              Clock clock) {
        this.source = source;
        this.tasks = tasks;
        this.msg = msg;
        this.fmt = new LocaleFormat(msg);
        this.navigator = navigator;
        this.clock = clock;
        days.addListener((o, old, d) -> load());
    }

    public void load() {
        loading.set(true);
        error.set("");
        int range = days.get();
        tasks.execute(() -> source.apply(range), d -> {
            loading.set(false);
            if (range == days.get()) {
                dashboard.set(d);
                asOf.set(msg.get("dashboard.asOf", fmt.times(clock.instant())));
            }
        }, e -> {
            loading.set(false);
            error.set(msg.get("dashboard.loadFailed", String.valueOf(e.getMessage())));
        });
    }

    // --- totals over the range (exact sums) ---------------------------------------------------------

    public String revenueText() {
        return fmt.usd(sum(PortfolioPoint::revenue));
    }

    public String profitText() {
        return fmt.usd(sum(PortfolioPoint::profit));
    }

    public boolean loss() {
        return sum(PortfolioPoint::profit).signum() < 0;
    }

    public String marginText() {
        BigDecimal revenue = sum(PortfolioPoint::revenue);
        return revenue.signum() == 0 ? "—"
                : fmt.pct(sum(PortfolioPoint::profit).multiply(HUNDRED).divide(revenue, 2, RoundingMode.HALF_UP));
    }

    public String unitsText() {
        Dashboard d = dashboard.get();
        return d == null ? "—" : fmt.whole(d.trend().stream().mapToLong(PortfolioPoint::units).sum());
    }

    private BigDecimal sum(java.util.function.Function<PortfolioPoint, BigDecimal> f) {
        Dashboard d = dashboard.get();
        if (d == null) {
            return BigDecimal.ZERO;
        }
        return d.trend().stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // --- lists --------------------------------------------------------------------------------------

    public List<MoverRow> movers() {
        Dashboard d = dashboard.get();
        return d == null ? List.of() : d.movers().stream().map(this::row).toList();
    }

    private MoverRow row(Mover m) {
        String kind = msg.get("dashboard.mover." + m.kind().name().toLowerCase(Locale.ROOT));
        String before;
        String after;
        boolean better;
        switch (m.kind()) {
            case PRICE -> {
                before = fmt.usd(m.before());
                after = fmt.usd(m.after());
                better = m.after().compareTo(m.before()) > 0;
            }
            case BSR -> {
                before = "#" + fmt.whole(m.before());
                after = "#" + fmt.whole(m.after());
                better = m.after().compareTo(m.before()) < 0;
            }
            default -> {
                before = fmt.whole(m.before());
                after = fmt.whole(m.after());
                better = m.after().compareTo(m.before()) > 0;
            }
        }
        return new MoverRow(m.sellerSku(), kind, m.title(), before, after, fmt.signedPct(m.changePct()), better);
    }

    public List<String> alerts() {
        Dashboard d = dashboard.get();
        return d == null ? List.of() : d.alerts().stream()
                .map(a -> fmt.times(a.at()) + "  " + a.sellerSku().map(s -> s + ": ").orElse("") + a.text()).toList();
    }

    public List<String> jobs() {
        Dashboard d = dashboard.get();
        return d == null ? List.of() : d.jobs().stream()
                .map(j -> msg.get("dashboard.job", j.name(), j.lastRun().map(fmt::times).orElse("—"), j.lastOutcome(),
                        j.nextRun().map(fmt::times).orElse("—"))).toList();
    }

    public int count(KpiStatus status) {
        Dashboard d = dashboard.get();
        return d == null ? 0 : d.byStatus().getOrDefault(status, List.of()).size();
    }

    // --- click-through --------------------------------------------------------------------------------

    public void openStatus(KpiStatus status) {
        Dashboard d = dashboard.get();
        if (d != null) {
            navigator.showSkus(msg.get("dashboard.filter.status", msg.get("kpi.status." + status.name())),
                    d.byStatus().getOrDefault(status, List.of()));
        }
    }

    public void openBucket(int index, String label) {
        Dashboard d = dashboard.get();
        if (d != null && index >= 0 && index < d.marginDistribution().size()) {
            MarginBucket b = d.marginDistribution().get(index);
            navigator.showSkus(msg.get("dashboard.filter.margin", label), b.skus());
        }
    }

    public void openSku(String sellerSku) {
        navigator.openSku(sellerSku);
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

    public StringProperty asOfProperty() {
        return asOf;
    }

    public ObjectProperty<Dashboard> dashboardProperty() {
        return dashboard;
    }
}
