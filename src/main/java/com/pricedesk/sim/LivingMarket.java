package com.pricedesk.sim;

import com.pricedesk.sim.MarketState.CompetitorState;
import com.pricedesk.sim.MarketState.ListingState;
import com.pricedesk.sim.MarketState.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A market that moves: competitors that answer our prices, a Buy Box, shoppers, ads, stock and ranks,
 * one simulated day at a time. Time is the simulator's clock: whenever the market is asked, it first
 * lives through every day that has passed (UTC days). The state is saved through its store after each
 * change, so separate runs see one market.
 */
public final class LivingMarket implements SimMarket {
    /** Days of results kept for reports (Sales and Traffic, Ads). */
    static final int KEPT_DAYS = 45;

    private final MarketState state;
    private final Map<String, ListingState> bySku;
    private final Map<String, ListingState> byAsin;
    private final Clock clock;
    private final MarketStateStore store;

    private LivingMarket(MarketState state, Clock clock, MarketStateStore store) {
        this.state = state;
        this.clock = clock;
        this.store = store;
        this.bySku = state.listings.stream().collect(Collectors.toMap(l -> l.sku, Function.identity()));
        this.byAsin = state.listings.stream().collect(Collectors.toMap(l -> l.asin, Function.identity(),
                (a, b) -> a));
    }

    /** A new market whose first simulated day is {@code firstDay}; nothing is saved until it moves. */
    public static LivingMarket create(long seed, List<SimProduct> products, LocalDate firstDay, Clock clock) {
        return new LivingMarket(MarketGenerator.generate(seed, products, firstDay), clock, MarketStateStore.none());
    }

    /** The market saved in {@code file}, or a new one there when there is none yet. */
    public static LivingMarket openOrCreate(java.nio.file.Path file, long seed, List<SimProduct> products,
                                            LocalDate firstDay, Clock clock) {
        MarketStateFile store = new MarketStateFile(file);
        MarketState s = store.load().orElseGet(() -> MarketGenerator.generate(seed, products, firstDay));
        LivingMarket m = new LivingMarket(s, clock, store);
        store.save(s);
        return m;
    }

    /** True when a saved market exists in {@code file}. */
    public static boolean exists(java.nio.file.Path file) {
        return java.nio.file.Files.exists(file);
    }

    /** Lives through every day before {@code until}, handing each day's results to {@code perDay}. */
    public synchronized void advanceTo(LocalDate until, Consumer<List<SimDay>> perDay) {
        advanceTo(until, perDay, d -> null);
    }

    /**
     * The same, and after each day (once {@code perDay} has its results) lists our price at what
     * {@code priceAfter} answers for that day's result, or leaves it when it answers null.
     */
    public synchronized void advanceTo(LocalDate until, Consumer<List<SimDay>> perDay,
                                       java.util.function.Function<SimDay, BigDecimal> priceAfter) {
        LocalDate day = LocalDate.parse(state.nextDay);
        if (!day.isBefore(until)) {
            return;
        }
        for (; day.isBefore(until); day = day.plusDays(1)) {
            List<SimDay> results = new ArrayList<>(state.listings.size());
            for (ListingState l : state.listings) {
                results.add(MarketDayStep.step(state.seed, state.sellerId, l, day));
            }
            state.nextDay = day.plusDays(1).toString();
            perDay.accept(results);
            for (int i = 0; i < results.size(); i++) {
                BigDecimal next = priceAfter.apply(results.get(i));
                if (next != null && next.signum() > 0) {
                    state.listings.get(i).price = next.setScale(2, RoundingMode.HALF_UP);
                }
            }
        }
        store.save(state);
    }

    /** The first day not lived yet: "today" for the market. */
    public synchronized LocalDate today() {
        return LocalDate.parse(state.nextDay);
    }

