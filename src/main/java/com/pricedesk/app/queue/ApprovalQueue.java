package com.pricedesk.app.queue;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.PriceChangeRepository;
import com.pricedesk.domain.port.PriceChangeRepository.Transition;
import com.pricedesk.domain.port.PriceLimitRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.port.UnitOfWork;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.queue.AutoApprovePolicy;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.IllegalTransitionException;
import com.pricedesk.domain.queue.QueuedChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The approval queue (审批队列): takes the engine's decisions in (a newer proposal for a SKU
 * supersedes its older open one), lets the seller approve or reject them, approves by policy when
 * the seller switched that on, and retires proposals that are too old or whose market moved.
 */
public final class ApprovalQueue {
    private static final Logger log = LoggerFactory.getLogger(ApprovalQueue.class);
    /** The longest reason for rejecting that the audit log keeps. */
    public static final int MAX_REASON = 500;
    private static final Set<ChangeState> OPEN = EnumSet.of(ChangeState.PROPOSED, ChangeState.APPROVED, ChangeState.HELD);

    private final PriceChangeRepository changes;
    private final SkuRepository skus;
    private final PriceRepository prices;
    private final PriceLimitRepository limits;
    private final QueueSettings settings;
    private final EmergencyStop stop;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ApprovalQueue(PriceChangeRepository changes, SkuRepository skus, PriceRepository prices,
                         PriceLimitRepository limits, QueueSettings settings, EmergencyStop stop, UnitOfWork unitOfWork,
                         Clock clock) {
        this.changes = changes;
        this.skus = skus;
        this.prices = prices;
        this.limits = limits;
        this.settings = settings;
        this.stop = stop;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** What one enqueue did. {@code blocked} decisions broke a guardrail at the last check and were not queued. */
    public record Enqueued(List<QueuedChange> queued, int superseded, int autoApproved, List<String> blocked) {
    }

    /**
     * Queues the decisions as PROPOSED (auto-approving those the policy covers, unless the emergency
     * stop is on). The guardrail is checked once more, last, against the current manual limits.
     */
    public Enqueued enqueue(List<PriceDecision> decisions, String actor) {
        Instant now = clock.instant();
        Map<String, PriceLimits> limitBySku = limits.findAll();
        List<QueuedChange> proposals = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        for (PriceDecision d : decisions) {
            QueuedChange c = QueuedChange.proposed(d.sellerSku(), d.oldPrice().rounded(), d.newPrice().rounded(),
                    d.floor().rounded(), d.ceiling().rounded(), d.ruleId(), d.ruleName(), d.ruleSetVersion(),
                    d.reason(), actor, now);
            if (Guard.violation(c, limitBySku.getOrDefault(c.sellerSku(), PriceLimits.NONE)).isPresent()) {
                blocked.add(c.sellerSku());
            } else {
                proposals.add(c);
            }
        }
        AutoApprovePolicy policy = settings.autoApprove();
        boolean autoAllowed = policy.enabled() && !stop.isPaused();
        Map<String, Tier> tiers = autoAllowed ? skus.findAll().stream()
                .collect(Collectors.toMap(Sku::sellerSku, Sku::tier, (a, b) -> a)) : Map.of();
        return unitOfWork.inTransaction(() -> {
            Set<String> newSkus = proposals.stream().map(QueuedChange::sellerSku).collect(Collectors.toSet());
            List<Transition> retire = new ArrayList<>();
            for (QueuedChange old : changes.inStates(OPEN)) {
                if (newSkus.contains(old.sellerSku())) {
                    retire.add(new Transition(old, old.moveTo(ChangeState.SUPERSEDED, actor, now), Explanation.of(
                            "replaced by a newer proposal for the same SKU", "被同一SKU更新的调价建议取代")));
                }
            }
            changes.record(retire);
            List<QueuedChange> stored = changes.insert(proposals, Explanation.of("proposed by the rules",
                    "由规则提出"));
            List<Transition> approvals = new ArrayList<>();
            for (QueuedChange c : stored) {
                if (autoAllowed && policy.approves(c, tiers.get(c.sellerSku()))) {
                    approvals.add(new Transition(c, c.moveTo(ChangeState.APPROVED, policy.actor(), now), Explanation.of(
                            "approved by the auto-approve policy (" + policy.actor() + ")",
                            "由自动审批策略批准（" + policy.actor() + "）")));
                }
            }
            changes.record(approvals);
            log.info("Queued {} proposals ({} superseded, {} auto-approved, {} blocked by a guardrail)", stored.size(),
                    retire.size(), approvals.size(), blocked.size());
            return new Enqueued(refreshed(stored, approvals), retire.size(), approvals.size(), blocked);
        });
    }

    private static List<QueuedChange> refreshed(List<QueuedChange> stored, List<Transition> moved) {
        Map<Long, QueuedChange> after = new HashMap<>();
        moved.forEach(t -> after.put(t.after().id(), t.after()));
        return stored.stream().map(c -> after.getOrDefault(c.id(), c)).toList();
    }

    /** Changes in {@code state}, or every change when empty, oldest first. */
    public List<QueuedChange> list(Optional<ChangeState> state) {
        return changes.inStates(state.map(s -> (Set<ChangeState>) EnumSet.of(s)).orElse(EnumSet.allOf(ChangeState.class)));
    }

    public Optional<QueuedChange> find(long id) {
        return changes.find(id);
    }

    /** Approves the given changes (PROPOSED or HELD), all or none. */
    public List<QueuedChange> approve(Collection<Long> ids, String actor) {
        return move(ids, ChangeState.APPROVED, actor, Explanation.of("approved by " + actor, "由 " + actor + " 批准"));
    }

    /** Rejects the given changes, all or none. */
    public List<QueuedChange> reject(Collection<Long> ids, String actor) {
        return move(ids, ChangeState.REJECTED, actor, Explanation.of("rejected by " + actor, "由 " + actor + " 驳回"));
    }

    /**
     * Rejects the given changes, all or none, with the seller's reason (blank for none) written to
     * the audit log as typed.
     */
    public List<QueuedChange> reject(Collection<Long> ids, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            return reject(ids, actor);
        }
        String why = reason.strip();
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("The reason for rejecting is " + why.length()
                    + " characters long; at most " + MAX_REASON + " are kept. Nothing was changed.");
        }
        return move(ids, ChangeState.REJECTED, actor, Explanation.of("rejected by " + actor + ": " + why,
                "由 " + actor + " 驳回：" + why));
    }

    /** Approves every PROPOSED change that {@code filter} accepts. */
    public List<QueuedChange> approveAll(Predicate<QueuedChange> filter, String actor) {
        List<Long> ids = changes.inStates(EnumSet.of(ChangeState.PROPOSED)).stream().filter(filter)
                .map(QueuedChange::id).toList();
        return approve(ids, actor);
    }

    private List<QueuedChange> move(Collection<Long> ids, ChangeState target, String actor, Explanation note) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            List<Transition> moves = new ArrayList<>();
            for (long id : ids) {
                QueuedChange c = changes.find(id).orElseThrow(() -> new UnknownChangeException(id));
                if (!c.state().canMoveTo(target)) {
                    throw new IllegalTransitionException(id, c.state(), target);
                }
                moves.add(new Transition(c, c.moveTo(target, actor, now), note));
            }
            changes.record(moves);
            log.info("{} {} changes: {}", actor, target, ids);
            return moves.stream().map(Transition::after).toList();
        });
    }

    /**
     * The expiry sweep: open changes older than the setting, or whose SKU's price moved by more than
     * the threshold since they were proposed, become EXPIRED. Returns how many.
     */
    public int expire() {
        Instant now = clock.instant();
        Instant tooOld = now.minus(settings.expireAfter());
        BigDecimal movePct = settings.expireMovePct();
        Map<String, Money> current = prices.currentPrices();
        return unitOfWork.inTransaction(() -> {
            List<Transition> moves = new ArrayList<>();
            for (QueuedChange c : changes.inStates(OPEN)) {
                Explanation why = null;
                if (c.createdAt().isBefore(tooOld)) {
                    long hours = settings.expireAfter().toHours();
                    why = Explanation.of("proposed more than " + hours + " h ago", "提出已超过 " + hours + " 小时");
                } else if (moved(c.oldPrice(), current.get(c.sellerSku()), movePct)) {
                    why = Explanation.of("our price moved from " + c.oldPrice().toPlainString() + " to "
                                    + current.get(c.sellerSku()).toPlainString() + " since it was proposed",
                            "提出后售价已从 " + c.oldPrice().toPlainString() + " 变为 "
                                    + current.get(c.sellerSku()).toPlainString());
                }
                if (why != null) {
                    moves.add(new Transition(c, c.moveTo(ChangeState.EXPIRED, "expiry", now), why));
                }
            }
            changes.record(moves);
            if (!moves.isEmpty()) {
                log.info("Expired {} changes", moves.size());
            }
            return moves.size();
        });
    }

    private static boolean moved(Money old, Money now, BigDecimal pct) {
        if (now == null || old.amount().signum() == 0) {
            return false;
        }
        BigDecimal change = now.amount().subtract(old.amount()).abs().multiply(BigDecimal.valueOf(100))
                .divide(old.amount(), 4, RoundingMode.HALF_UP);
        return change.compareTo(pct) > 0;
    }
}
