package com.pricedesk.domain.kpi;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The workspace's KPI targets: one set per tier, and per-SKU overrides on top. Every tier must have
 * a minimum margin, because the guardrail floor is built from it.
 */
public record KpiBook(Map<Tier, KpiTargets> tiers, Map<String, KpiTargets> skuOverrides) {
    public KpiBook {
        Objects.requireNonNull(tiers, "tiers");
        for (Tier t : Tier.values()) {
            KpiTargets k = tiers.get(t);
            if (k == null || k.minMarginPct().isEmpty()) {
                throw new IllegalArgumentException("The " + t.name().toLowerCase(java.util.Locale.ROOT)
                        + " tier has no minimum margin");
            }
        }
        tiers = Map.copyOf(new EnumMap<>(tiers));
        skuOverrides = Map.copyOf(skuOverrides == null ? Map.of() : skuOverrides);
    }

    /** Starting targets for a new workspace: what a cautious cross-border seller typically asks for. */
    public static KpiBook defaults() {
        Map<Tier, KpiTargets> t = new EnumMap<>(Tier.class);
        t.put(Tier.HERO, targets("15", "25", "30", "60", "10", "30", "12", 1000, "80"));
        t.put(Tier.REGULAR, targets("20", "30", "40", "90", "8", "25", "10", 5000, "70"));
        t.put(Tier.LAUNCH, targets("5", "20", "10", "120", "6", "50", "20", 20000, "50"));
        // Clearance (清仓) recovers cash: a bounded loss is accepted, turnover matters most.
        t.put(Tier.CLEARANCE, targets("-10", "0", "-10", "30", "5", "40", "10", null, "30"));
        return new KpiBook(t, Map.of());
    }

    private static KpiTargets targets(String min, String target, String roi, String cover, String conv, String acos,
                                      String tacos, Integer bsr, String bb) {
        return new KpiTargets(dec(min), dec(target), dec(roi), dec(cover), dec(conv), dec(acos), dec(tacos),
                java.util.Optional.ofNullable(bsr), dec(bb));
    }

    private static java.util.Optional<java.math.BigDecimal> dec(String v) {
        return java.util.Optional.of(new java.math.BigDecimal(v));
    }

    /** The targets that apply to one SKU: its tier's, with its own overrides on top. */
    public KpiTargets forSku(Sku sku) {
        KpiTargets tier = tiers.get(sku.tier());
        KpiTargets override = skuOverrides.get(sku.sellerSku());
        return override == null ? tier : tier.overriddenBy(override);
    }

    public KpiBook withTier(Tier tier, KpiTargets targets) {
        Map<Tier, KpiTargets> t = new EnumMap<>(tiers);
        t.put(tier, targets);
        return new KpiBook(t, skuOverrides);
    }

    public KpiBook withOverride(String sellerSku, KpiTargets override) {
        Map<String, KpiTargets> o = new java.util.HashMap<>(skuOverrides);
        o.put(sellerSku, override);
        return new KpiBook(tiers, o);
    }
}
