package com.pricedesk.app.kpi;

import com.pricedesk.domain.kpi.Kpi;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.kpi.KpiValue;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Competitors;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.SkuFacts;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one SKU stands: the market facts its KPIs were computed from (our price and landed cost
 * filled in from the workspace), one {@link KpiValue} per target its tier or overrides set, the
 * overall status, and the seller's manual price limits.
 *
 * @param overall BREACH if any KPI is breached, else WARNING if any warns, else OK if any is known to
 *                be met, else UNKNOWN (no target, or no fact behind any target)
 */
public record SkuKpiStatus(String sellerSku, SkuFacts facts, List<KpiValue> values, KpiStatus overall,
                           PriceLimits limits) {

    public SkuKpiStatus {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(facts, "facts");
        values = List.copyOf(values);
        Objects.requireNonNull(overall, "overall");
        limits = limits == null ? PriceLimits.NONE : limits;
    }

    /** The worst known status of the values; UNKNOWN when none is known. */
    public static KpiStatus overall(List<KpiValue> values) {
        boolean ok = false;
        boolean warning = false;
        for (KpiValue v : values) {
            switch (v.status()) {
                case BREACH -> {
                    return KpiStatus.BREACH;
                }
                case WARNING -> warning = true;
                case OK -> ok = true;
                default -> { }
            }
        }
        return warning ? KpiStatus.WARNING : ok ? KpiStatus.OK : KpiStatus.UNKNOWN;
    }

    /** When the market data was observed (the latest offers snapshot); empty before any sync. */
    public Optional<Instant> dataAsOf() {
        return facts.snapshotAt();
    }

    public Optional<Money> buyBoxPrice() {
        return facts.buyBoxPrice();
    }

    /** The cheapest new-condition competitor's landed price (our own offer never counts). */
    public Optional<Money> lowestCompetitorPrice() {
        return Competitors.of(facts, CompetitorFilter.DEFAULT).lowest().map(Offer::landedPrice);
    }

    /** The value of one KPI, if the SKU has a target for it. */
    public Optional<KpiValue> value(Kpi kpi) {
        return values.stream().filter(v -> v.kpi() == kpi).findFirst();
    }
}
