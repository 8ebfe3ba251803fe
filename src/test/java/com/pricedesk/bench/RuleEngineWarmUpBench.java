package com.pricedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.repricing.EngineWarmUp;
import com.pricedesk.app.repricing.WarmUpPricing;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.Guardrails;
import com.pricedesk.domain.pricing.Repricer;
import com.pricedesk.domain.pricing.RepricingArbitraries;
import com.pricedesk.domain.pricing.RepricingInput;
import com.pricedesk.domain.pricing.RepricingOutcome;
import com.pricedesk.domain.pricing.SimpleMarginPricing;
import com.pricedesk.domain.rules.RuleEngine;
import com.pricedesk.domain.rules.RuleSet;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The first rules-engine pass in a fresh JVM (100,000 SKUs × 20 rules, as {@link RuleEngineBench}),
 * cold and after the product's {@link EngineWarmUp}, each in its own child JVM so neither inherits the
 * other's JIT. Reports wall time, process CPU and the JIT's compile time during the pass. Run alone:
 * {@code mvn -B -o verify -Pbench -Dtest=RuleEngineWarmUpBench -Dsurefire.failIfNoSpecifiedTests=false}, or one
 * variant: {@code java -cp "target/test-classes:target/classes:target/lib/*" com.pricedesk.bench.RuleEngineWarmUpBench warm}.
 */
@Tag("bench")
class RuleEngineWarmUpBench {

    @Test
    void firstPassColdAndAfterTheWarmUpInFreshJvms() throws Exception {
        BenchReport.machine();
        List<String> cold = child("cold");
        List<String> warm = child("warm");
        assertThat(cold).anyMatch(l -> l.startsWith("rule_engine_first_pass_cold_ms="));
        assertThat(warm).anyMatch(l -> l.startsWith("rule_engine_first_pass_after_warm_up_ms="));
    }

    /** Runs {@link #main} with {@code variant} in a new JVM with this classpath; echoes and returns its lines. */
    private static List<String> child(String variant) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RuleEngineWarmUpBench.class.getName(), variant).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                System.out.println("[" + variant + "] " + line);
                lines.add(line);
            }
        }
        assertThat(p.waitFor()).as(variant + " JVM exit code").isZero();
        return lines;
    }

    /** {@code cold}: the first pass straight away; {@code warm}: the product's warm-up first, then the pass. */
    public static void main(String[] args) throws InterruptedException {
        boolean warmUp = args.length > 0 && args[0].equals("warm");
        String label = warmUp ? "after_warm_up" : "cold";
        RuleSet rules = RuleEngineBench.twentyRules();
        List<RepricingInput> shop = RuleEngineBench.shop(100_000, new Random(20261129L));
        Repricer repricer = new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        BenchReport.figure("machine_load_average_before", os.getSystemLoadAverage());
        if (warmUp) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            // The product warms up with the MarginPricing class its passes use (UnitEconomicsWarmUpPricing);
            // this shop's passes use SimpleMarginPricing, so its warm-up does too.
            WarmUpPricing sameAsTheShop = (sku, price, landed) -> new SimpleMarginPricing(landed,
                    new BigDecimal("15"), new BigDecimal("3.50"));
            new EngineWarmUp(repricer, Clock.fixed(RepricingArbitraries.NOW, ZoneOffset.UTC), sameAsTheShop)
                    .warmUp(EngineWarmUp.COMPILER_CAP);
            BenchReport.figure("engine_warm_up_ms", BenchReport.msSince(t0));
            BenchReport.figure("engine_warm_up_thread_cpu_ms", (threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
            BenchReport.figure("engine_warm_up_jit_compile_ms", jit.getTotalCompilationTime());
        }
        var classes = ManagementFactory.getClassLoadingMXBean();
        long loaded0 = classes.getTotalLoadedClassCount();
        long jit0 = jit.getTotalCompilationTime();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<RepricingOutcome> first = repricer.evaluateAll(rules, shop, RepricingArbitraries.NOW);
        double firstMs = BenchReport.msSince(t0);
        BenchReport.figure("rule_engine_first_pass_" + label + "_ms", firstMs);
        BenchReport.figure("rule_engine_first_pass_" + label + "_process_cpu_ms", (os.getProcessCpuTime() - cpu0) / 1e6);
        BenchReport.figure("rule_engine_first_pass_" + label + "_jit_compile_ms", jit.getTotalCompilationTime() - jit0);
        BenchReport.figure("rule_engine_first_pass_" + label + "_classes_loaded",
                classes.getTotalLoadedClassCount() - loaded0);
        if (first.size() != shop.size()) {
            throw new IllegalStateException("evaluateAll lost SKUs");
        }
        long jit1 = jit.getTotalCompilationTime();
        long cpu1 = os.getProcessCpuTime();
        long t1 = System.nanoTime();
        repricer.evaluateAll(rules, shop, RepricingArbitraries.NOW);
        BenchReport.figure("rule_engine_second_pass_" + label + "_ms", BenchReport.msSince(t1));
        BenchReport.figure("rule_engine_second_pass_" + label + "_process_cpu_ms", (os.getProcessCpuTime() - cpu1) / 1e6);
        BenchReport.figure("rule_engine_second_pass_" + label + "_jit_compile_ms", jit.getTotalCompilationTime() - jit1);
        BenchReport.figure("machine_load_average", os.getSystemLoadAverage());
        System.out.println("goal: first pass <= 2000 ms on the 2-core machine: "
                + (firstMs <= 2000 ? "met" : "NOT met") + " " + label + " in this run");
    }
}
