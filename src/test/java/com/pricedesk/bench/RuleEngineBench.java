package com.pricedesk.bench;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.Guardrails;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.pricing.Repricer;
import com.pricedesk.domain.pricing.RepricingArbitraries;
import com.pricedesk.domain.pricing.RepricingInput;
import com.pricedesk.domain.pricing.RepricingOutcome;
import com.pricedesk.domain.pricing.RepricingProperties;
import com.pricedesk.domain.pricing.SimpleMarginPricing;
import com.pricedesk.domain.rules.Adjustment;
import com.pricedesk.domain.rules.BuyBoxCondition;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.Comparison;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Conditions;
import com.pricedesk.domain.rules.Fact;
import com.pricedesk.domain.rules.FactCondition;
import com.pricedesk.domain.rules.GoToMarginPrice;
import com.pricedesk.domain.rules.MatchPrice;
import com.pricedesk.domain.rules.MoveBy;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.PriceChange;
import com.pricedesk.domain.rules.PriceTarget;
import com.pricedesk.domain.rules.RestoreRegularPrice;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleEngine;
import com.pricedesk.domain.rules.RuleScope;
import com.pricedesk.domain.rules.RuleSet;
import com.pricedesk.domain.rules.SkuFacts;
import com.pricedesk.domain.rules.StepToward;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Test;

/**
 * Rules-engine figures: a full pass over 100,000 SKUs with 20 rules (goal ≤ 2 s; time and allocated
 * bytes recorded), and the guardrail invariants over 1,000,000 random cases. Run with
 * {@code mvn -B -o verify -Pbench}.
 */
@org.junit.jupiter.api.Tag("bench")
@net.jqwik.api.Tag("bench")
class RuleEngineBench {
    private static final Instant NOW = RepricingArbitraries.NOW;
    private static final AtomicLong TRIES = new AtomicLong();
    private static final AtomicLong DECISIONS = new AtomicLong();
    private static long propertyStart;
    private static long propertyAllocStart;

    /**
     * The first full pass in a fresh JVM (cold JIT, as right after the app starts), then warm passes as
     * the scheduler makes them every 5 minutes in a long-running app: both are reported, the goal is
     * judged on the warm pass (best of three), the first pass is recorded beside it.
     */
    @Test
    void fullPassOver100kSkusWith20Rules() {
        BenchReport.machine();
        RuleSet rules = twentyRules();
        List<RepricingInput> shop = shop(100_000, new Random(20261129L));
        Repricer repricer = new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // The pass as the app runs it (Repricer.evaluateAll: all cores from 2,000 SKUs): wall and process CPU.
        double[] first = measuredAll(repricer, rules, shop);
        double[] warm = null;
        for (int i = 0; i < 3; i++) {
            double[] t = measuredAll(repricer, rules, shop);
            if (warm == null || t[0] < warm[0]) {
                warm = t;
            }
        }
        // One SKU after another on this thread: the engine's own CPU and allocation, comparable run to run.
        double[] sequential = null;
        for (int i = 0; i < 2; i++) {
            double[] t = measured(repricer, rules, shop);
            if (sequential == null || t[1] < sequential[1]) {
                sequential = t;
            }
        }
        BenchReport.figure("available_processors", Runtime.getRuntime().availableProcessors());
        BenchReport.figure("rule_engine_first_pass_100000_skus_20_rules_ms", first[0]);
        BenchReport.figure("rule_engine_first_pass_100000_skus_20_rules_process_cpu_ms", first[1]);
        BenchReport.figure("rule_engine_pass_100000_skus_20_rules_ms", warm[0]);
        BenchReport.figure("rule_engine_pass_100000_skus_20_rules_process_cpu_ms", warm[1]);
        System.out.println("goal: a full pass <= 2000 ms on the 2-core machine; first pass "
                + (first[0] <= 2000 ? "met" : "NOT met") + ", warm pass " + (warm[0] <= 2000 ? "met" : "NOT met")
                + " in this run");
        BenchReport.figure("rule_engine_sequential_pass_cpu_ms", sequential[1]);
        BenchReport.figure("rule_engine_sequential_pass_ms", sequential[0]);
        BenchReport.figure("rule_engine_pass_100000_skus_20_rules_allocated_mb", sequential[2] / 1_048_576.0);
        BenchReport.figure("rule_engine_pass_allocated_bytes_per_sku", sequential[2] / 100_000.0);
        BenchReport.figure("machine_load_average_before", load);
        BenchReport.figure("machine_load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        pass(repricer, rules, shop).forEach((type, n) ->
                BenchReport.figure("rule_engine_pass_" + type.getSimpleName().toLowerCase() + "s", n));
    }

