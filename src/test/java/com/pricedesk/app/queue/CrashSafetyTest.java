package com.pricedesk.app.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import com.pricedesk.sim.SimListing;
import com.pricedesk.sim.SimServer;
import com.pricedesk.store.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety for real: a child JVM submits a batch against the simulator running here and is
 * killed with SIGKILL (destroyForcibly) at a random moment, 20 times, on the patch and the feed path.
 * After each kill this process "restarts" submission on the same workspace: every approved change must
 * end CONFIRMED or FAILED, and the simulator must have seen each change id at most once.
 */
class CrashSafetyTest {
    private static final double SPEED = 200;
    private static final int RUNS = 20;
    private static final long SEED = 20261129L;

    @TempDir
    Path dir;

    @Test
    void killedMidSubmissionEveryChangeEndsConfirmedOrFailedAndNothingIsSentTwice() throws Exception {
        Clock clock = Clock.systemUTC();
        Random random = new Random(SEED);
        List<String> outcomes = new ArrayList<>();
        try (SimServer sim = SubmissionRig.startSim(RUNS * 8, SPEED, clock);
             Workspace workspace = Workspace.open(dir, clock)) {
            SubmissionRig rig = new SubmissionRig(workspace, SPEED, SubmissionRig.quickRetries(), clock);
            rig.seed(sim);
            // Feeds from 6 changes on; a sent change must show within 1 s (the simulator's feeds take 0.3 s).
            rig.quickSettings(6, 1);
            List<SimListing> all = sim.market().listings();
            for (int run = 0; run < RUNS; run++) {
                int size = run % 2 == 0 ? 4 : 8;
                List<QueuedChange> batch = rig.approveBatch(all.subList(run * 8, run * 8 + size), clock);
                // Three runs in four are killed once sending has begun (the first change left APPROVED),
                // the others at any moment after the child is ready.
                boolean afterSending = random.nextInt(4) != 0;
                long killAfterMillis = random.nextInt(afterSending ? 400 : 800);
                long firstId = batch.get(0).id();
                long lastId = batch.get(batch.size() - 1).id();

                boolean finished = runChildAndKill(killAfterMillis, afterSending ? () -> workspace.jdbi().withHandle(
                        h -> h.createQuery("SELECT COUNT(*) FROM price_change WHERE id BETWEEN :a AND :b "
                                + "AND state <> 'APPROVED'").bind("a", firstId).bind("b", lastId).mapTo(Integer.class)
                                .one()) > 0 : () -> true);
                java.util.Map<ChangeState, Long> atKill = new java.util.EnumMap<>(ChangeState.class);
                for (QueuedChange c : batch) {
                    atKill.merge(rig.changes.find(c.id()).orElseThrow().state(), 1L, Long::sum);
                }
                rig.submitUntilSettled(5);

                int confirmed = 0;
                for (QueuedChange c : batch) {
                    QueuedChange now = rig.changes.find(c.id()).orElseThrow();
                    assertThat(now.state()).as("run %d, change %d (%s)", run, c.id(), rig.changes.eventsOf(c.id())
                            .stream().map(ChangeEvent::to).toList()).isIn(ChangeState.CONFIRMED, ChangeState.FAILED);
                    assertThat(sim.stats().timesSeen(c.id())).as("run %d: change %d reached Amazon at most once",
                            run, c.id()).isLessThanOrEqualTo(1);
                    if (now.state() == ChangeState.CONFIRMED) {
                        confirmed++;
                        assertThat(sim.market().listing(c.sellerSku()).orElseThrow().price())
                                .isEqualByComparingTo(c.newPrice().amount());
                    } else {
                        // A failed change never went through: Amazon still has the old price.
                        assertThat(sim.market().listing(c.sellerSku()).orElseThrow().price())
                                .isEqualByComparingTo(c.oldPrice().amount());
                    }
                }
                outcomes.add("run " + run + (size > 5 ? " feed" : " patch") + " kill " + killAfterMillis + " ms after "
                        + (afterSending ? "sending began" : "ready")
                        + (finished ? " (child finished first)" : "") + ", states at kill " + atKill + ": "
                        + confirmed + "/" + size + " confirmed after restart");
            }
        }
        System.out.println(String.join("\n", outcomes));
        assertThat(outcomes).hasSize(RUNS);
        assertThat(outcomes).as("some runs were killed with changes in flight")
                .anyMatch(o -> o.contains("SUBMITTING") || o.contains("SUBMITTED"));
    }

    /**
     * Starts the child, waits for READY and then for {@code trigger}, kills it {@code millis} later;
     * true if it had finished by then.
     */
    private boolean runChildAndKill(long millis, java.util.function.BooleanSupplier trigger) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path"), SubmissionProbe.class.getName(),
                dir.toString(), Double.toString(SPEED)))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // log lines of the child before it is ready
            }
            assertThat(line).as("child reached READY").isEqualTo("READY");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && !trigger.getAsBoolean() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(millis);
            boolean finished = !p.isAlive();
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return finished;
        } finally {
            p.destroyForcibly();
        }
    }
}