    private void catchUp() {
        advanceTo(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), days -> { });
    }

    public long seed() {
        return state.seed;
    }

    @Override
    public String sellerId() {
        return state.sellerId;
    }

    @Override
    public synchronized List<SimListing> listings() {
        catchUp();
        return state.listings.stream().map(this::toListing).toList();
    }

    @Override
    public synchronized Optional<SimListing> listing(String sellerSku) {
        catchUp();
        return Optional.ofNullable(bySku.get(sellerSku)).map(this::toListing);
    }

    /** Our listings as they stand, without living the days that have passed (for a backfill about to). */
    synchronized List<SimListing> listingsAsSaved() {
        return state.listings.stream().map(this::toListing).toList();
    }

    private SimListing toListing(ListingState l) {
        return new SimListing(l.sku, l.asin, l.title, "PRODUCT", l.price, l.minimumPrice, l.maximumPrice, l.fba,
                l.fulfillable, l.fbaFee);
    }

    /** New-condition offers only: that is what the repricing calls ask for. */
    @Override
    public synchronized List<SimOffer> offers(String asin) {
        catchUp();
        ListingState l = byAsin.get(asin);
        if (l == null) {
            return List.of();
        }
        LocalDate today = today();
        List<SimOffer> out = new ArrayList<>();
        for (CompetitorState c : l.competitors) {
            if (!c.used && MarketDayStep.present(c, today)) {
                out.add(new SimOffer(c.sellerId, c.price, c.shipping, c.fba, c.fba, c.feedbackCount,
                        c.feedbackPercent));
            }
        }
        if (l.fulfillable > 0 || !l.fba) {
            out.add(new SimOffer(state.sellerId, l.price, BigDecimal.ZERO.setScale(2), l.fba, l.fba, 1200, 98));
        }
        return out;
    }

    /** The used copies other sellers offer on the page (about one competitor in eight sells used). */
    @Override
    public synchronized List<SimOffer> usedOffers(String asin) {
        catchUp();
        ListingState l = byAsin.get(asin);
        if (l == null) {
            return List.of();
        }
        List<SimOffer> out = new ArrayList<>();
        for (CompetitorState c : l.competitors) {
            if (c.used) {
                out.add(new SimOffer(c.sellerId, c.price, c.shipping, c.fba, c.fba, c.feedbackCount,
                        c.feedbackPercent));
            }
        }
        return out;
    }

    @Override
    public synchronized Optional<SimOffer> buyBox(String asin) {
        catchUp();
        ListingState l = byAsin.get(asin);
        if (l == null) {
            return Optional.empty();
        }
        Optional<FeaturedOfferRule.Candidate> w = MarketDayStep.buyBox(state.sellerId, l, today());
        return w.flatMap(c -> offers(asin).stream().filter(o -> o.sellerId().equals(c.sellerId())).findFirst());
    }

    @Override
    public synchronized void setPrice(String sellerSku, BigDecimal price, BigDecimal minimumPrice,
                                      BigDecimal maximumPrice) {
        catchUp();
        ListingState l = bySku.get(sellerSku);
        if (l == null) {
            throw new IllegalArgumentException("No listing " + sellerSku);
        }
        l.price = price.setScale(2, RoundingMode.HALF_UP);
        l.minimumPrice = minimumPrice;
        l.maximumPrice = maximumPrice;
        store.save(state);
    }

    @Override
    public synchronized void setPrices(List<PriceChange> changes) {
        catchUp();
        for (PriceChange c : changes) {
            ListingState l = bySku.get(c.sellerSku());
            if (l == null) {
                throw new IllegalArgumentException("No listing " + c.sellerSku());
            }
            l.price = c.price().setScale(2, RoundingMode.HALF_UP);
            l.minimumPrice = c.minimumPrice();
            l.maximumPrice = c.maximumPrice();
        }
        // One save for the whole feed: a 10,000-price feed used to write the market's state 10,000 times.
        store.save(state);
    }

    @Override
    public synchronized Optional<SimDay> day(String sellerSku, LocalDate day) {
        catchUp();
        ListingState l = bySku.get(sellerSku);
        if (l == null) {
            return Optional.empty();
        }
        return l.days.stream().filter(d -> d.day().equals(day)).findFirst();
    }

    @Override
    public synchronized SimStock stock(String sellerSku) {
        catchUp();
        ListingState l = bySku.get(sellerSku);
        if (l == null) {
            return SimStock.of(0);
        }
        LocalDate today = today();
        int[] ages = new int[5];
        for (Receipt r : l.receipts) {
            long age = ChronoUnit.DAYS.between(LocalDate.parse(r.day), today);
            int bucket = age <= 90 ? 0 : age <= 180 ? 1 : age <= 270 ? 2 : age <= 365 ? 3 : 4;
            ages[bucket] += r.units;
        }
        return new SimStock(l.fulfillable, l.inbound, 0, ages[0], ages[1], ages[2], ages[3], ages[4]);
    }

    @Override
    public synchronized OptionalInt salesRank(String asin) {
        catchUp();
        ListingState l = byAsin.get(asin);
        return l == null ? OptionalInt.empty() : OptionalInt.of(l.rank);
    }
}
