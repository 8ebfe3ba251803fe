package com.pricedesk.sim;

import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.port.SimulatedMarketplace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The simulator inside PriceDesk's own process for the demo workspace: a {@link LivingMarket} saved
 * in {@code <data dir>/simulator/market.json}, served by a {@link SimServer} on a free loopback port.
 */
public final class InProcessMarketplace implements SimulatedMarketplace {
    private final Path marketFile;
    private final Clock clock;
    private final double speed;
    private LivingMarket market;
    private SimServer server;

    /** {@code speed} runs the simulator's report processing and rate limits that many times faster. */
    public InProcessMarketplace(Path dataDir, Clock clock, double speed) {
        this.marketFile = dataDir.resolve("simulator").resolve("market.json");
        this.clock = new FollowingClock(clock);
        this.speed = speed;
    }

    @Override
    public synchronized AmazonAccount start(long seed, List<Listing> listings, LocalDate firstDay) {
        if (server == null) {
            List<SimProduct> products = listings.stream().map(l -> new SimProduct(l.sellerSku(), l.asin(), l.title(),
                    l.price(), l.fulfilledByAmazon(), l.quantity())).toList();
            market = LivingMarket.openOrCreate(marketFile, seed, products, firstDay, clock);
            server = new SimServer(SimConfig.of(0, market.seed(), speed), market, clock);
            try {
                server.start();
            } catch (IOException e) {
                server = null;
                throw new UncheckedIOException("Cannot start the simulated marketplace on 127.0.0.1", e);
            }
        }
        SimCredentials c = server.credentials();
        return new AmazonAccount(server.spApiEndpoint(), server.lwaEndpoint(), c.clientId(),
                Secret.of(c.clientSecret()), Secret.of(c.refreshToken()), c.sellerId(), AmazonAccount.US_MARKETPLACE);
    }

    @Override
    public boolean hasSavedMarket() {
        return LivingMarket.exists(marketFile);
    }

    @Override
    public synchronized void backfill(Consumer<List<SkuDay>> perDay, PastPricing pricing) {
        if (market == null) {
            throw new IllegalStateException("The simulated marketplace is not started");
        }
        List<SimListing> listings = market.listingsAsSaved();
        java.util.Map<String, SimListing> bySku = new java.util.HashMap<>();
        listings.forEach(l -> bySku.put(l.sellerSku(), l));
        java.util.Map<String, SkuDay> lastRow = new java.util.HashMap<>();
        market.advanceTo(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), days -> {
            List<SkuDay> rows = new ArrayList<>(days.size());
            for (SimDay d : days) {
                SimListing l = bySku.get(d.sellerSku());
                BigDecimal fees = FeesEndpoint.referralFee(d.price())
                        .add(l != null && l.fulfilledByAmazon() ? l.fbaFee() : BigDecimal.ZERO);
                SkuDay row = new SkuDay(d.sellerSku(), d.day(), d.price(), d.buyBoxPrice(), d.lowestCompetitorPrice(),
                        d.units(), d.sessions(), d.orderedSales(), d.rank(), d.adSpend(), d.adSales(),
                        d.inventoryEnd(), fees);
                rows.add(row);
                lastRow.put(d.sellerSku(), row);
            }
            perDay.accept(rows);
        }, d -> pricing.after(lastRow.get(d.sellerSku()), d.weHeldBuyBox()).orElse(null));
    }

    @Override
    public synchronized Optional<AdsAccount> adsAccount() {
        if (server == null) {
            return Optional.empty();
        }
        SimCredentials c = server.credentials();
        return Optional.of(new AdsAccount(server.spApiEndpoint(), server.lwaEndpoint(), c.clientId(),
                Secret.of(c.clientSecret()), Secret.of(c.refreshToken()), server.authority().adsProfileId()));
    }

    @Override
    public synchronized boolean serves(AmazonAccount account) {
        return server != null && account.spApiEndpoint().equals(server.spApiEndpoint());
    }

    @Override
    public synchronized void reset() {
        stop();
        try {
            Files.deleteIfExists(marketFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the simulated market " + marketFile, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
            market = null;
        }
    }
}
