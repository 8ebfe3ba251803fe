package com.pricedesk.app.demo;

import com.pricedesk.app.demo.ProductTemplate.Variant;
import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates the demo seller's catalogue deterministically from a seed: the same seed always gives
 * the same SKUs, costs and prices, so screenshots, tests and bug reports agree.
 */
public final class DemoCatalog {

    /** One generated listing with its costs and current price. */
    public record Item(Sku sku, CostProfile cost, Money price) {
    }

    private static final String ASIN_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final BigDecimal SEA_PER_KG_CNY = new BigDecimal("11.50");
    private static final BigDecimal AIR_PER_KG_CNY = new BigDecimal("42.00");
    private static final BigDecimal SEA_PER_CBM_CNY = new BigDecimal("1850");

    private DemoCatalog() {
    }

    public static List<Item> generate(long seed, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("The demo needs at least 1 SKU, was asked for " + count);
        }
        Random rnd = new Random(seed);
        List<Item> items = new ArrayList<>(count);
        Set<String> asins = new HashSet<>();
        // First every variant of every line; then second listings ("V2" links, a common way sellers
        // test a new mold or packaging) until the count is reached.
        for (int generation = 1; items.size() < count; generation++) {
            for (ProductTemplate t : DemoProducts.ALL) {
                for (Variant v : t.variants()) {
                    if (items.size() == count) {
                        return items;
                    }
                    items.add(item(t, v, generation, rnd, asins));
                }
            }
        }
        return items;
    }

    private static Item item(ProductTemplate t, Variant v, int generation, Random rnd, Set<String> asins) {
        String suffix = generation == 1 ? "" : "-V" + generation;
        String sellerSku = t.code() + "-" + v.code() + suffix;
        String title = (generation == 1 ? "" : "Upgraded ") + t.title() + " (" + v.label() + ")";
        String localTitle = t.localTitle() + " " + v.localLabel() + (generation == 1 ? "" : " 新款");
        BigDecimal factor = new BigDecimal(v.factor());
        // +-8% jitter: two colours of one product never cost exactly the same at the factory.
        BigDecimal jitter = BigDecimal.valueOf(92 + rnd.nextInt(17)).movePointLeft(2);
        BigDecimal weight = new BigDecimal(t.weightKg()).multiply(factor.min(new BigDecimal("1.6")).max(BigDecimal.ONE))
                .setScale(3, RoundingMode.HALF_UP);
        BigDecimal height = new BigDecimal(t.heightCm()).multiply(factor.sqrt(java.math.MathContext.DECIMAL32))
                .setScale(1, RoundingMode.HALF_UP);
        Dimensions dims = new Dimensions(new BigDecimal(t.lengthCm()), new BigDecimal(t.widthCm()), height);
        Tier tier = tier(rnd, generation);
        List<String> tags = tags(rnd, t);
        Sku sku = new Sku(sellerSku, asin(rnd, asins), title, localTitle, t.category(), tier, tags, dims,
                new Weight(weight));

        Money purchase = Money.cny(new BigDecimal(t.costCny()).multiply(factor).multiply(jitter)
                .setScale(2, RoundingMode.HALF_UP).toPlainString());
        CostProfile cost = costProfile(rnd, t, purchase, tags);
        Money price = Money.usd(ninetyNine(new BigDecimal(t.priceUsd()).multiply(factor.sqrt(java.math.MathContext.DECIMAL32)
                .max(BigDecimal.ONE).min(factor)).multiply(priceJitter(rnd, tier))));
        return new Item(sku, cost, price);
    }

    private static CostProfile costProfile(Random rnd, ProductTemplate t, Money purchase, List<String> tags) {
        FreightBasis basis;
        Money rate;
        if (tags.contains("air-freight")) {
            basis = FreightBasis.PER_KG;
            rate = new Money(AIR_PER_KG_CNY, Money.CNY);
        } else if (rnd.nextInt(5) == 0) {
            basis = FreightBasis.PER_CBM;
            rate = new Money(SEA_PER_CBM_CNY, Money.CNY);
        } else {
            basis = FreightBasis.PER_KG;
            rate = new Money(SEA_PER_KG_CNY, Money.CNY);
        }
        return new CostProfile(purchase, basis, rate, CostProfile.DEFAULT_VOLUMETRIC_DIVISOR,
                new BigDecimal(t.tariffPct()), null,
                Money.cny(rnd.nextBoolean() ? "1.20" : "0.80"), Money.cny("0.30"), Money.zero(Money.CNY),
                Money.zero(Money.CNY), Money.usd(rnd.nextInt(3) == 0 ? "0.27" : "0.21"),
                BigDecimal.valueOf(2 + rnd.nextInt(7)), BigDecimal.valueOf(10 + rnd.nextInt(4) * 10),
                BigDecimal.valueOf(6 + rnd.nextInt(9)), new BigDecimal(rnd.nextInt(3) == 0 ? "2.0" : "1.5"));
    }

    private static Tier tier(Random rnd, int generation) {
        if (generation > 1) {
            return Tier.LAUNCH;
        }
        int r = rnd.nextInt(100);
        if (r < 12) {
            return Tier.HERO;
        }
        if (r < 80) {
            return Tier.REGULAR;
        }
        return r < 90 ? Tier.LAUNCH : Tier.CLEARANCE;
    }

    private static List<String> tags(Random rnd, ProductTemplate t) {
        List<String> tags = new ArrayList<>();
        if (t.code().startsWith("OD-") || t.code().startsWith("GD-")) {
            tags.add("summer");
        }
        if (t.code().startsWith("HM-BLKT") || t.code().startsWith("KT-KETL") || t.code().startsWith("HM-WBLK")) {
            tags.add("gift");
            tags.add("Q4-peak");
        }
        tags.add(rnd.nextBoolean() ? "factory-A" : "factory-B");
        tags.add(rnd.nextInt(6) == 0 ? "air-freight" : "sea-freight");
        if (rnd.nextInt(5) == 0) {
            tags.add("price-sensitive");
        }
        return tags;
    }

    private static BigDecimal priceJitter(Random rnd, Tier tier) {
        int base = tier == Tier.CLEARANCE ? 85 : 95;
        return BigDecimal.valueOf(base + rnd.nextInt(11)).movePointLeft(2);
    }

    /** Rounds up to the next .99 ending, as sellers price. */
    static BigDecimal ninetyNine(BigDecimal price) {
        BigDecimal whole = price.setScale(0, RoundingMode.FLOOR);
        BigDecimal candidate = whole.add(new BigDecimal("0.99"));
        if (candidate.compareTo(price) < 0) {
            candidate = candidate.add(BigDecimal.ONE);
        }
        return candidate.max(new BigDecimal("5.99"));
    }

    private static String asin(Random rnd, Set<String> taken) {
        while (true) {
            StringBuilder b = new StringBuilder("B0");
            for (int i = 0; i < 8; i++) {
                b.append(ASIN_CHARS.charAt(rnd.nextInt(ASIN_CHARS.length())));
            }
            if (taken.add(b.toString())) {
                return b.toString();
            }
        }
    }
}
