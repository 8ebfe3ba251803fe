package com.pricedesk.ui.queue;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.queue.ApprovalQueue;
import com.pricedesk.app.queue.PausedException;
import com.pricedesk.app.queue.QueueBoard;
import com.pricedesk.app.queue.SubmissionService;
import com.pricedesk.app.queue.UnknownChangeException;
import com.pricedesk.app.sync.NotConnectedException;
import com.pricedesk.domain.market.ReauthorizationRequiredException;
import com.pricedesk.domain.port.PriceChangeRepository.ConcurrentChangeException;
import com.pricedesk.domain.pricing.Guardrail;
import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.IllegalTransitionException;
import com.pricedesk.domain.queue.QueuedChange;
import com.pricedesk.ui.fx.LocaleFormat;
import com.pricedesk.ui.fx.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Price changes tab (调价审批) without its controls: the changes of the chosen state, filtered by
 * text; approve, reject, approve all visible, submit now and the emergency stop, each run through the
 * {@link TaskExecutor} (never on the FX thread) and followed by a reload; the selected change's details.
 */
public final class QueueViewModel {
    /** One table line, formatted in the window's language. */
    public record QueueRow(long id, String sellerSku, String title, String oldPrice, String newPrice, String change,
                           int direction, String band, String rule, String reason, ChangeState state,
                           String stateText, String updated, String age) {
        /** "$19.99 → $19.39". */
        public String prices() {
            return oldPrice + " → " + newPrice;
        }

        boolean matches(String needle) {
            return needle.isEmpty() || contains(sellerSku, needle) || contains(title, needle) || contains(rule, needle)
                    || contains(reason, needle) || contains(stateText, needle) || Long.toString(id).equals(needle);
        }

        private static boolean contains(String s, String needle) {
            return s != null && s.toLowerCase(Locale.ROOT).contains(needle);
        }
    }

    /** The selected change's details, formatted. */
    public record DetailText(long id, String heading, String prices, String reason, String guardrails,
                             String margins, List<String> events) {
        public DetailText {
            events = List.copyOf(events);
        }
    }

    private final QueueBackend backend;
    private final TaskExecutor tasks;
    private final Messages msg;
    private final LocaleFormat format;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private List<QueueRow> all = List.of();
    /** The state shown; null shows every state. */
    private final ObjectProperty<ChangeState> state = new SimpleObjectProperty<>(ChangeState.PROPOSED);
    private final StringProperty text = new SimpleStringProperty("");
    private final IntegerProperty proposed = new SimpleIntegerProperty();
    private final IntegerProperty approved = new SimpleIntegerProperty();
    private final StringProperty tabTitle = new SimpleStringProperty();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final StringProperty stopText = new SimpleStringProperty("");
    private final StringProperty submitBlocked = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final ObjectProperty<DetailText> detail = new SimpleObjectProperty<>();
    private long selected = -1;
    private int generation;

    public QueueViewModel(QueueBackend backend, TaskExecutor tasks, Messages msg, Clock clock) {
        this.backend = backend;
        this.tasks = tasks;
        this.msg = msg;
        this.format = new LocaleFormat(msg);
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("MM-dd HH:mm", msg.locale()).withZone(zone(clock));
        tabTitle.set(msg.get("queue.tab"));
        state.addListener((o, was, is) -> load());
        text.addListener((o, was, is) -> applyFilter());
    }

    private static ZoneId zone(Clock clock) {
        return clock.getZone();
    }

    /** Reads the chosen state's changes, the counts and the emergency stop's state in the background. */
    public void load() {
        int mine = ++generation;
        Optional<ChangeState> shown = Optional.ofNullable(state.get());
        tasks.execute(() -> backend.board(shown), board -> {
            if (mine == generation) {
                show(board);
            }
        }, e -> error.set(explain(e)));
    }

    private void show(QueueBoard.Board board) {
        Instant now = clock.instant();
        all = board.rows().stream().map(r -> row(r, now)).toList();
        proposed.set(board.proposed());
        approved.set(board.approved());
        tabTitle.set(board.proposed() == 0 ? msg.get("queue.tab")
                : msg.get("queue.tab.count", board.proposed()));
        paused.set(board.paused());
        stopText.set(board.paused() ? board.pausedSince().map(t -> msg.get("queue.stop.onSince", time.format(t)))
                .orElse(msg.get("queue.stop.on")) : msg.get("queue.stop.off"));
        submitBlocked.set(board.paused() ? msg.get("queue.submit.blockedPaused")
                : board.approved() == 0 ? msg.get("queue.submit.nothing") : "");
        applyFilter();
        loaded.set(true);
        if (selected >= 0) {
            select(selected);
        }
    }

