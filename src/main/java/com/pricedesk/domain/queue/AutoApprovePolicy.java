package com.pricedesk.domain.queue;

import com.pricedesk.domain.catalog.Tier;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The auto-approve policy (自动审批), off by default: approves proposals whose move is within
 * ±{@code maxPct}% for the chosen tiers. Held decisions never reach the queue, so they are never
 * auto-approved; nothing is auto-approved while the emergency stop is on (the queue checks).
 */
public record AutoApprovePolicy(boolean enabled, BigDecimal maxPct, Set<Tier> tiers) {
    public static final AutoApprovePolicy OFF = new AutoApprovePolicy(false, new BigDecimal("2"),
            EnumSet.of(Tier.REGULAR));

    public AutoApprovePolicy {
        if (maxPct.signum() < 0) {
            throw new IllegalArgumentException("The auto-approve limit must not be negative: " + maxPct);
        }
        tiers = tiers.isEmpty() ? Set.of() : EnumSet.copyOf(tiers);
    }

    public boolean approves(QueuedChange change, Tier tier) {
        return enabled && tier != null && tiers.contains(tier) && change.withinBand()
                && change.changePct().abs().compareTo(maxPct) <= 0;
    }

    /** The actor recorded on an auto-approval, naming the policy, e.g. {@code policy:auto ±2% HERO,REGULAR}. */
    public String actor() {
        return "policy:auto ±" + maxPct.stripTrailingZeros().toPlainString() + "% "
                + tiers.stream().map(t -> t.name().toUpperCase(Locale.ROOT)).sorted().collect(Collectors.joining(","));
    }
}
