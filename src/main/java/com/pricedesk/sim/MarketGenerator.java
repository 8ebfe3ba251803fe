package com.pricedesk.sim;

import com.pricedesk.sim.MarketState.CompetitorState;
import com.pricedesk.sim.MarketState.ListingState;
import com.pricedesk.sim.MarketState.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Builds a living market's first day from a seed and our products: the same inputs, the same market. */
final class MarketGenerator {
    static final String AMAZON_SELLER_ID = "ATVPDKIKX0DER";
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private MarketGenerator() {
    }

    static MarketState generate(long seed, List<SimProduct> products, LocalDate firstDay) {
        Random root = new Random(seed);
        MarketState s = new MarketState();
        s.seed = seed;
        s.sellerId = "A" + randomId(root, 13);
        s.nextDay = firstDay.toString();
        for (SimProduct p : products) {
            s.listings.add(listing(seed, p, firstDay));
        }
        return s;
    }

    private static ListingState listing(long seed, SimProduct p, LocalDate firstDay) {
        // One generator per SKU: adding a product does not reshuffle the others' markets.
        Random rnd = new Random(seed * 31 + p.sellerSku().hashCode());
        ListingState l = new ListingState();
        l.sku = p.sellerSku();
        l.asin = p.asin();
        l.title = p.title();
        l.fba = p.fulfilledByAmazon();
        l.fbaFee = new BigDecimal(300 + rnd.nextInt(500)).movePointLeft(2);
        l.price = p.price().setScale(2, RoundingMode.HALF_UP);
        l.referencePrice = l.price;
        l.baseSessions = 15 * Math.exp(rnd.nextDouble() * 3.2);
        l.baseConversion = 0.06 + rnd.nextDouble() * 0.10;
        l.elasticity = 1.5 + rnd.nextDouble() * 2.5;
        l.leadDays = 10 + rnd.nextInt(21);
        // Cost per click follows the price (dearer products bid dearer keywords): 1 % to 4.3 % of it,
        // so a listing converting at 8-10 % runs an ACoS of roughly 10 to 50 %, as real shops do.
        l.costPerClick = l.price.multiply(new BigDecimal(35 + rnd.nextInt(116)))
                .divide(new BigDecimal(3500), 2, RoundingMode.HALF_UP).max(new BigDecimal("0.10"));
        l.adClickShare = 0.10 + rnd.nextDouble() * 0.25;
        l.rankScale = rankScale(seed, p.sellerSku());
        l.rank = RankModel.target(l.baseSessions * l.baseConversion, l.rankScale);
        // The opening stock arrived in two or three receipts, some of them old, so ages vary.
        int stock = Math.max(0, p.quantity());
        int parts = 2 + rnd.nextInt(2);
        int left = stock;
        for (int i = 0; i < parts && left > 0; i++) {
            int units = i == parts - 1 ? left : left / 2;
            l.receipts.add(new Receipt(firstDay.minusDays(10 + rnd.nextInt(200)).toString(), units));
            left -= units;
        }
        l.receipts.sort((a, b) -> a.day.compareTo(b.day));
        l.fulfillable = stock;
        int count = rnd.nextInt(9);
        boolean amazonHere = rnd.nextInt(100) < 15;
        boolean absurdHere = rnd.nextInt(100) < 12;
        for (int i = 0; i < count; i++) {
            CompetitorBehaviour b = i == 0 && amazonHere ? CompetitorBehaviour.AMAZON
                    : i == 1 && absurdHere ? CompetitorBehaviour.ABSURD : ordinary(rnd);
            l.competitors.add(competitor(rnd, b, l.price));
        }
        return l;
    }

    /**
     * About one listing in six sits in a small main category where the shop's sales reach the top
     * ranks. Drawn apart from the rest so the other draws (and every existing market) stay the same.
     */
    static double rankScale(long seed, String sellerSku) {
        return new Random(seed * 17 + sellerSku.hashCode()).nextInt(6) == 0
                ? RankModel.SMALL_CATEGORY_SCALE : RankModel.SCALE;
    }

    private static CompetitorBehaviour ordinary(Random rnd) {
        int r = rnd.nextInt(100);
        return r < 55 ? CompetitorBehaviour.STILL : r < 70 ? CompetitorBehaviour.MATCH
                : r < 85 ? CompetitorBehaviour.UNDERCUT : CompetitorBehaviour.FOLLOW;
    }

    private static CompetitorState competitor(Random rnd, CompetitorBehaviour b, BigDecimal ourPrice) {
        CompetitorState c = new CompetitorState();
        c.behaviour = b;
        c.sellerId = b == CompetitorBehaviour.AMAZON ? AMAZON_SELLER_ID : "A" + randomId(rnd, 13);
        c.price = scale(ourPrice, 88 + rnd.nextInt(28));
        c.floor = scale(ourPrice, 75 + rnd.nextInt(20));
        c.fba = b == CompetitorBehaviour.AMAZON || (b != CompetitorBehaviour.ABSURD && rnd.nextBoolean());
        c.used = b != CompetitorBehaviour.AMAZON && b != CompetitorBehaviour.ABSURD && rnd.nextInt(100) < 12;
        c.shipping = c.fba || rnd.nextBoolean() ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(299 + rnd.nextInt(300)).movePointLeft(2);
        c.handlingDays = c.fba ? 1 : 1 + rnd.nextInt(5);
        c.feedbackCount = b == CompetitorBehaviour.AMAZON ? 1_000_000 : b == CompetitorBehaviour.ABSURD
                ? rnd.nextInt(8) : 10 + rnd.nextInt(20_000);
        c.feedbackPercent = b == CompetitorBehaviour.AMAZON ? 100 : b == CompetitorBehaviour.ABSURD
                ? 40 + rnd.nextInt(30) : 80 + rnd.nextInt(21);
        return c;
    }

    static BigDecimal scale(BigDecimal price, int percent) {
        return price.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP)
                .max(new BigDecimal("0.01"));
    }

    private static String randomId(Random rnd, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ID_CHARS.charAt(rnd.nextInt(ID_CHARS.length())));
        }
        return b.toString();
    }
}
