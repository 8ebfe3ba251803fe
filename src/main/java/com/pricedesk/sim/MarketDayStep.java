package com.pricedesk.sim;

import com.pricedesk.sim.MarketState.CompetitorState;
import com.pricedesk.sim.MarketState.ListingState;
import com.pricedesk.sim.MarketState.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs one listing through one day: competitors answer our price, the Buy Box is awarded, shoppers
 * come and buy (fewer when we are dearer than the others or lose the Buy Box), ads spend, stock
 * sells down and is reordered with a lead time, and the rank follows sales.
 */
final class MarketDayStep {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private MarketDayStep() {
    }

    /** The day's random numbers depend only on seed, SKU and date, so the market replays exactly. */
    static SplittableRandom random(long seed, String sku, LocalDate day) {
        return new SplittableRandom(seed ^ (sku.hashCode() * 0x9E3779B97F4A7C15L) ^ (day.toEpochDay()
                * 0xC2B2AE3D27D4EB4FL));
    }

    static SimDay step(long seed, String ourSellerId, ListingState l, LocalDate day) {
        SplittableRandom rnd = random(seed, l.sku, day);
        for (CompetitorState c : l.competitors) {
            react(c, l.price, day, rnd);
        }
        receive(l, day);
        Optional<FeaturedOfferRule.Candidate> winner = buyBox(ourSellerId, l, day);
        boolean weHold = winner.map(w -> w.sellerId().equals(ourSellerId)).orElse(false);
        BigDecimal lowest = lowestCompetitor(l, day);

        double weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                ? 1.15 : 1.0;
        int organic = (int) Math.round(l.baseSessions * weekday * (0.8 + rnd.nextDouble() * 0.4));
        int adClicks = (int) Math.round(organic * l.adClickShare);
        int sessions = organic + adClicks;
        // Dearer than the cheapest other offer (or, alone on the page, than the usual price) converts
        // worse, cheaper converts better, within limits.
        BigDecimal reference = lowest != null ? lowest : l.referencePrice;
        double ratio = reference.doubleValue() / l.price.doubleValue();
        double conversion = Math.min(l.baseConversion * Math.pow(ratio, l.elasticity), l.baseConversion * 3);
        if (!weHold) {
            conversion *= 0.1;
        }
        int units = (int) Math.floor(sessions * conversion + rnd.nextDouble());
        units = Math.max(0, Math.min(units, l.fulfillable));
        sell(l, units);
        int adUnits = sessions == 0 ? 0 : (int) Math.round((double) units * adClicks / sessions);
        BigDecimal adSpend = l.costPerClick.multiply(BigDecimal.valueOf(adClicks)).setScale(2, RoundingMode.HALF_UP);
        long impressions = adClicks * (150L + rnd.nextInt(250));
        double recent = averageUnits(l, units);
        l.rank = RankModel.next(l.rank, recent, l.rankScale);
        reorder(l, day, recent);
        SimDay d = new SimDay(l.sku, day, l.price, winner.map(FeaturedOfferRule.Candidate::landedPrice).orElse(null),
                lowest, weHold, sessions, units, l.price.multiply(BigDecimal.valueOf(units)), l.rank, impressions,
                adClicks, adSpend, l.price.multiply(BigDecimal.valueOf(adUnits)), adUnits, l.fulfillable);
        l.days.add(d);
        while (l.days.size() > LivingMarket.KEPT_DAYS) {
            l.days.remove(0);
        }
        return d;
    }

    static Optional<FeaturedOfferRule.Candidate> buyBox(String ourSellerId, ListingState l, LocalDate day) {
        List<FeaturedOfferRule.Candidate> candidates = new ArrayList<>();
        if (l.fulfillable > 0) {
            candidates.add(FeaturedOfferRule.ours(ourSellerId, l.price, l.fba));
        }
        for (CompetitorState c : l.competitors) {
            if (!c.used && present(c, day)) {
                candidates.add(FeaturedOfferRule.of(c));
            }
        }
        return FeaturedOfferRule.winner(candidates);
    }

    static BigDecimal lowestCompetitor(ListingState l, LocalDate day) {
        return l.competitors.stream().filter(c -> !c.used && present(c, day)).map(c -> c.price.add(c.shipping))
                .min(BigDecimal::compareTo).orElse(null);
    }

    /** An absurd undercutter is only on the page for the few days it shows up. */
    static boolean present(CompetitorState c, LocalDate day) {
        return c.behaviour != CompetitorBehaviour.ABSURD
                || (c.activeUntil != null && day.isBefore(LocalDate.parse(c.activeUntil)));
    }

    private static void react(CompetitorState c, BigDecimal ours, LocalDate day, SplittableRandom rnd) {
        switch (c.behaviour) {
            case STILL, AMAZON -> {
                if (rnd.nextInt(100) < 5) {
                    c.price = MarketGenerator.scale(c.price, 97 + rnd.nextInt(7)).max(c.floor);
                }
            }
            case MATCH -> c.price = ours.max(c.floor);
            case UNDERCUT -> c.price = ours.subtract(CENT).max(c.floor);
            case FOLLOW -> c.price = MarketGenerator.scale(ours, 99).max(c.floor);
            case ABSURD -> {
                if (!present(c, day) && rnd.nextInt(100) < 3) {
                    c.activeUntil = day.plusDays(1 + rnd.nextInt(3)).toString();
                    c.price = MarketGenerator.scale(ours, 25 + rnd.nextInt(16));
                }
            }
        }
    }

    private static void receive(ListingState l, LocalDate day) {
        if (l.inboundArrives != null && !day.isBefore(LocalDate.parse(l.inboundArrives))) {
            l.fulfillable += l.inbound;
            l.receipts.add(new Receipt(day.toString(), l.inbound));
            l.inbound = 0;
            l.inboundArrives = null;
        }
    }

    /** Sells oldest units first, so the receipts always add up to the sellable stock. */
    private static void sell(ListingState l, int units) {
        l.fulfillable -= units;
        int left = units;
        while (left > 0 && !l.receipts.isEmpty()) {
            Receipt r = l.receipts.get(0);
            int take = Math.min(left, r.units);
            r.units -= take;
            left -= take;
            if (r.units == 0) {
                l.receipts.remove(0);
            }
        }
    }

    private static double averageUnits(ListingState l, int today) {
        int n = 1;
        double sum = today;
        for (int i = l.days.size() - 1; i >= 0 && n < 7; i--, n++) {
            sum += l.days.get(i).units();
        }
        return sum / n;
    }

    /** Reorders when stock plus inbound would not last the lead time and a month; ships two months' worth. */
    private static void reorder(ListingState l, LocalDate day, double unitsPerDay) {
        double demand = Math.max(unitsPerDay, l.baseSessions * l.baseConversion * 0.5);
        if (l.inbound == 0 && l.fulfillable < demand * (l.leadDays + 30)) {
            l.inbound = Math.max(20, (int) Math.ceil(demand * 60));
            l.inboundArrives = day.plusDays(l.leadDays).toString();
        }
    }
}
