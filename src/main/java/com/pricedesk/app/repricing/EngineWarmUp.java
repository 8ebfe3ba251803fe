package com.pricedesk.app.repricing;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.pricing.Repricer;
import com.pricedesk.domain.pricing.RepricingInput;
import com.pricedesk.domain.rules.Action;
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
import java.math.RoundingMode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the rules engine up before the first real pass. A pass over a large shop right after start
 * runs mostly interpreted while the JIT compiles the engine (4.1 s instead of 1.05 s for 100,000 SKUs,
 * see docs/BENCHMARKS.md "rules3"), so once the workstation is up this evaluates synthetic SKUs
 * (every action, condition kind, competitor filter and guardrail path, in memory: no HTTP, and no SQL but
 * the one read of the fee tables) one after another on a low-priority background thread. Nothing it computes is kept or shown.
 */
public final class EngineWarmUp {
    /** Synthetic SKUs per warm-up pass, and the fewest and most passes (see {@link #warmUp}). */
    public static final int SKUS = 20_000;
    public static final int PASSES = 3;
    public static final int MAX_PASSES = 8;
    /** How long the compiler must have been idle before the warm-up counts it as done, and the poll. */
    static final Duration QUIET = Duration.ofMillis(300);
    private static final Duration POLL = Duration.ofMillis(150);
    /** The longest the background warm-up waits for the compiler after its passes. */
    public static final Duration COMPILER_CAP = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(EngineWarmUp.class);

    private final Repricer repricer;
    private final Clock clock;
    private final WarmUpPricing pricing;
    private volatile boolean stopped;

    public EngineWarmUp(Repricer repricer, Clock clock, WarmUpPricing pricing) {
        this.repricer = repricer;
        this.clock = clock;
        this.pricing = pricing;
    }

    /** Evaluates {@code skus} synthetic SKUs {@code passes} times on this thread; returns the outcomes seen. */
    public long run(int skus, int passes) {
        Instant now = clock.instant();
        Shop shop = stopped ? null : new Shop(rules(now), shop(skus, now, new SplittableRandom(20261129L), pricing), now);
        long outcomes = 0;
        for (int p = 0; p < passes && !stopped; p++) {
            outcomes += pass(shop);
        }
        return outcomes;
    }

    private record Shop(RuleSet rules, List<RepricingInput> skus, Instant now) { }

    /** One evaluation of every synthetic SKU, one after another; ends early when stopped. */
    private long pass(Shop shop) {
        long outcomes = 0;
        for (RepricingInput in : shop.skus()) {
            if (stopped) {
                return outcomes;
            }
            if (repricer.evaluate(shop.rules(), in, shop.now()) != null) {
                outcomes++;
            }
        }
        return outcomes;
    }

    /**
     * The whole warm-up: passes of {@link #SKUS} synthetic SKUs, each followed by a wait (at most {@code cap})
     * until the JIT has finished what the pass queued, until a pass costs no less CPU than the one before
     * (at least {@link #PASSES}, at most {@link #MAX_PASSES}). On 2 busy cores the optimising compiler lags
     * behind (docs/BENCHMARKS.md "warm4"): a fixed number of passes could end with the engine's hot methods
     * still at a profiling tier, leaving the first real pass to run them slowly while the compiler competes
     * for the same cores. Returns the evaluations made.
     */
    public long warmUp(Duration cap) throws InterruptedException {
        return warmUp(SKUS, cap);
    }

