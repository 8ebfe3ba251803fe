package com.pricedesk.app.imports;

import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceSettings;
import com.pricedesk.domain.imports.CostField;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields in which two stored states of a SKU differ, by value: 12.50 and 12.5 are the same
 * cost, and tag order does not matter.
 */
final class SnapshotDiff {
    private SnapshotDiff() {
    }

    static Set<CostField> changed(SkuSnapshot a, SkuSnapshot b) {
        Set<CostField> out = EnumSet.noneOf(CostField.class);
        Sku x = a.sku();
        Sku y = b.sku();
        check(out, CostField.ASIN, x.asin(), y.asin());
        check(out, CostField.TITLE, x.title(), y.title());
        check(out, CostField.LOCAL_TITLE, x.localTitle(), y.localTitle());
        check(out, CostField.CATEGORY, x.category(), y.category());
        check(out, CostField.TIER, x.tier(), y.tier());
        check(out, CostField.TAGS, x.tags().stream().sorted().toList(), y.tags().stream().sorted().toList());
        dim(out, CostField.LENGTH, x.dimensions(), y.dimensions(), Dimensions::lengthCm);
        dim(out, CostField.WIDTH, x.dimensions(), y.dimensions(), Dimensions::widthCm);
        dim(out, CostField.HEIGHT, x.dimensions(), y.dimensions(), Dimensions::heightCm);
        num(out, CostField.WEIGHT, x.weight() == null ? null : x.weight().kg(),
                y.weight() == null ? null : y.weight().kg());
        prices(out, a.prices(), b.prices());
        CostProfile p = a.cost();
        CostProfile q = b.cost();
        if (p == null && q == null) {
            return out;
        }
        money(out, CostField.PURCHASE, p, q, CostProfile::purchase);
        check(out, CostField.FREIGHT_BASIS, p == null ? null : p.freightBasis(), q == null ? null : q.freightBasis());
        money(out, CostField.FREIGHT, p, q, CostProfile::freightRate);
        check(out, CostField.VOLUMETRIC_DIVISOR, p == null ? null : p.volumetricDivisor(),
                q == null ? null : q.volumetricDivisor());
        pct(out, CostField.TARIFF, p, q, CostProfile::tariffPct);
        money(out, CostField.CUSTOMS_VALUE, p, q, CostProfile::customsValue);
        money(out, CostField.PACKAGING, p, q, CostProfile::packaging);
        money(out, CostField.LABELING, p, q, CostProfile::labeling);
        money(out, CostField.PREP, p, q, CostProfile::prep);
        money(out, CostField.OTHER, p, q, CostProfile::other);
        money(out, CostField.INBOUND_PLACEMENT, p, q, CostProfile::inboundPlacement);
        pct(out, CostField.RETURN_RATE, p, q, CostProfile::returnRatePct);
        pct(out, CostField.UNSELLABLE, p, q, CostProfile::unsellablePct);
        pct(out, CostField.TACOS, p, q, CostProfile::tacosPct);
        pct(out, CostField.STORAGE_MONTHS, p, q, CostProfile::storageMonths);
        return out;
    }

    /** A snapshot that does not speak for the seller's prices (null: old history) is compared without them. */
    private static void prices(Set<CostField> out, PriceSettings a, PriceSettings b) {
        if (a == null || b == null) {
            return;
        }
        price(out, CostField.MIN_PRICE, a.manualMin(), b.manualMin());
        price(out, CostField.MAX_PRICE, a.manualMax(), b.manualMax());
        price(out, CostField.REGULAR_PRICE, a.regularPrice(), b.regularPrice());
    }

    private static void price(Set<CostField> out, CostField f, Money x, Money y) {
        num(out, f, x == null ? null : x.amount(), y == null ? null : y.amount());
    }

    private static void check(Set<CostField> out, CostField f, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(f);
        }
    }

    private static void num(Set<CostField> out, CostField f, BigDecimal a, BigDecimal b) {
        if (a == null || b == null ? a != b : a.compareTo(b) != 0) {
            out.add(f);
        }
    }

    private static void dim(Set<CostField> out, CostField f, Dimensions a, Dimensions b,
                            Function<Dimensions, BigDecimal> part) {
        num(out, f, a == null ? null : part.apply(a), b == null ? null : part.apply(b));
    }

    private static void pct(Set<CostField> out, CostField f, CostProfile a, CostProfile b,
                            Function<CostProfile, BigDecimal> part) {
        num(out, f, a == null ? null : part.apply(a), b == null ? null : part.apply(b));
    }

    private static void money(Set<CostField> out, CostField f, CostProfile a, CostProfile b,
                              Function<CostProfile, Money> part) {
        Money x = a == null ? null : part.apply(a);
        Money y = b == null ? null : part.apply(b);
        if (x == null || y == null) {
            if (x != y) {
                out.add(f);
            }
        } else if (!x.currency().equals(y.currency()) || x.amount().compareTo(y.amount()) != 0) {
            out.add(f);
        }
    }

    static boolean same(SkuSnapshot a, SkuSnapshot b) {
        return changed(a, b).isEmpty();
    }

    static List<String> names(Set<CostField> fields) {
        return fields.stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