    private QueueRow row(QueueBoard.Row r, Instant now) {
        QueuedChange c = r.change();
        return new QueueRow(c.id(), c.sellerSku(), r.title(), format.usd(c.oldPrice()), format.usd(c.newPrice()),
                format.signedPct(c.changePct()), c.newPrice().compareTo(c.oldPrice()),
                format.usd(c.floor()) + " – " + format.usd(c.ceiling()), rule(c), c.reason().in(msg.locale()),
                c.state(), msg.get(c.state().messageKey()), time.format(c.updatedAt()), age(c.createdAt(), now));
    }

    private static String rule(QueuedChange c) {
        if (c.ruleName() != null && !c.ruleName().isBlank()) {
            return c.ruleName();
        }
        return c.ruleId() == null ? "" : c.ruleId();
    }

    /** "5 min", "3 h", "2 d": how long ago the change was proposed. */
    String age(Instant at, Instant now) {
        Duration d = Duration.between(at, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return msg.get("queue.age.now");
        }
        if (d.toHours() < 1) {
            return msg.get("queue.age.minutes", d.toMinutes());
        }
        if (d.toDays() < 1) {
            return msg.get("queue.age.hours", d.toHours());
        }
        return msg.get("queue.age.days", d.toDays());
    }

    private void applyFilter() {
        String needle = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        List<QueueRow> shown = all.stream().filter(r -> r.matches(needle)).toList();
        rows.setAll(shown);
        countText.set(shown.size() == all.size() ? msg.get("queue.count", all.size())
                : msg.get("queue.countOf", shown.size(), all.size()));
    }

    /** Loads the details of change {@code id} (its audit trail, guardrails, margins); -1 clears them. */
    public void select(long id) {
        selected = id;
        if (id < 0) {
            detail.set(null);
            return;
        }
        tasks.execute(() -> backend.detail(id), d -> {
            if (selected == id) {
                detail.set(detailText(d));
            }
        }, e -> {
            if (selected == id) {
                detail.set(null);
                error.set(explain(e));
            }
        });
    }

    DetailText detailText(QueueBoard.Detail d) {
        QueuedChange c = d.change();
        String heading = d.title().isBlank() ? c.sellerSku() : c.sellerSku() + " · " + d.title();
        String prices = msg.get("queue.detail.prices", format.usd(c.oldPrice()), format.usd(c.newPrice()),
                format.signedPct(c.changePct()), format.usd(c.floor()), format.usd(c.ceiling()),
                msg.get(c.state().messageKey()));
        String said = c.reason().in(msg.locale());
        // The engine's reasons usually name their rule already; then the sentence is enough.
        String reason = !rule(c).isBlank() && said.contains(rule(c)) ? said
                : msg.get("queue.detail.reason", rule(c), c.ruleSetVersion(), said);
        List<String> clamps = new ArrayList<>(d.clampedBy().stream().map(this::guardrail).toList());
        if (!d.clampedFromEngine()) {
            if (d.atFloor()) {
                clamps.add(msg.get("queue.detail.atFloor"));
            }
            if (d.atCeiling()) {
                clamps.add(msg.get("queue.detail.atCeiling"));
            }
        }
        String guardrails = clamps.isEmpty() ? msg.get("queue.detail.noClamp")
                : msg.get("queue.detail.clampedBy", String.join(msg.get("queue.detail.separator"), clamps));
        String margins = msg.get("queue.detail.margins", d.marginBeforePct().map(format::pct).orElse("—"),
                d.marginAfterPct().map(format::pct).orElse("—"));
        List<String> events = d.events().stream().map(this::event).toList();
        return new DetailText(c.id(), heading, prices, reason, guardrails, margins, events);
    }

    private String guardrail(Guardrail g) {
        return msg.get("queue.guardrail." + g.code());
    }

    private String event(ChangeEvent e) {
        String move = e.from().map(f -> msg.get(f.messageKey()) + " → ").orElse("") + msg.get(e.to().messageKey());
        StringBuilder line = new StringBuilder(msg.get("queue.event", time.format(e.at()), move, e.actor(),
                e.note().in(msg.locale())));
        e.price().ifPresent(p -> line.append(msg.get("queue.event.price", format.usd(p))));
        if (e.amazonCode().isPresent() || e.amazonMessage().isPresent()) {
            line.append(msg.get("queue.event.amazon", e.amazonCode().orElse("—"), e.amazonMessage().orElse("")));
        }
        return line.toString();
    }

