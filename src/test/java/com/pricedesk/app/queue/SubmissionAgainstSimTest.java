package com.pricedesk.app.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.queue.Alert;
import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import com.pricedesk.sim.SimFault;
import com.pricedesk.sim.SimListing;
import com.pricedesk.sim.SimOperation;
import com.pricedesk.sim.SimServer;
import com.pricedesk.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submission through the real client against the simulator over HTTP, with Amazon's faults. */
class SubmissionAgainstSimTest {
    private static final double SPEED = 50;

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();
    private SimServer sim;
    private Workspace workspace;
    private SubmissionRig rig;

    @BeforeEach
    void setUp() throws Exception {
        sim = SubmissionRig.startSim(40, SPEED, clock);
        workspace = Workspace.open(dir, clock);
        rig = new SubmissionRig(workspace, SPEED, SubmissionRig.quickRetries(), clock);
        rig.seed(sim);
        rig.quickSettings(5, 6);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        sim.close();
    }

    private List<SimListing> listings(int from, int count) {
        return sim.market().listings().subList(from, from + count);
    }

    private QueuedChange reread(QueuedChange c) {
        return rig.changes.find(c.id()).orElseThrow();
    }

    private BigDecimal simPrice(String sku) {
        return sim.market().listing(sku).orElseThrow().price();
    }

    @Test
    void fewChangesGoAsPatchesAndAreConfirmedByReadingBack() {
        List<QueuedChange> batch = rig.approveBatch(listings(0, 3), clock);

        SubmissionService.Report report = rig.submission.submitApproved();

        assertThat(report.path()).isEqualTo(SubmissionService.Path.PATCH);
        assertThat(report.sent()).isEqualTo(3);
        assertThat(report.confirmed()).isEqualTo(3);
        for (QueuedChange c : batch) {
            assertThat(reread(c).state()).isEqualTo(ChangeState.CONFIRMED);
            assertThat(simPrice(c.sellerSku())).isEqualByComparingTo(c.newPrice().amount());
            assertThat(sim.stats().timesSeen(c.id())).as("change %d sent once", c.id()).isEqualTo(1);
            assertThat(rig.prices.currentPrice(c.sellerSku())).contains(c.newPrice());
            List<ChangeEvent> story = rig.changes.eventsOf(c.id());
            assertThat(story).extracting(ChangeEvent::to).containsExactly(ChangeState.PROPOSED, ChangeState.APPROVED,
                    ChangeState.SUBMITTING, ChangeState.SUBMITTED, ChangeState.CONFIRMED);
            assertThat(story.get(4).price()).contains(c.newPrice());
            assertThat(story.get(4).note().english()).contains("Amazon shows " + c.newPrice().toPlainString());
        }
    }

    @Test
    void manyChangesGoAsOneFeedWhoseMessageIdsAreTheChangeIds() {
        List<QueuedChange> batch = rig.approveBatch(listings(0, 8), clock);

        SubmissionService.Report report = rig.submission.submitApproved();

        assertThat(report.path()).isEqualTo(SubmissionService.Path.FEED);
        assertThat(sim.stats().calls(SimOperation.CREATE_FEED)).isEqualTo(1);
        assertThat(sim.stats().calls(SimOperation.PATCH_LISTINGS_ITEM)).isZero();
        for (QueuedChange c : batch) {
            QueuedChange now = reread(c);
            assertThat(now.state()).isEqualTo(ChangeState.CONFIRMED);
            assertThat(now.feedId()).isPresent();
            assertThat(sim.stats().timesSeen(c.id())).isEqualTo(1);
        }
    }

