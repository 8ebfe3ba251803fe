package com.pricedesk.app.repricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.Guardrails;
import com.pricedesk.domain.pricing.HeldDecision;
import com.pricedesk.domain.pricing.NoChange;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.pricing.PricingConflict;
import com.pricedesk.domain.pricing.Repricer;
import com.pricedesk.domain.pricing.RepricingInput;
import com.pricedesk.domain.pricing.RepricingOutcome;
import com.pricedesk.domain.pricing.SimpleMarginPricing;
import com.pricedesk.domain.rules.RuleEngine;
import com.pricedesk.domain.rules.RuleSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The warm-up walks the engine's paths (so the JIT compiles them) and stops when asked. */
class EngineWarmUpTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private final Repricer repricer = new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS));
    /** profit(P) = P − landed − 15% × P − $3.50. */
    private static final WarmUpPricing LINEAR = (sku, price, landed) ->
            new SimpleMarginPricing(landed, new BigDecimal("15"), new BigDecimal("3.50"));

    @Test
    void itsSyntheticShopReachesDecisionsHoldsConflictsAndUnchangedSkus() {
        RuleSet rules = EngineWarmUp.rules(NOW);
        List<RepricingInput> shop = EngineWarmUp.shop(2_000, NOW, new SplittableRandom(1), LINEAR);
        List<RepricingOutcome> out = repricer.evaluateAll(rules, shop, NOW);
        assertThat(out).hasSize(2_000);
        assertThat(out).hasAtLeastOneElementOfType(PriceDecision.class).hasAtLeastOneElementOfType(HeldDecision.class)
                .hasAtLeastOneElementOfType(PricingConflict.class).hasAtLeastOneElementOfType(NoChange.class);
        assertThat(out.stream().filter(PriceDecision.class::isInstance).map(PriceDecision.class::cast))
                .anySatisfy(d -> assertThat(d.clampedBy()).isNotEmpty());
        assertThat(out.stream().filter(HeldDecision.class::isInstance).map(o -> ((HeldDecision) o).hold()).distinct()
                .count()).isGreaterThan(1);
        assertThat(new EngineWarmUp(repricer, Clock.fixed(NOW, ZoneOffset.UTC), LINEAR).run(300, 2)).isEqualTo(600);
    }

    @Test
    void aStoppedWarmUpEndsAtTheNextSkuAndRunsAtTheLowestPriority() throws Exception {
        EngineWarmUp warmUp = new EngineWarmUp(repricer, Clock.fixed(NOW, ZoneOffset.UTC), LINEAR);
        warmUp.stop();
        assertThat(warmUp.run(1_000, 3)).isZero();
        Thread t = warmUp.startInBackground(java.time.Duration.ZERO);
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        t.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(t.isAlive()).isFalse();
    }

    @Test
    void theWarmUpRunsAtLeastThreeSequentialPassesAndAtMostEightThenOneThroughEvaluateAll() throws Exception {
        EngineWarmUp warmUp = new EngineWarmUp(repricer, Clock.fixed(NOW, ZoneOffset.UTC), LINEAR);
        long evaluations = warmUp.warmUp(1_000, Duration.ofSeconds(60));
        assertThat(evaluations % 1_000).isZero();
        assertThat(evaluations / 1_000).isBetween((long) EngineWarmUp.PASSES + 1, (long) EngineWarmUp.MAX_PASSES + 1);
        warmUp.stop();
        assertThat(warmUp.warmUp(1_000, Duration.ofSeconds(60))).isZero();
    }

    @Test
    void theWarmUpWaitsForTheCompilerToFinishWhatItsPassesQueued() throws Exception {
        EngineWarmUp warmUp = new EngineWarmUp(repricer, Clock.fixed(NOW, ZoneOffset.UTC), LINEAR);
        long t0 = System.nanoTime();
        assertThat(warmUp.awaitCompilerQuiet(Duration.ofSeconds(60))).isTrue();
        // it waited for a quiet spell, not returned at once
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(EngineWarmUp.QUIET);
        warmUp.stop();
        assertThat(warmUp.awaitCompilerQuiet(Duration.ofSeconds(60))).as("a stopped warm-up does not wait").isFalse();
    }
}