    long warmUp(int skus, Duration cap) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuKnown = threads.isCurrentThreadCpuTimeSupported();
        if (stopped) {
            return 0;
        }
        Instant now = clock.instant();
        Shop shop = new Shop(rules(now), shop(skus, now, new SplittableRandom(20261129L), pricing), now);
        long outcomes = 0;
        long previous = Long.MAX_VALUE;
        for (int pass = 1; pass <= MAX_PASSES && !stopped; pass++) {
            long cpu0 = cpuKnown ? threads.getCurrentThreadCpuTime() : 0;
            outcomes += pass(shop);
            long cpu = cpuKnown ? threads.getCurrentThreadCpuTime() - cpu0 : 0;
            awaitCompilerQuiet(cap);
            // converged: this pass was within 10 % of the previous one, so compiled code was in place for both
            if (pass >= PASSES && (!cpuKnown || cpu * 10 >= previous * 9)) {
                break;
            }
            previous = cpu;
        }
        if (!stopped) {
            // the real passes go through evaluateAll's parallel stream: its few methods want warming too
            outcomes += repricer.evaluateAll(shop.rules(), shop.skus(), shop.now()).size();
            awaitCompilerQuiet(cap);
        }
        return outcomes;
    }

    /**
     * Returns once the JIT has been idle (nothing compiling, nothing queued) for {@link #QUIET}, or after
     * {@code cap}, or at once when the JVM cannot tell; true when it went idle.
     */
    boolean awaitCompilerQuiet(Duration cap) throws InterruptedException {
        CompilerQueue compiler = new CompilerQueue();
        if (compiler.idle().isEmpty()) {
            return false;
        }
        long deadline = System.nanoTime() + cap.toNanos();
        long idleSince = -1;
        while (!stopped && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            if (!compiler.idle().orElse(true)) {
                idleSince = -1;
            } else if (idleSince < 0) {
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince >= QUIET.toNanos()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts {@link #warmUp} after {@code delay} on a daemon thread of the
     * lowest priority, so it yields to the window and the scheduler; a failure is logged, never shown.
     */
    public Thread startInBackground(Duration delay) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
                long t0 = System.nanoTime();
                long n = warmUp(COMPILER_CAP);
                log.info("Rules engine warmed up: {} synthetic evaluations and the compiler's queue in {} ms", n,
                        (System.nanoTime() - t0) / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Rules engine warm-up failed (the first pass will just be slower)", e);
            }
        }, "pricedesk-engine-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** Ends a running warm-up at its next SKU (the workspace is closing). */
    public void stop() {
        stopped = true;
    }

    /** Twenty rules: every scope kind, condition kind, action and competitor filter, at five priorities. */
    static RuleSet rules(Instant now) {
        List<Rule> rules = new ArrayList<>(20);
        Tier[] tiers = Tier.values();
        for (int i = 0; i < 20; i++) {
            RuleScope scope = switch (i % 4) {
                case 0 -> RuleScope.EVERY_SKU;
                case 1 -> RuleScope.tiers(tiers[i % tiers.length]);
                case 2 -> new RuleScope(Set.of(), Set.of("q4", "gift"), Set.of(), Set.of());
                default -> new RuleScope(Set.of(), Set.of(), Set.of("cat-" + (i % 7)), Set.of());
            };
            Conditions conditions = switch (i % 5) {
                case 0 -> Conditions.all(new FactCondition(Fact.COMPETITOR_GAP_PCT, Comparison.AT_LEAST,
                        BigDecimal.valueOf(2 + i % 6)), new FactCondition(Fact.BSR, Comparison.AT_MOST,
                        BigDecimal.valueOf(10L * (i + 1))));
                case 1 -> Conditions.any(new BuyBoxCondition(false), new FactCondition(Fact.BUY_BOX_GAP_PCT,
                        Comparison.GREATER_THAN, BigDecimal.ONE));
                case 2 -> Conditions.all(new FactCondition(Fact.DAYS_OF_COVER, Comparison.GREATER_THAN,
                        BigDecimal.valueOf(60)), new FactCondition(Fact.INVENTORY_AGE_DAYS, Comparison.AT_LEAST,
                        BigDecimal.valueOf(90)));
                case 3 -> Conditions.all(new FactCondition(Fact.ACOS_PCT, Comparison.GREATER_THAN, BigDecimal.valueOf(35)),
                        new FactCondition(Fact.MARGIN_PCT, Comparison.GREATER_THAN, BigDecimal.valueOf(25)));
                default -> Conditions.all(new FactCondition(Fact.CONVERSION_PCT, Comparison.AT_LEAST, BigDecimal.TEN),
                        new FactCondition(Fact.HOURS_SINCE_LAST_CHANGE, Comparison.GREATER_THAN, BigDecimal.valueOf(48)));
            };
            Action action = switch (i % 8) {
                case 0 -> new MoveBy(Adjustment.percent("-3"));
                case 1 -> MatchPrice.beat(PriceTarget.BUY_BOX, Adjustment.amount("0.01"));
                case 2 -> new GoToMarginPrice(new BigDecimal("25"));
                case 3 -> new MoveBy(Adjustment.percent("2"));
                case 4 -> new StepToward(Money.usd("29.99"), Adjustment.percent("2"));
                case 5 -> new MoveBy(Adjustment.amount(i % 16 == 5 ? "-0.50" : "0.30"));
                case 6 -> MatchPrice.match(PriceTarget.LOWEST_COMPETITOR);
                default -> new RestoreRegularPrice();
            };
            CompetitorFilter filter = i % 3 == 0 ? CompetitorFilter.DEFAULT
                    : new CompetitorFilter(null, Optional.of(Channel.FBA), Optional.of(new BigDecimal("90")),
                    Optional.of(3));
            // sellers name rules in Chinese as often as in English: both kinds of text go into reasons
            rules.add(new Rule("warm-up-" + i, i % 2 == 0 ? "Warm-up " + i : "预热规则 " + i, scope, conditions, filter, action,
                    i % 2 == 0 ? Optional.of(new BigDecimal("18")) : Optional.empty(), i % 5, true));
        }
        return new RuleSet(1, Optional.of(now), rules);
    }

    /** Synthetic SKUs with fresh facts, 2-8 offers, some recent changes, regular prices and listing maxima. */
    static List<RepricingInput> shop(int n, Instant now, SplittableRandom r, WarmUpPricing pricing) {
        KpiBook book = KpiBook.defaults();
        List<RepricingInput> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Tier tier = Tier.values()[r.nextInt(4)];
            Sku sku = new Sku("WARM-" + i, null, "Warm-up " + i, null, "cat-" + r.nextInt(7), tier,
                    r.nextBoolean() ? List.of("q4") : List.of(), null, null);
            // 1 in 10 already at the step-toward target of the rules: rules that keep the price
            BigDecimal price = r.nextInt(10) == 0 ? new BigDecimal("29.99") : BigDecimal.valueOf(999 + r.nextInt(4000), 2);
            // 1 in 20 stale (held before any rule), the rest fresh
            Duration age = r.nextInt(20) == 0 ? Duration.ofDays(3) : Duration.ofMinutes(r.nextInt(300));
            SkuFacts.Builder f = SkuFacts.builder(sku.sellerSku()).ownSellerId("ME")
                    .snapshotAt(now.minus(age)).ourPrice(Money.usd(price))
                    .buyBoxPrice(Money.usd(price.subtract(BigDecimal.ONE))).weHoldBuyBox(r.nextBoolean())
                    .bsr(1 + r.nextInt(500)).daysOfCover(BigDecimal.valueOf(r.nextInt(200)))
                    .inventoryAgeDays(r.nextInt(300)).conversionPct(BigDecimal.valueOf(r.nextInt(200), 1))
                    .acosPct(BigDecimal.valueOf(r.nextInt(600), 1))
                    .landedCost(Money.usd(price.multiply(new BigDecimal("0.3"))));
            int regular = r.nextInt(4);
            if (regular == 1) {
                f.regularPrice(Money.usd(price));
            } else if (regular > 1) {
                f.regularPrice(Money.usd(price.multiply(new BigDecimal("1.1")).setScale(2, RoundingMode.HALF_UP)));
            }
            if (r.nextInt(5) == 0) {
                f.listingMaxPrice(Money.usd(price.add(BigDecimal.ONE)));
            }
            int offers = 2 + r.nextInt(7);
            for (int o = 0; o < offers; o++) {
                f.offer(new Offer(o == 0 ? "ME" : "S" + r.nextInt(50),
                        Money.usd(price.multiply(BigDecimal.valueOf(85 + r.nextInt(30), 2))),
                        r.nextBoolean() ? Channel.FBA : Channel.FBM, OfferCondition.NEW,
                        Optional.of(BigDecimal.valueOf(80 + r.nextInt(21))), Optional.of(r.nextInt(5)), Optional.empty()));
            }
            if (r.nextInt(12) == 0) {
                // a competitor far below our landed cost: the suspicious-price hold
                f.offer(new Offer("S99", Money.usd(price.multiply(new BigDecimal("0.2"))), Channel.FBA,
                        OfferCondition.NEW, Optional.of(BigDecimal.valueOf(95)), Optional.of(1), Optional.empty()));
            }
            if (r.nextInt(3) == 0) {
                // mostly hours ago; 1 in 4 of them minutes ago (the minimum-interval hold)
                Duration since = r.nextInt(4) == 0 ? Duration.ofMinutes(10) : Duration.ofHours(2 + r.nextInt(100));
                f.change(new PriceChange(now.minus(since), Money.usd(price.add(BigDecimal.ONE)), Money.usd(price),
                        Optional.of("S1")));
            }
            PriceLimits limits = r.nextInt(6) == 0
                    ? new PriceLimits(Optional.of(Money.usd(price.multiply(new BigDecimal("0.8")))),
                    Optional.of(Money.usd(price.multiply(new BigDecimal("1.2"))))) : PriceLimits.NONE;
            out.add(new RepricingInput(sku, f.build(), Optional.of(pricing.forSyntheticSku(sku, price,
                    price.multiply(new BigDecimal("0.3")))), book.forSku(sku), limits));
        }
        return out;
    }
}
