package com.pricedesk.app.queue;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.PriceChangeRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.pricing.Guardrail;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The approval queue as the window shows it (read model): the changes of one state with their
 * products' titles, the count of proposals, the emergency stop's state, and one change's details
 * (its audit trail, the guardrails that shaped it and the margin before and after).
 */
public final class QueueBoard {
    /** The margin (gross, % of price) of a SKU at a price, when its economics can be computed. */
    @FunctionalInterface
    public interface MarginAt {
        Optional<BigDecimal> marginPct(String sellerSku, Money price);
    }

    /** What the engine decides for one SKU now, when it proposes a change (a dry run: nothing is stored). */
    @FunctionalInterface
    public interface CurrentDecision {
        Optional<PriceDecision> of(String sellerSku);
    }

    /** One line of the table: a change and its product's title (empty when the SKU is gone). */
    public record Row(QueuedChange change, String title) {
    }

    /** The table's content for one state (or every state), with what the header shows. */
    public record Board(Optional<ChangeState> state, List<Row> rows, int proposed, int approved, boolean paused,
                        Optional<Instant> pausedSince) {
        public Board {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One change in full. {@code clampedBy} comes from the engine's current decision when it still
     * proposes the same price ({@code clampedFromEngine}); otherwise only the floor or ceiling the new
     * price sits on is known.
     */
    public record Detail(QueuedChange change, String title, List<ChangeEvent> events, List<Guardrail> clampedBy,
                         boolean clampedFromEngine, boolean atFloor, boolean atCeiling,
                         Optional<BigDecimal> marginBeforePct, Optional<BigDecimal> marginAfterPct) {
        public Detail {
            events = List.copyOf(events);
            clampedBy = List.copyOf(clampedBy);
        }
    }

    private final PriceChangeRepository changes;
    private final SkuRepository skus;
    private final EmergencyStop stop;
    private final MarginAt margins;
    private final CurrentDecision decisions;

    public QueueBoard(PriceChangeRepository changes, SkuRepository skus, EmergencyStop stop, MarginAt margins,
                      CurrentDecision decisions) {
        this.changes = changes;
        this.skus = skus;
        this.stop = stop;
        this.margins = margins;
        this.decisions = decisions;
    }

    /** The changes in {@code state} (every change when empty), oldest first, with the header's counts. */
    public Board board(Optional<ChangeState> state) {
        List<QueuedChange> shown;
        int proposed;
        int approved;
        if (state.isEmpty()) {
            // Every state: the counts come from the same read.
            shown = changes.inStates(EnumSet.allOf(ChangeState.class));
            proposed = (int) shown.stream().filter(c -> c.state() == ChangeState.PROPOSED).count();
            approved = (int) shown.stream().filter(c -> c.state() == ChangeState.APPROVED).count();
        } else {
            List<QueuedChange> p = changes.inStates(EnumSet.of(ChangeState.PROPOSED));
            List<QueuedChange> a = changes.inStates(EnumSet.of(ChangeState.APPROVED));
            ChangeState s = state.get();
            shown = s == ChangeState.PROPOSED ? p : s == ChangeState.APPROVED ? a : changes.inStates(EnumSet.of(s));
            proposed = p.size();
            approved = a.size();
        }
        Map<String, String> titles = titles();
        List<Row> rows = shown.stream().map(c -> new Row(c, titles.getOrDefault(c.sellerSku(), ""))).toList();
        boolean paused = stop.isPaused();
        return new Board(state, rows, proposed, approved, paused,
                paused ? stop.pausedSince() : Optional.empty());
    }

    private Map<String, String> titles() {
        Map<String, String> out = new HashMap<>();
        for (Sku s : skus.findAll()) {
            out.put(s.sellerSku(), s.title() == null ? "" : s.title());
        }
        return out;
    }

    /** One change with its audit trail, guardrails and margins; {@link UnknownChangeException} when gone. */
    public Detail detail(long id) {
        QueuedChange c = changes.find(id).orElseThrow(() -> new UnknownChangeException(id));
        String title = skus.find(c.sellerSku()).map(Sku::title).orElse("");
        List<ChangeEvent> events = changes.eventsOf(id);
        Optional<PriceDecision> now = c.state().isOpen() ? safely(c.sellerSku()) : Optional.empty();
        Optional<PriceDecision> same = now.filter(d -> d.newPrice().rounded().compareTo(c.newPrice()) == 0
                && d.oldPrice().rounded().compareTo(c.oldPrice()) == 0);
        Optional<BigDecimal> before = same.flatMap(PriceDecision::marginBeforePct)
                .or(() -> margins.marginPct(c.sellerSku(), c.oldPrice()));
        Optional<BigDecimal> after = same.flatMap(PriceDecision::marginAfterPct)
                .or(() -> margins.marginPct(c.sellerSku(), c.newPrice()));
        return new Detail(c, title, events, same.map(PriceDecision::clampedBy).orElse(List.of()), same.isPresent(),
                c.newPrice().compareTo(c.floor()) == 0, c.newPrice().compareTo(c.ceiling()) == 0, before, after);
    }

    private Optional<PriceDecision> safely(String sellerSku) {
        try {
            return decisions.of(sellerSku);
        } catch (RuntimeException e) {
            // The SKU may be gone or its data incomplete: the stored change still shows.
            return Optional.empty();
        }
    }
}
