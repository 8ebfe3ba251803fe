package com.pricedesk.domain.rules;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import java.util.Collections;
import java.util.Set;

/**
 * Which SKUs a rule may touch: tiers, tags (any one of them), categories and explicit SKUs. An empty
 * set does not restrict; every non-empty set must match.
 */
public record RuleScope(Set<Tier> tiers, Set<String> tags, Set<String> categories, Set<String> skus) {

    public static final RuleScope EVERY_SKU = new RuleScope(Set.of(), Set.of(), Set.of(), Set.of());

    public RuleScope {
        tiers = Set.copyOf(tiers == null ? Set.of() : tiers);
        tags = Set.copyOf(tags == null ? Set.of() : tags);
        categories = Set.copyOf(categories == null ? Set.of() : categories);
        skus = Set.copyOf(skus == null ? Set.of() : skus);
    }

    public static RuleScope tiers(Tier... tiers) {
        return new RuleScope(Set.of(tiers), Set.of(), Set.of(), Set.of());
    }

    public boolean covers(Sku sku) {
        // called for every SKU × rule of a pass: plain loops, no stream per call
        return (tiers.isEmpty() || tiers.contains(sku.tier()))
                && (tags.isEmpty() || anyTag(sku.tags()))
                && (categories.isEmpty() || categories.contains(sku.category()))
                && (skus.isEmpty() || skus.contains(sku.sellerSku()));
    }

    private boolean anyTag(java.util.List<String> skuTags) {
        for (int i = 0; i < skuTags.size(); i++) {
            if (tags.contains(skuTags.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when some SKU could be in both scopes: the static conflict report only compares those rules. */
    public boolean mayOverlap(RuleScope other) {
        return meets(tiers, other.tiers) && meets(tags, other.tags) && meets(categories, other.categories)
                && meets(skus, other.skus);
    }

    private static <T> boolean meets(Set<T> a, Set<T> b) {
        return a.isEmpty() || b.isEmpty() || !Collections.disjoint(a, b);
    }
}
