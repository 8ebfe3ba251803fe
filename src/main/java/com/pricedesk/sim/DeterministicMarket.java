package com.pricedesk.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A still market: competitors are generated once from the seed and never move; only our own prices
 * change. The same seed and products always give the same market, so tests and demos repeat.
 */
public final class DeterministicMarket implements SimMarket {
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final String sellerId;
    private final Map<String, SimListing> listings = new LinkedHashMap<>();
    private final Map<String, List<SimOffer>> competitors = new LinkedHashMap<>();

    public DeterministicMarket(long seed, List<SimProduct> products) {
        Random rnd = new Random(seed);
        this.sellerId = sellerId(rnd);
        for (SimProduct p : products) {
            BigDecimal fbaFee = new BigDecimal(300 + rnd.nextInt(500)).movePointLeft(2);
            listings.put(p.sellerSku(), new SimListing(p.sellerSku(), p.asin(), p.title(), "PRODUCT", p.price(),
                    null, null, p.fulfilledByAmazon(), p.quantity(), fbaFee));
            competitors.put(p.asin(), competitorsFor(p.price(), rnd));
        }
    }

    /** A small market of {@code count} generated products, for {@code sim serve} without a catalogue. */
    public static List<SimProduct> sampleProducts(long seed, int count) {
        Random rnd = new Random(seed * 31 + 7);
        List<SimProduct> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            BigDecimal price = new BigDecimal(999 + rnd.nextInt(4000)).movePointLeft(2);
            out.add(new SimProduct(String.format("SIM-%04d", i), "B0" + randomId(rnd, 8), "Simulated product " + i,
                    price, rnd.nextInt(4) != 0, 20 + rnd.nextInt(300)));
        }
        return out;
    }

    private static List<SimOffer> competitorsFor(BigDecimal ourPrice, Random rnd) {
        int n = 1 + rnd.nextInt(4);
        List<SimOffer> offers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Within -15 % .. +15 % of our price, to the cent.
            BigDecimal factor = BigDecimal.valueOf(85 + rnd.nextInt(31)).movePointLeft(2);
            BigDecimal price = ourPrice.multiply(factor).setScale(2, RoundingMode.HALF_UP).max(CENT);
            boolean fba = rnd.nextBoolean();
            BigDecimal shipping = fba || rnd.nextBoolean() ? BigDecimal.ZERO.setScale(2)
                    : new BigDecimal(299 + rnd.nextInt(300)).movePointLeft(2);
            offers.add(new SimOffer(sellerId(rnd), price, shipping, fba, fba, 10 + rnd.nextInt(5000),
                    80 + rnd.nextInt(21)));
        }
        return List.copyOf(offers);
    }

    private static String sellerId(Random rnd) {
        return "A" + randomId(rnd, 13);
    }

    private static String randomId(Random rnd, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ID_CHARS.charAt(rnd.nextInt(ID_CHARS.length())));
        }
        return b.toString();
    }

    @Override
    public String sellerId() {
        return sellerId;
    }

    @Override
    public synchronized List<SimListing> listings() {
        return List.copyOf(listings.values());
    }

    @Override
    public synchronized Optional<SimListing> listing(String sellerSku) {
        return Optional.ofNullable(listings.get(sellerSku));
    }

    @Override
    public synchronized List<SimOffer> offers(String asin) {
        List<SimOffer> all = new ArrayList<>(competitors.getOrDefault(asin, List.of()));
        listings.values().stream().filter(l -> l.asin().equals(asin)).findFirst().ifPresent(l -> all.add(
                new SimOffer(sellerId, l.price(), BigDecimal.ZERO.setScale(2), l.fulfilledByAmazon(),
                        l.fulfilledByAmazon(), 1200, 98)));
        return all;
    }

    @Override
    public synchronized Optional<SimOffer> buyBox(String asin) {
        return BuyBoxRule.winner(offers(asin));
    }

    @Override
    public synchronized void setPrice(String sellerSku, BigDecimal price, BigDecimal minimumPrice,
                                      BigDecimal maximumPrice) {
        SimListing l = listings.get(sellerSku);
        if (l == null) {
            throw new IllegalArgumentException("No listing " + sellerSku);
        }
        listings.put(sellerSku, new SimListing(l.sellerSku(), l.asin(), l.title(), l.productType(), price,
                minimumPrice, maximumPrice, l.fulfilledByAmazon(), l.quantity(), l.fbaFee()));
    }
}
