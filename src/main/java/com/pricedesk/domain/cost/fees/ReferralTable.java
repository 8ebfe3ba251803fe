package com.pricedesk.domain.cost.fees;

import java.util.Arrays;
import com.pricedesk.domain.cost.PiecewiseLinear;
import com.pricedesk.domain.cost.ProfitGrid;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** One version of the referral fee schedule: the rule of every category. */
public final class ReferralTable {
    private final TableInfo info;
    private final List<ReferralCategory> categories;
    /** normalised name → category, built once: a quote looks its category up without regexes */
    private final Map<String, ReferralCategory> byName = new HashMap<>();
    private final Map<String, ReferralCategory> byExactName = new HashMap<>();
    /** each category's fee as a function of price, built once per table version and shared by all SKUs */
    private final Map<String, PiecewiseLinear> functions = new ConcurrentHashMap<>();
    private final Map<RefundAdministrationFee, Map<String, PiecewiseLinear>> refundFunctions =
            new ConcurrentHashMap<>();
    private final Map<RefundAdministrationFee, Map<String, ProfitGrid>> profitGrids = new ConcurrentHashMap<>();
    private static final List<java.math.BigDecimal> BAND_STARTS = Arrays.stream(PriceBand.values())
            .map(PriceBand::firstCent).toList();

    public ReferralTable(TableInfo info, List<ReferralCategory> categories) {
        this.info = Objects.requireNonNull(info, "table info");
        this.categories = List.copyOf(categories);
        for (ReferralCategory c : this.categories) {
            byExactName.put(c.name(), c);
            if (byName.put(normalize(c.name()), c) != null) {
                throw new IllegalArgumentException("Referral table " + info.id() + " lists " + c.name() + " twice");
            }
        }
    }

    /** The category's fee as a function of price (see {@link ReferralCategory#asFunction()}), cached. */
    public PiecewiseLinear function(ReferralCategory category) {
        return functions.computeIfAbsent(category.name(), n -> category.asFunction());
    }

    /**
     * The refund administration fee on this category's referral fee, as a function of price: it
     * depends only on the category and the fee rule, so it is built once and shared by all SKUs.
     */
    public PiecewiseLinear refundAdministration(ReferralCategory category, RefundAdministrationFee fee) {
        return refundFunctions.computeIfAbsent(fee, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(category.name(), n -> fee.on(function(category)));
    }

    /**
     * The piece grid of the profit function for SKUs of this category: the referral fee's, the refund
     * administration fee's and the FBA price bands' starts merged once, shared by all SKUs (issue 3).
     */
    public ProfitGrid profitGrid(ReferralCategory category, RefundAdministrationFee fee) {
        return profitGrids.computeIfAbsent(fee, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(category.name(), n -> ProfitGrid.of(function(category),
                        refundAdministration(category, fee), BAND_STARTS));
    }

    public TableInfo info() {
        return info;
    }

    public List<ReferralCategory> categories() {
        return categories;
    }

    /** The category by name (case and "&amp;"/"and" insensitive); unknown names list the closest ones. */
    public ReferralCategory category(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Category is missing: the referral fee depends on it");
        }
        ReferralCategory exact = byExactName.get(name);
        if (exact != null) {
            return exact;
        }
        ReferralCategory found = byName.get(normalize(name));
        if (found != null) {
            return found;
        }
        List<String> closest = closest(name, 3);
        throw new UnknownCategoryException(name, closest);
    }

    /** The known category names nearest to {@code name}: shared words first, then edit distance. */
    public List<String> closest(String name, int count) {
        String key = normalize(name);
        Set<String> words = new HashSet<>(Arrays.asList(key.split(" ")));
        return categories.stream().map(ReferralCategory::name)
                .sorted(Comparator.<String>comparingLong(c -> -sharedWords(words, normalize(c)))
                        .thenComparingInt(c -> editDistance(key, normalize(c))))
                .limit(count).toList();
    }

    private static long sharedWords(Set<String> words, String candidate) {
        return Arrays.stream(candidate.split(" ")).distinct().filter(w -> w.length() > 2 && words.contains(w)).count();
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").trim()
                .replaceAll(" +", " ");
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The names of all categories, for help texts and errors. */
    public List<String> names() {
        return categories.stream().map(ReferralCategory::name).collect(Collectors.toList());
    }
}
