package com.pricedesk.domain.queue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a price change stands (调价状态). The allowed moves are the lifecycle of PRODUCT.md §5:
 * PROPOSED → APPROVED | REJECTED | SUPERSEDED | EXPIRED; APPROVED → SUBMITTING → SUBMITTED →
 * CONFIRMED | FAILED; HELD when the live price changed outside PriceDesk.
 */
public enum ChangeState {
    PROPOSED, APPROVED, HELD, REJECTED, SUPERSEDED, EXPIRED, SUBMITTING, SUBMITTED, CONFIRMED, FAILED;

    /** The states this one may move to; empty for a final state. */
    public Set<ChangeState> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(APPROVED, REJECTED, SUPERSEDED, EXPIRED);
            // Approved but not yet sent: a newer proposal or the expiry sweep may still retire it, and
            // the live-price check holds it.
            case APPROVED -> EnumSet.of(SUBMITTING, HELD, SUPERSEDED, EXPIRED, REJECTED, FAILED);
            // Held for the seller to look at: approve again (after checking Seller Central) or drop it.
            case HELD -> EnumSet.of(APPROVED, REJECTED, SUPERSEDED, EXPIRED);
            // A crash after the request but before SUBMITTED: the read-back may already show the price.
            case SUBMITTING -> EnumSet.of(SUBMITTED, CONFIRMED, FAILED);
            case SUBMITTED -> EnumSet.of(CONFIRMED, FAILED);
            case REJECTED, SUPERSEDED, EXPIRED, CONFIRMED, FAILED -> EnumSet.noneOf(ChangeState.class);
        };
    }

    public boolean canMoveTo(ChangeState target) {
        return next().contains(target);
    }

    /** No further move is possible. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Waiting for a decision or for sending: a newer proposal for the same SKU supersedes it. */
    public boolean isOpen() {
        return this == PROPOSED || this == APPROVED || this == HELD;
    }

    /** A request may have reached Amazon: only a read-back may decide what happens next. */
    public boolean isInFlight() {
        return this == SUBMITTING || this == SUBMITTED;
    }

    /** Message key of the state's display name, e.g. {@code change.state.approved}. */
    public String messageKey() {
        return "change.state." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a state as typed on the command line (any case). */
    public static ChangeState parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown change state '" + text + "': use one of "
                    + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT), e);
        }
    }
}