    /** Approves the changes with these ids, all or none. */
    public void approve(Collection<Long> ids) {
        if (ids.isEmpty()) {
            error.set(msg.get("queue.error.noSelection"));
            return;
        }
        List<Long> list = List.copyOf(ids);
        run(() -> backend.approve(list), n -> msg.get("queue.approved", n));
    }

    /** Rejects the changes with these ids, all or none, with an optional reason. */
    public void reject(Collection<Long> ids, String reason) {
        if (ids.isEmpty()) {
            error.set(msg.get("queue.error.noSelection"));
            return;
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() > ApprovalQueue.MAX_REASON) {
            error.set(msg.get("queue.error.reasonTooLong", why.length(), ApprovalQueue.MAX_REASON));
            return;
        }
        List<Long> list = List.copyOf(ids);
        run(() -> backend.reject(list, why), n -> msg.get("queue.rejected", n));
    }

    /** Approves every visible change that may still be approved (proposed or held). */
    public void approveAllVisible() {
        List<Long> ids = rows.stream().filter(r -> r.state().canMoveTo(ChangeState.APPROVED)).map(QueueRow::id)
                .collect(Collectors.toList());
        if (ids.isEmpty()) {
            error.set(msg.get("queue.error.nothingToApprove"));
            return;
        }
        run(() -> backend.approve(ids), n -> msg.get("queue.approved", n));
    }

    /** Sends the approved changes now; refused (with the reason shown) while the emergency stop is on. */
    public void submitNow() {
        if (paused.get()) {
            error.set(msg.get("queue.submit.blockedPaused"));
            return;
        }
        message.set(msg.get("queue.submit.running"));
        run(backend::submitApproved, (SubmissionService.Report r) -> msg.get("queue.submit.done", r.sent(),
                r.confirmed(), r.failed(), r.held(), r.stillPending(), r.leftApproved()));
    }

    /** Switches the emergency stop on when off, and off when on. */
    public void toggleStop() {
        boolean on = paused.get();
        run(() -> {
            if (on) {
                backend.resume();
            } else {
                backend.pause();
            }
            return on;
        }, wasOn -> msg.get(wasOn ? "queue.stop.resumed" : "queue.stop.paused"));
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Function<T, String> done) {
        busy.set(true);
        error.set("");
        tasks.execute(work, result -> {
            busy.set(false);
            message.set(done.apply(result));
            load();
        }, e -> {
            busy.set(false);
            message.set("");
            error.set(explain(e));
            load();
        });
    }

    /** The failure in the seller's words: which change, what happened, what to do. */
    String explain(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof IllegalTransitionException
                || t instanceof UnknownChangeException || t instanceof ConcurrentChangeException
                || t instanceof PausedException || t instanceof NotConnectedException)) {
            t = t.getCause();
        }
        if (t instanceof IllegalTransitionException it) {
            return msg.get("queue.error.transition", it.changeId(), msg.get(it.from().messageKey()),
                    msg.get(it.to().messageKey()));
        }
        if (t instanceof UnknownChangeException u) {
            return msg.get("queue.error.unknown", u.id());
        }
        if (t instanceof ConcurrentChangeException) {
            return msg.get("queue.error.concurrent");
        }
        if (t instanceof PausedException) {
            return msg.get("queue.submit.blockedPaused");
        }
        if (t instanceof NotConnectedException) {
            return msg.get("queue.error.notConnected");
        }
        if (t instanceof ReauthorizationRequiredException) {
            return msg.get("queue.error.reauthorize");
        }
        return msg.get("queue.error.failed", String.valueOf(t.getMessage()));
    }

    public ObservableList<QueueRow> rows() {
        return rows;
    }

    /** The states the filter offers; null stands for every state. */
    public List<ChangeState> states() {
        List<ChangeState> out = new ArrayList<>(List.of(ChangeState.values()));
        out.add(null);
        return out;
    }

    public String stateName(ChangeState s) {
        return s == null ? msg.get("queue.filter.all") : msg.get(s.messageKey());
    }

    public ObjectProperty<ChangeState> stateProperty() {
        return state;
    }

    public StringProperty textProperty() {
        return text;
    }

    public IntegerProperty proposedProperty() {
        return proposed;
    }

    public IntegerProperty approvedProperty() {
        return approved;
    }

    public StringProperty tabTitleProperty() {
        return tabTitle;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public StringProperty stopTextProperty() {
        return stopText;
    }

    /** Why Submit is disabled (paused, nothing approved); empty when it may run. */
    public StringProperty submitBlockedProperty() {
        return submitBlocked;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public ObjectProperty<DetailText> detailProperty() {
        return detail;
    }

    public Messages messages() {
        return msg;
    }
}
