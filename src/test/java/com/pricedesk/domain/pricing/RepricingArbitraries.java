package com.pricedesk.domain.pricing;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.Action;
import com.pricedesk.domain.rules.Adjustment;
import com.pricedesk.domain.rules.BuyBoxCondition;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.Comparison;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Condition;
import com.pricedesk.domain.rules.Conditions;
import com.pricedesk.domain.rules.Fact;
import com.pricedesk.domain.rules.FactCondition;
import com.pricedesk.domain.rules.GoToMarginPrice;
import com.pricedesk.domain.rules.MatchPrice;
import com.pricedesk.domain.rules.MoveBy;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.OfferCondition;
import com.pricedesk.domain.rules.PriceChange;
import com.pricedesk.domain.rules.PriceTarget;
import com.pricedesk.domain.rules.RestoreRegularPrice;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleScope;
import com.pricedesk.domain.rules.RuleSet;
import com.pricedesk.domain.rules.SkuFacts;
import com.pricedesk.domain.rules.StepToward;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random rule sets, market facts, economics, limits and settings for the property tests, biased toward
 * the inputs that break engines: zero, negative, one-cent, huge and missing prices, our own offer
 * among the competitors, histories full of recent changes.
 *
 * <p>A case is built from one {@code long} seed with {@link Random}: jqwik picks the seeds and reports
 * the failing one, and building from a seed is ~100x cheaper than jqwik's shrinkable combinators,
 * which is what makes a million-case run affordable on a shared 2-core machine.
 */
public final class RepricingArbitraries {
    public static final Instant NOW = Fixtures.NOW;
    public static final String US = Fixtures.US;
    private static final BigDecimal[] ABSURD = {new BigDecimal("0"), new BigDecimal("0.00"), new BigDecimal("0.01"),
            new BigDecimal("-0.01"), new BigDecimal("-19.99"), new BigDecimal("999999999.99"), new BigDecimal("1E+12"),
            new BigDecimal("0.000001"), new BigDecimal("19.999")};
    private static final String[] SELLERS = {"A2", "A3", "A4", "A5", US};

    private RepricingArbitraries() {
    }

    /** One whole case for the repricer. */
    public record Case(long seed, RuleSet rules, RepricingInput input, GuardrailSettings settings) {
        @Override
        public String toString() {
            return "Case(seed=" + seed + ")";
        }
    }

    public static Arbitrary<Case> cases() {
        return Arbitraries.longs().map(RepricingArbitraries::fromSeed);
    }

    public static Arbitrary<Money> wildPrice() {
        return Arbitraries.longs().map(s -> Money.usd(wildAmount(new Random(s))));
    }

    /** The case a seed stands for: the same seed always gives the same case. */
    public static Case fromSeed(long seed) {
        Random r = new Random(seed);
        Tier tier = pick(r, Tier.values());
        Sku sku = Fixtures.sku("SKU-1", tier);
        BigDecimal minMargin = BigDecimal.valueOf(r.nextInt(186) - 90);
        var targets = KpiBook.defaults().forSku(sku).withTargetMargin(new BigDecimal("99")).withMinMargin(minMargin);
        Optional<MarginPricing> econ = maybe(r, 0.95, () -> new SimpleMarginPricing(decimal(r, 0, 8000, 2),
                decimal(r, 0, 450, 1), decimal(r, 0, 1500, 2)));
        PriceLimits limits = new PriceLimits(maybePrice(r, 0.3), maybePrice(r, 0.3));
        GuardrailSettings settings = GuardrailSettings.DEFAULTS.withRounding(pick(r, RoundingStyle.values()))
                .withMaxStep(decimal(r, 1, 500, 1));
        return new Case(seed, ruleSet(r), new RepricingInput(sku, facts(r), econ, targets, limits), settings);
    }

    static BigDecimal wildAmount(Random r) {
        int kind = r.nextInt(8);
        if (kind < 6) {
            return decimal(r, 100, 20000, 2);
        }
        if (kind == 6) {
            return pick(r, ABSURD);
        }
        return decimal(r, -10_000_000, 1_000_000_000, 4);
    }