    /** One pass through {@link Repricer#evaluateAll}: {wall ms, process CPU ms}; same outcomes as one by one. */
    private static double[] measuredAll(Repricer repricer, RuleSet rules, List<RepricingInput> shop) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<RepricingOutcome> all = repricer.evaluateAll(rules, shop, NOW);
        double ms = BenchReport.msSince(t0);
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000.0;
        if (all.size() != shop.size()) {
            throw new IllegalStateException("evaluateAll lost SKUs");
        }
        return new double[] {ms, cpuMs};
    }

    /** Runs the pass alone, without Maven: {@code java -cp ... com.pricedesk.bench.RuleEngineBench}. */
    public static void main(String[] args) {
        new RuleEngineBench().fullPassOver100kSkusWith20Rules();
    }

    /** One pass: {wall ms, CPU ms, bytes allocated} of this thread. */
    private static double[] measured(Repricer repricer, RuleSet rules, List<RepricingInput> shop) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long alloc0 = allocatedBytes();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Map<Class<?>, Integer> counts = pass(repricer, rules, shop);
        double ms = BenchReport.msSince(t0);
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000.0;
        long allocated = allocatedBytes() - alloc0;
        if (counts.isEmpty()) {
            throw new IllegalStateException("a pass over the shop gave no outcome");
        }
        return new double[] {ms, cpuMs, allocated};
    }

    @BeforeContainer
    static void startProperty() {
        propertyStart = System.nanoTime();
        propertyAllocStart = allocatedBytes();
    }

    @Provide
    net.jqwik.api.Arbitrary<RepricingArbitraries.Case> cases() {
        return RepricingArbitraries.cases();
    }

    /** Every invariant of GuardrailPropertyTest at once: bounds, max step, determinism. */
    @Property(tries = 1_000_000, afterFailure = AfterFailureMode.RANDOM_SEED)
    void aMillionCasesNeverLeaveTheGuardrails(@ForAll("cases") RepricingArbitraries.Case c) {
        RepricingOutcome first = RepricingProperties.check(c);
        RepricingOutcome again = RepricingProperties.check(RepricingProperties.reordered(c));
        if (!first.equals(again)) {
            throw new AssertionError("Not deterministic for " + c + ": " + first + " vs " + again);
        }
        TRIES.incrementAndGet();
        if (first instanceof PriceDecision) {
            DECISIONS.incrementAndGet();
        }
    }

    @AfterContainer
    static void reportProperty() {
        if (TRIES.get() == 0) {
            return;
        }
        BenchReport.figure("guardrail_property_tries", TRIES.get());
        BenchReport.figure("guardrail_property_decisions_checked", DECISIONS.get());
        BenchReport.figure("guardrail_property_ms", BenchReport.msSince(propertyStart));
        BenchReport.figure("guardrail_property_allocated_mb", (allocatedBytes() - propertyAllocStart) / 1_048_576.0);
    }

    private static Map<Class<?>, Integer> pass(Repricer repricer, RuleSet rules, List<RepricingInput> shop) {
        Map<Class<?>, Integer> counts = new java.util.HashMap<>();
        for (RepricingInput in : shop) {
            counts.merge(repricer.evaluate(rules, in, NOW).getClass(), 1, Integer::sum);
        }
        return counts;
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** Twenty rules of every kind, over tiers, tags and categories, at five priorities. */
    static RuleSet twentyRules() {
        List<Rule> rules = new ArrayList<>();
        Tier[] tiers = Tier.values();
        for (int i = 0; i < 20; i++) {
            RuleScope scope = switch (i % 4) {
                case 0 -> RuleScope.EVERY_SKU;
                case 1 -> RuleScope.tiers(tiers[i % tiers.length]);
                case 2 -> new RuleScope(Set.of(), Set.of("q4", "gift"), Set.of(), Set.of());
                default -> new RuleScope(Set.of(), Set.of(), Set.of("cat-" + (i % 7)), Set.of());
            };
            Conditions conditions = switch (i % 5) {
                case 0 -> Conditions.all(new FactCondition(Fact.COMPETITOR_GAP_PCT, Comparison.AT_LEAST, BigDecimal.valueOf(2 + i % 6)),
                        new FactCondition(Fact.BSR, Comparison.AT_MOST, BigDecimal.valueOf(10L * (i + 1))));
                case 1 -> Conditions.any(new BuyBoxCondition(false), new FactCondition(Fact.BUY_BOX_GAP_PCT,
                        Comparison.GREATER_THAN, BigDecimal.ONE));
                case 2 -> Conditions.all(new FactCondition(Fact.DAYS_OF_COVER, Comparison.GREATER_THAN, BigDecimal.valueOf(60)),
                        new FactCondition(Fact.INVENTORY_AGE_DAYS, Comparison.AT_LEAST, BigDecimal.valueOf(90)));
                case 3 -> Conditions.all(new FactCondition(Fact.ACOS_PCT, Comparison.GREATER_THAN, BigDecimal.valueOf(35)),
                        new FactCondition(Fact.MARGIN_PCT, Comparison.GREATER_THAN, BigDecimal.valueOf(25)));
                default -> Conditions.all(new FactCondition(Fact.CONVERSION_PCT, Comparison.AT_LEAST, BigDecimal.TEN),
                        new FactCondition(Fact.HOURS_SINCE_LAST_CHANGE, Comparison.GREATER_THAN, BigDecimal.valueOf(48)));
            };
            var action = switch (i % 6) {
                case 0 -> new MoveBy(Adjustment.percent("-3"));
                case 1 -> MatchPrice.beat(PriceTarget.BUY_BOX, Adjustment.amount("0.01"));
                case 2 -> new GoToMarginPrice(new BigDecimal("25"));
                case 3 -> new MoveBy(Adjustment.percent("2"));
                case 4 -> new StepToward(Money.usd("29.99"), Adjustment.percent("2"));
                default -> new RestoreRegularPrice();
            };
            CompetitorFilter filter = i % 3 == 0 ? CompetitorFilter.DEFAULT
                    : new CompetitorFilter(null, Optional.of(Channel.FBA), Optional.of(new BigDecimal("90")), Optional.of(3));
            rules.add(new Rule("rule-" + i, "Rule " + i, scope, conditions, filter, action,
                    i % 2 == 0 ? Optional.of(new BigDecimal("18")) : Optional.empty(), i % 5, true));
        }
        return new RuleSet(20, Optional.of(NOW), rules);
    }

    /** A shop of {@code n} SKUs with fresh snapshots, 2-8 offers each, recent changes and ordinary KPIs. */
    static List<RepricingInput> shop(int n, Random r) {
        KpiBook book = KpiBook.defaults();
        Map<Tier, com.pricedesk.domain.kpi.KpiTargets> targets = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            targets.put(t, book.tiers().get(t));
        }
        List<RepricingInput> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Tier tier = Tier.values()[r.nextInt(4)];
            Sku sku = new Sku("SKU-" + i, "B0BENCH" + i, "Bench item " + i, "测试", "cat-" + r.nextInt(7), tier,
                    r.nextBoolean() ? List.of("q4") : List.of(), null, null);
            BigDecimal price = BigDecimal.valueOf(999 + r.nextInt(4000), 2);
            SkuFacts.Builder f = SkuFacts.builder(sku.sellerSku()).ownSellerId("ME")
                    .snapshotAt(NOW.minus(Duration.ofMinutes(r.nextInt(300)))).ourPrice(Money.usd(price))
                    .regularPrice(Money.usd(price.multiply(new BigDecimal("1.1")))).buyBoxPrice(Money.usd(price.subtract(BigDecimal.ONE)))
                    .weHoldBuyBox(r.nextBoolean()).bsr(1 + r.nextInt(500)).daysOfCover(BigDecimal.valueOf(r.nextInt(200)))
                    .inventoryAgeDays(r.nextInt(300)).conversionPct(BigDecimal.valueOf(r.nextInt(200), 1))
                    .acosPct(BigDecimal.valueOf(r.nextInt(600), 1)).landedCost(Money.usd(price.multiply(new BigDecimal("0.3"))));
            int offers = 2 + r.nextInt(7);
            for (int o = 0; o < offers; o++) {
                f.offer(new Offer(o == 0 ? "ME" : "S" + r.nextInt(50), Money.usd(price.multiply(BigDecimal.valueOf(85 + r.nextInt(30), 2))),
                        r.nextBoolean() ? Channel.FBA : Channel.FBM, com.pricedesk.domain.rules.OfferCondition.NEW,
                        Optional.of(BigDecimal.valueOf(80 + r.nextInt(21))), Optional.of(r.nextInt(5)), Optional.empty()));
            }
            if (r.nextInt(3) == 0) {
                f.change(new PriceChange(NOW.minus(Duration.ofHours(2 + r.nextInt(100))), Money.usd(price.add(BigDecimal.ONE)),
                        Money.usd(price), Optional.of("S1")));
            }
            BigDecimal landed = price.multiply(new BigDecimal("0.3"));
            out.add(new RepricingInput(sku, f.build(), Optional.of(new SimpleMarginPricing(landed, new BigDecimal("15"),
                    new BigDecimal("3.50"))), targets.get(tier), PriceLimits.NONE));
        }
        return out;
    }
}
