package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.Fact;
import com.pricedesk.domain.rules.MarketView;
import com.pricedesk.domain.rules.MatchPrice;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.PriceTarget;
import com.pricedesk.domain.rules.RuleMatch;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Holds a decision that rests on a market price that looks wrong: zero or negative, below our landed
 * cost, or (for a competitor) below {@code ratio} of that competitor's own recent median. Sellers
 * know these as pricing errors and traps; following them is how a price war starts.
 */
public final class SuspiciousPriceCheck {
    private final BigDecimal medianRatio;

    public SuspiciousPriceCheck(GuardrailSettings settings) {
        this.medianRatio = settings.suspiciousMedianRatio();
    }

    /** Why the market prices the fired rule read are suspicious, or empty when they look sane. */
    public Optional<Explanation> check(RuleMatch.Fired fired, MarketView view) {
        Optional<Money> landed = view.facts().landedCost();
        for (Offer o : offersRead(fired, view)) {
            Optional<Explanation> why = suspicious(o.landedPrice(), landed);
            if (why.isEmpty() && o.recentMedianPrice().isPresent()
                    && o.landedPrice().compareTo(o.recentMedianPrice().get().times(medianRatio)) < 0) {
                String r = Phrases.number(medianRatio.movePointRight(2)) + "%";
                why = Optional.of(Explanation.of(
                        "is below " + r + " of its recent median " + Phrases.money(o.recentMedianPrice().get()),
                        "低于其近期中位价 " + Phrases.money(o.recentMedianPrice().get()) + " 的 " + r));
            }
            if (why.isPresent()) {
                String p = Phrases.money(o.landedPrice());
                return Optional.of(Explanation.of("competitor " + o.sellerId() + " at " + p + " " + why.get().english()
                                + "; held for manual review",
                        "竞品 " + o.sellerId() + " 价格 " + p + why.get().chinese() + "；已暂停，请人工确认"));
            }
        }
        if (readsBuyBox(fired) && view.facts().buyBoxPrice().isPresent()) {
            Money bb = view.facts().buyBoxPrice().get();
            Optional<Explanation> why = suspicious(bb, landed);
            if (why.isPresent()) {
                return Optional.of(Explanation.of("the Buy Box at " + Phrases.money(bb) + " " + why.get().english()
                                + "; held for manual review",
                        "购物车价格 " + Phrases.money(bb) + why.get().chinese() + "；已暂停，请人工确认"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Explanation> suspicious(Money price, Optional<Money> landed) {
        if (price.amount().signum() <= 0) {
            return Optional.of(Explanation.of("is not a real price", "不是有效价格"));
        }
        if (landed.isPresent() && price.compareTo(landed.get()) < 0) {
            String c = Phrases.money(landed.get());
            return Optional.of(Explanation.of("is below our landed cost " + c, "低于我们的到岸成本 " + c));
        }
        return Optional.empty();
    }

    private static Set<Offer> offersRead(RuleMatch.Fired fired, MarketView view) {
        Set<Offer> offers = new LinkedHashSet<>();
        fired.proposal().against().ifPresent(offers::add);
        for (Fact f : fired.rule().conditions().reads()) {
            if (f.readsCompetitor()) {
                view.offerBehind(f, fired.rule().competitors()).ifPresent(offers::add);
            }
        }
        return offers;
    }

    private static boolean readsBuyBox(RuleMatch.Fired fired) {
        Set<Fact> reads = fired.rule().conditions().reads();
        return reads.contains(Fact.BUY_BOX_PRICE) || reads.contains(Fact.BUY_BOX_GAP_PCT)
                || fired.rule().action() instanceof MatchPrice m && m.target() == PriceTarget.BUY_BOX;
    }
}