    static SkuFacts facts(Random r) {
        SkuFacts.Builder b = SkuFacts.builder("SKU-1").ownSellerId(US);
        // Mostly fresh data and a price of ours, so most cases reach the rules and the guardrails.
        if (r.nextDouble() < 0.95) {
            int minutes = r.nextInt(10) < 9 ? r.nextInt(300) : r.nextInt(2000);
            b.snapshotAt(NOW.minus(Duration.ofMinutes(minutes - 10)));
        }
        maybe(r, 0.95, () -> r.nextInt(10) < 8 ? Money.usd(decimal(r, 100, 20000, 2)) : Money.usd(wildAmount(r)))
                .ifPresent(b::ourPrice);
        maybePrice(r, 0.75).ifPresent(b::regularPrice);
        maybePrice(r, 0.75).ifPresent(b::buyBoxPrice);
        maybe(r, 0.7, r::nextBoolean).ifPresent(b::weHoldBuyBox);
        int offers = r.nextInt(7);
        for (int i = 0; i < offers; i++) {
            b.offer(new Offer(pick(r, SELLERS), Money.usd(wildAmount(r)), pick(r, Channel.values()),
                    pick(r, OfferCondition.values()), maybe(r, 0.5, () -> BigDecimal.valueOf(r.nextInt(101))),
                    maybe(r, 0.5, () -> r.nextInt(21)), maybePrice(r, 0.3)));
        }
        maybe(r, 0.3, () -> r.nextInt(21)).ifPresent(b::offerCount);
        maybe(r, 0.8, () -> r.nextInt(200_006) - 5).ifPresent(b::bsr);
        maybe(r, 0.6, () -> decimal(r, -1000, 5000, 1)).ifPresent(b::bsrChange7dPct);
        maybe(r, 0.6, () -> decimal(r, 0, 5000, 1)).ifPresent(b::daysOfCover);
        maybe(r, 0.6, () -> r.nextInt(400)).ifPresent(b::inventoryAgeDays);
        maybe(r, 0.6, () -> decimal(r, -1000, 5000, 1)).ifPresent(b::conversionPct);
        maybe(r, 0.6, () -> decimal(r, -1000, 5000, 1)).ifPresent(b::acosPct);
        maybe(r, 0.6, () -> decimal(r, -1000, 5000, 1)).ifPresent(b::tacosPct);
        maybe(r, 0.6, () -> decimal(r, 0, 1000, 1)).ifPresent(b::buyBoxSharePct);
        maybePrice(r, 0.75).ifPresent(b::landedCost);
        maybePrice(r, 0.2).ifPresent(b::listingMaxPrice);
        int changes = r.nextInt(6);
        for (int i = 0; i < changes; i++) {
            b.change(new PriceChange(NOW.minus(Duration.ofMinutes(r.nextInt(72 * 60 + 6) - 5)), Money.usd(wildAmount(r)),
                    Money.usd(wildAmount(r)), maybe(r, 0.6, () -> r.nextBoolean() ? "A2" : "A3")));
        }
        return b.build();
    }

    static RuleSet ruleSet(Random r) {
        int n = 1 + r.nextInt(6);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RuleScope scope = r.nextInt(4) < 3 ? RuleScope.EVERY_SKU
                    : new RuleScope(Set.of(pick(r, Tier.values())), Set.of(), Set.of(), Set.of());
            List<Condition> conditions = new ArrayList<>();
            int c = r.nextInt(4);
            for (int j = 0; j < c; j++) {
                conditions.add(r.nextInt(6) == 0 ? new BuyBoxCondition(r.nextBoolean())
                        : new FactCondition(pick(r, Fact.values()), pick(r, Comparison.values()), decimal(r, -500, 5000, 1)));
            }
            rules.add(new Rule("r" + i, "Rule " + i, scope,
                    new Conditions(pick(r, Conditions.Match.values()), conditions), filter(r), action(r),
                    maybe(r, 0.3, () -> BigDecimal.valueOf(r.nextInt(156) - 60)), r.nextInt(4), r.nextInt(4) != 0));
        }
        return new RuleSet(1 + n, Optional.empty(), rules);
    }

    static CompetitorFilter filter(Random r) {
        if (r.nextInt(4) < 3) {
            return CompetitorFilter.DEFAULT;
        }
        Set<OfferCondition> conditions = EnumSet.noneOf(OfferCondition.class);
        for (OfferCondition oc : OfferCondition.values()) {
            if (r.nextBoolean()) {
                conditions.add(oc);
            }
        }
        return new CompetitorFilter(conditions, maybe(r, 0.5, () -> pick(r, Channel.values())),
                maybe(r, 0.3, () -> BigDecimal.valueOf(r.nextInt(101))), maybe(r, 0.3, () -> r.nextInt(11)));
    }

    static Action action(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> new MatchPrice(pick(r, PriceTarget.values()), maybe(r, 0.6, () -> adjustment(r)));
            case 1 -> new MoveBy(adjustment(r));
            case 2 -> new GoToMarginPrice(decimal(r, -800, 990, 1));
            case 3 -> {
                Adjustment a = adjustment(r);
                yield new StepToward(Money.usd(wildAmount(r)), new Adjustment(a.kind(), a.value().abs()
                        .max(new BigDecimal("0.01"))));
            }
            default -> new RestoreRegularPrice();
        };
    }

    static Adjustment adjustment(Random r) {
        return new Adjustment(pick(r, Adjustment.Kind.values()), decimal(r, -20000, 20000, 2));
    }

    /** The offers with every offer of ours (any price) removed. */
    static List<Offer> withoutOurs(List<Offer> offers) {
        return offers.stream().filter(o -> !o.sellerId().equals(US)).toList();
    }

    /** A decimal of {@code scale} places between {@code min} and {@code max} units of the last place. */
    private static BigDecimal decimal(Random r, long min, long max, int scale) {
        return BigDecimal.valueOf(min + (long) (r.nextDouble() * (max - min + 1)), scale);
    }

    private static Optional<Money> maybePrice(Random r, double present) {
        return maybe(r, present, () -> Money.usd(wildAmount(r)));
    }

    private static <T> Optional<T> maybe(Random r, double present, Supplier<T> value) {
        return r.nextDouble() < present ? Optional.of(value.get()) : Optional.empty();
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