    @Test
    void aBurstOf429sAndAn5xxAreRetriedAndTheChangeStillArrivesOnce() {
        sim.faults().inject(SimOperation.PATCH_LISTINGS_ITEM, new SimFault.Status(429, "QuotaExceeded", "slow down"), 2);
        sim.faults().inject(SimOperation.GET_LISTINGS_ITEM, new SimFault.Status(503, "ServiceUnavailable", "busy"), 1);
        List<QueuedChange> batch = rig.approveBatch(listings(0, 2), clock);

        rig.submission.submitApproved();

        for (QueuedChange c : batch) {
            assertThat(reread(c).state()).isEqualTo(ChangeState.CONFIRMED);
            assertThat(sim.stats().timesSeen(c.id())).isEqualTo(1);
        }
    }

    @Test
    void throttlingBeyondTheRetriesFailsWithAmazonsCodeAndAnAlert() {
        sim.faults().inject(SimOperation.PATCH_LISTINGS_ITEM, new SimFault.Status(429, "QuotaExceeded",
                "You exceeded your quota for the requested resource."), 4);
        QueuedChange c = rig.approveBatch(listings(0, 1), clock).get(0);
        BigDecimal before = simPrice(c.sellerSku());

        rig.submission.submitApproved();

        QueuedChange now = reread(c);
        assertThat(now.state()).isEqualTo(ChangeState.FAILED);
        assertThat(now.amazonCode()).contains("QuotaExceeded");
        assertThat(now.amazonMessage()).contains("You exceeded your quota for the requested resource.");
        assertThat(simPrice(c.sellerSku())).isEqualByComparingTo(before);
        assertThat(rig.alerts.since(Instant.EPOCH)).extracting(Alert::kind).containsExactly(Alert.Kind.CHANGE_FAILED);
    }

    @Test
    void aTimedOutPatchIsNotSentAgainButReadBackUntilItShows() {
        // The simulator answers after 3 s, past the client's 2 s timeout, and applies the price then.
        sim.faults().inject(SimOperation.PATCH_LISTINGS_ITEM, new SimFault.Delay(Duration.ofSeconds(3)), 1);
        QueuedChange c = rig.approveBatch(listings(0, 1), clock).get(0);

        rig.submission.submitApproved();

        QueuedChange now = reread(c);
        assertThat(now.state()).isEqualTo(ChangeState.CONFIRMED);
        assertThat(sim.stats().timesSeen(c.id())).as("never re-sent after the timeout").isEqualTo(1);
        assertThat(rig.changes.eventsOf(c.id())).extracting(ChangeEvent::to).containsExactly(ChangeState.PROPOSED,
                ChangeState.APPROVED, ChangeState.SUBMITTING, ChangeState.CONFIRMED);
    }

    @Test
    void aFeedThatIsDoneWithoutApplyingFailsAfterTheConfirmationTime() {
        rig.quickSettings(2, 1);
        sim.faults().inject(SimOperation.CREATE_FEED, new SimFault.AcceptWithoutApplying(), 1);
        List<QueuedChange> batch = rig.approveBatch(listings(0, 3), clock);

        SubmissionService.Report report = rig.submission.submitApproved();

        assertThat(report.path()).isEqualTo(SubmissionService.Path.FEED);
        for (QueuedChange c : batch) {
            QueuedChange now = reread(c);
            assertThat(now.state()).isEqualTo(ChangeState.FAILED);
            assertThat(now.amazonCode()).contains("NotConfirmed");
            assertThat(now.amazonMessage().orElseThrow()).contains("did not show the new price");
            assertThat(simPrice(c.sellerSku())).isEqualByComparingTo(c.oldPrice().amount());
        }
        assertThat(rig.alerts.since(Instant.EPOCH)).hasSize(3).allMatch(a -> a.kind() == Alert.Kind.NOT_CONFIRMED);
    }

