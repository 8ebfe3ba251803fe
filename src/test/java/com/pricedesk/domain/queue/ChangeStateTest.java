package com.pricedesk.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ChangeStateTest {
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    private static QueuedChange change(ChangeState state) {
        QueuedChange p = QueuedChange.proposed("SKU-1", Money.usd("20.00"), Money.usd("19.40"), Money.usd("15.00"),
                Money.usd("30.00"), "r1", "Follow", 3, Explanation.of("why", "原因"), "reprice", T0).withId(7);
        return new QueuedChange(p.id(), p.sellerSku(), p.oldPrice(), p.newPrice(), p.floor(), p.ceiling(), p.ruleId(),
                p.ruleName(), p.ruleSetVersion(), p.reason(), state, p.actor(), p.createdAt(), p.updatedAt(),
                p.sendStartedAt(), p.feedId(), p.amazonCode(), p.amazonMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "PROPOSED, APPROVED", "PROPOSED, REJECTED", "PROPOSED, SUPERSEDED", "PROPOSED, EXPIRED",
            "APPROVED, SUBMITTING", "APPROVED, HELD", "APPROVED, SUPERSEDED", "APPROVED, EXPIRED",
            "HELD, APPROVED", "HELD, REJECTED", "SUBMITTING, SUBMITTED", "SUBMITTING, CONFIRMED", "SUBMITTING, FAILED",
            "SUBMITTED, CONFIRMED", "SUBMITTED, FAILED"})
    void lifecycleMovesAreAllowed(ChangeState from, ChangeState to) {
        QueuedChange moved = change(from).moveTo(to, "tester", T0.plusSeconds(60));
        assertThat(moved.state()).isEqualTo(to);
        assertThat(moved.actor()).isEqualTo("tester");
        assertThat(moved.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(moved.createdAt()).isEqualTo(T0);
    }

    @ParameterizedTest
    @CsvSource({
            "PROPOSED, SUBMITTING", "PROPOSED, CONFIRMED", "PROPOSED, HELD", "APPROVED, CONFIRMED", "APPROVED, SUBMITTED",
            "HELD, SUBMITTING", "SUBMITTING, APPROVED", "SUBMITTING, PROPOSED", "SUBMITTED, SUBMITTING",
            "SUBMITTED, APPROVED", "CONFIRMED, FAILED", "FAILED, APPROVED", "REJECTED, APPROVED", "EXPIRED, APPROVED",
            "SUPERSEDED, APPROVED", "CONFIRMED, SUBMITTING"})
    void illegalMovesAreRefusedWithAClearMessage(ChangeState from, ChangeState to) {
        QueuedChange c = change(from);
        assertThatThrownBy(() -> c.moveTo(to, "tester", T0))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Change 7 is " + from + " and cannot become " + to);
    }

    @ParameterizedTest
    @EnumSource(value = ChangeState.class, names = {"REJECTED", "SUPERSEDED", "EXPIRED", "CONFIRMED", "FAILED"})
    void finalStatesGoNowhere(ChangeState s) {
        assertThat(s.isFinal()).isTrue();
        for (ChangeState t : ChangeState.values()) {
            assertThat(s.canMoveTo(t)).isFalse();
        }
    }

    @Test
    void aChangeThatMayHaveReachedAmazonCanOnlyEndByReadBack() {
        // In flight, nothing may send the change again: no way back to APPROVED.
        for (ChangeState s : Set.of(ChangeState.SUBMITTING, ChangeState.SUBMITTED)) {
            assertThat(s.isInFlight()).isTrue();
            assertThat(s.next()).doesNotContain(ChangeState.APPROVED, ChangeState.SUBMITTING, ChangeState.PROPOSED);
        }
        assertThat(EnumSet.allOf(ChangeState.class).stream().filter(ChangeState::isOpen))
                .containsExactlyInAnyOrder(ChangeState.PROPOSED, ChangeState.APPROVED, ChangeState.HELD);
    }

    @Test
    void submittingRecordsWhenSendingStarted() {
        QueuedChange s = change(ChangeState.APPROVED).moveTo(ChangeState.SUBMITTING, "submission", T0.plusSeconds(5));
        assertThat(s.sendStartedAt()).contains(T0.plusSeconds(5));
        assertThat(s.moveTo(ChangeState.SUBMITTED, "submission", T0.plusSeconds(9)).sendStartedAt())
                .contains(T0.plusSeconds(5));
    }

    @Test
    void autoApprovePolicyIsOffByDefaultAndNamesItselfWhenOn() {
        QueuedChange c = change(ChangeState.PROPOSED); // -3 %
        assertThat(AutoApprovePolicy.OFF.approves(c, com.pricedesk.domain.catalog.Tier.REGULAR)).isFalse();
        var on = new AutoApprovePolicy(true, new java.math.BigDecimal("3"),
                EnumSet.of(com.pricedesk.domain.catalog.Tier.HERO));
        assertThat(on.approves(c, com.pricedesk.domain.catalog.Tier.HERO)).isTrue();
        assertThat(on.approves(c, com.pricedesk.domain.catalog.Tier.CLEARANCE)).isFalse();
        assertThat(new AutoApprovePolicy(true, new java.math.BigDecimal("2"),
                EnumSet.of(com.pricedesk.domain.catalog.Tier.HERO)).approves(c, com.pricedesk.domain.catalog.Tier.HERO))
                .isFalse();
        assertThat(on.actor()).isEqualTo("policy:auto ±3% HERO");
    }

    @Test
    void parsesStatesAsTypedAndNamesTheChoicesOtherwise() {
        assertThat(ChangeState.parse(" approved ")).isEqualTo(ChangeState.APPROVED);
        assertThatThrownBy(() -> ChangeState.parse("sent")).hasMessageContaining("Unknown change state 'sent'")
                .hasMessageContaining("confirmed");
    }
}
