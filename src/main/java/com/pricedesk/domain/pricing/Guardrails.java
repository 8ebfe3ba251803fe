package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.Fact;
import com.pricedesk.domain.rules.MarketView;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleMatch;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hard guardrails (价格保护), applied to whatever a rule proposes before anything can be queued.
 * No rule and no setting switches them off: data checks, floor and ceiling, suspicious prices,
 * damping, max step and day limits, rounding inside the bounds.
 */
public final class Guardrails {
    private final GuardrailSettings settings;
    private final PriceBandCalculator bands;
    private final SuspiciousPriceCheck suspicious;
    private final ChangeDamping damping;
    private final MoveLimiter limiter;
    private final PriceRounding rounding;

    public Guardrails(GuardrailSettings settings) {
        this.settings = settings;
        this.bands = new PriceBandCalculator(settings);
        this.suspicious = new SuspiciousPriceCheck(settings);
        this.damping = new ChangeDamping(settings);
        this.limiter = new MoveLimiter(settings);
        this.rounding = new PriceRounding(settings.rounding());
    }

    public GuardrailSettings settings() {
        return settings;
    }

    /** No decision without a price of ours and fresh market data. */
    public Optional<HeldDecision> checkData(MarketView view, int version) {
        String sku = view.facts().sellerSku();
        if (view.ourPrice().isEmpty()) {
            return Optional.of(new HeldDecision(sku, view.facts().ourPrice(), HoldReason.NO_PRICE, Optional.empty(),
                    version, Explanation.of("our current price is unknown or not positive; nothing to reprice from",
                    "我们的当前售价未知或无效，无法调价")));
        }
        if (view.facts().snapshotAt().isEmpty()) {
            return Optional.of(new HeldDecision(sku, view.ourPrice(), HoldReason.NO_MARKET_DATA, Optional.empty(),
                    version, Explanation.of("no market data yet", "尚无市场数据")));
        }
        Duration age = Duration.between(view.facts().snapshotAt().get(), view.now());
        if (age.compareTo(settings.staleAfter()) > 0) {
            return Optional.of(new HeldDecision(sku, view.ourPrice(), HoldReason.STALE_DATA, Optional.empty(), version,
                    Explanation.of("market data is " + age.toHours() + "h old, older than the "
                                    + settings.staleAfter().toHours() + "h limit; sync first",
                            "市场数据已过去 " + age.toHours() + " 小时，超过 " + settings.staleAfter().toHours()
                                    + " 小时时限；请先同步")));
        }
        return Optional.empty();
    }

    /** Turns the fired rule's proposal into a decision, a hold or a conflict. */
    public RepricingOutcome apply(RuleMatch.Fired fired, int version, MarketView view, RepricingInput in) {
        Rule rule = fired.rule();
        String sku = in.sku().sellerSku();
        Money old = Cents.nearest(view.ourPrice().orElseThrow());
        BigDecimal tierMin = in.targets().minMarginPct().orElse(BigDecimal.ZERO);
        BandResult bandResult = bands.band(in.sku().tier(), tierMin, rule.minMarginPct(), in.limits(),
                view.facts().listingMaxPrice(), in.pricing());
        if (bandResult instanceof BandResult.NoUnitEconomics n) {
            return held(sku, old, HoldReason.NO_UNIT_ECONOMICS, rule, version, n.why());
        }
        if (bandResult instanceof BandResult.MarginUnreachable u) {
            return new PricingConflict(sku, ConflictKind.TARGET_UNREACHABLE, List.of(rule.id()), u.why());
        }
        if (bandResult instanceof BandResult.FloorAboveCeiling f) {
            return new PricingConflict(sku, ConflictKind.FLOOR_ABOVE_CEILING, List.of(rule.id()), f.why());
        }
        PriceBand band = ((BandResult.Usable) bandResult).band();

        Optional<Explanation> odd = suspicious.check(fired, view);
        if (odd.isPresent()) {
            return held(sku, old, HoldReason.SUSPICIOUS_COMPETITOR, rule, version, odd.get());
        }
        Money proposed = Cents.nearest(fired.proposal().price());
        Optional<String> against = fired.proposal().against().map(o -> o.sellerId());
        Optional<ChangeDamping.Hold> damped = damping.check(view.facts().recentChanges(), view.now(),
                proposed.compareTo(old) < 0, against);
        if (damped.isPresent()) {
            return held(sku, old, damped.get().reason(), rule, version, damped.get().why());
        }
        Optional<MoveLimiter.Limited> limited = limiter.limit(old, proposed, band, view.facts().recentChanges(),
                view.now());
        if (limited.isEmpty()) {
            return held(sku, old, HoldReason.NO_ROOM_TO_MOVE, rule, version, Explanation.of(
                    "today's max change is used up (our price moved outside the daily range)",
                    "今日最大调幅已用完（售价已超出单日范围）"));
        }
        List<Guardrail> clamped = new ArrayList<>(limited.get().clampedBy());
        Money result = limited.get().price();
        Optional<Money> rounded = rounding.round(result, old, limited.get().low(), limited.get().high());
        if (rounded.isPresent()) {
            result = rounded.get();
            clamped.add(Guardrail.ROUNDING);
        }
        if (result.compareTo(old) == 0) {
            if (proposed.compareTo(old) == 0) {
                return new NoChange(sku, Explanation.of("Rule '" + rule.name() + "' keeps the price at " + Phrases.money(old),
                        "规则「" + rule.name() + "」维持售价 " + Phrases.money(old)));
            }
            return held(sku, old, HoldReason.NO_ROOM_TO_MOVE, rule, version, DecisionReason.write(fired, version,
                    view, proposed, clamped, band, result));
        }
        Money newPrice = result;
        Explanation reason = DecisionReason.write(fired, version, view, proposed, clamped, band, newPrice);
        return new PriceDecision(sku, old, newPrice, rule.id(), rule.name(), version, band.floor(), band.ceiling(),
                clamped, factsUsed(rule, view), against, view.currentMarginPct(),
                in.pricing().flatMap(p -> p.marginAt(newPrice)), reason);
    }

    private static HeldDecision held(String sku, Money old, HoldReason reason, Rule rule, int version, Explanation why) {
        return new HeldDecision(sku, Optional.of(old), reason, Optional.of(rule.id()), version, why);
    }

    private static Map<Fact, BigDecimal> factsUsed(Rule rule, MarketView view) {
        Map<Fact, BigDecimal> used = new EnumMap<>(Fact.class);
        view.value(Fact.OUR_PRICE, rule.competitors()).ifPresent(v -> used.put(Fact.OUR_PRICE, v));
        view.value(Fact.MARGIN_PCT, rule.competitors()).ifPresent(v -> used.put(Fact.MARGIN_PCT, v));
        for (Fact f : rule.conditions().reads()) {
            view.value(f, rule.competitors()).ifPresent(v -> used.put(f, v));
        }
        return used;
    }
}