    @Test
    void aPriceChangedInSellerCentralHoldsTheChangeAndRaisesAnAlert() {
        QueuedChange c = rig.approveBatch(listings(0, 1), clock).get(0);
        sim.market().setPrice(c.sellerSku(), new BigDecimal("12.34"), null, null);

        rig.submission.submitApproved();

        assertThat(reread(c).state()).isEqualTo(ChangeState.HELD);
        assertThat(sim.stats().timesSeen(c.id())).isZero();
        assertThat(simPrice(c.sellerSku())).isEqualByComparingTo("12.34");
        Alert alert = rig.alerts.since(Instant.EPOCH).get(0);
        assertThat(alert.kind()).isEqualTo(Alert.Kind.PRICE_CHANGED_OUTSIDE);
        assertThat(alert.message().english()).startsWith("price changed in Seller Central: Amazon shows 12.34");
        assertThat(alert.message().chinese()).startsWith("价格已在卖家后台被修改：亚马逊显示 12.34");
    }

    @Test
    void whilePausedNothingIsSentAndTheStopSurvivesAReopen() {
        QueuedChange c = rig.approveBatch(listings(0, 1), clock).get(0);
        rig.stop.pause("test");
        workspace.close();
        workspace = Workspace.open(dir, clock);
        rig = new SubmissionRig(workspace, SPEED, SubmissionRig.quickRetries(), clock);

        assertThat(rig.stop.isPaused()).isTrue();
        assertThatThrownBy(() -> rig.submission.submitApproved()).isInstanceOf(PausedException.class);
        assertThat(sim.stats().calls(SimOperation.PATCH_LISTINGS_ITEM)).isZero();
        assertThat(reread(c).state()).isEqualTo(ChangeState.APPROVED);

        rig.stop.resume("test");
        rig.submission.submitApproved();
        assertThat(reread(c).state()).isEqualTo(ChangeState.CONFIRMED);
    }

    @Test
    void theGuardrailIsCheckedAgainLastBeforeSending() {
        QueuedChange c = rig.approveBatch(listings(0, 1), clock).get(0);
        new com.pricedesk.store.JdbiPriceLimitRepository(workspace.jdbi()).save(c.sellerSku(),
                new com.pricedesk.domain.pricing.PriceLimits(java.util.Optional.of(c.oldPrice()), java.util.Optional.empty()));

        rig.submission.submitApproved();

        QueuedChange now = reread(c);
        assertThat(now.state()).isEqualTo(ChangeState.FAILED);
        assertThat(rig.changes.eventsOf(c.id()).get(2).note().english()).contains("blocked by a guardrail")
                .contains("below the manual minimum " + c.oldPrice().toPlainString());
        assertThat(sim.stats().timesSeen(c.id())).isZero();
    }

    @Test
    void aNewerProposalSupersedesTheOpenOneAndAutoApprovalNeedsThePolicy() {
        QueuedChange first = rig.approveBatch(listings(0, 1), clock).get(0);
        var decision = new com.pricedesk.domain.pricing.PriceDecision(first.sellerSku(), first.oldPrice(),
                first.oldPrice().minus(Money.usd("0.10")), "r1", "Follow", 2, Money.usd("1.00"), Money.usd("999.00"),
                List.of(), java.util.Map.of(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), com.pricedesk.domain.pricing.Explanation.of("newer", "更新"));

        ApprovalQueue.Enqueued off = rig.queue.enqueue(List.of(decision), "reprice");
        assertThat(off.superseded()).isEqualTo(1);
        assertThat(off.autoApproved()).isZero();
        assertThat(reread(first).state()).isEqualTo(ChangeState.SUPERSEDED);

        rig.settings.setAutoApprove(new com.pricedesk.domain.queue.AutoApprovePolicy(true, new BigDecimal("2"),
                java.util.EnumSet.of(com.pricedesk.domain.catalog.Tier.REGULAR)));
        rig.stop.pause("test");
        assertThat(rig.queue.enqueue(List.of(decision), "reprice").autoApproved()).as("not while paused").isZero();
        rig.stop.resume("test");
        ApprovalQueue.Enqueued on = rig.queue.enqueue(List.of(decision), "reprice");
        assertThat(on.autoApproved()).isEqualTo(1);
        assertThat(on.queued().get(0).state()).isEqualTo(ChangeState.APPROVED);
        assertThat(on.queued().get(0).actor()).isEqualTo("policy:auto ±2% REGULAR");
    }
}
