package com.pricedesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The market model's invariants over many SKUs and days. */
class LivingMarketTest {
    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final Clock AT_START = Clock.fixed(START.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static List<SimProduct> products(int n) {
        return DeterministicMarket.sampleProducts(7, n);
    }

    @Test
    void buyBoxGoesToExactlyOneOfferOnThePageAndInventoryNeverGoesNegative() {
        LivingMarket m = LivingMarket.create(42, products(200), START, AT_START);
        List<SimDay> all = new ArrayList<>();
        m.advanceTo(START.plusDays(120), all::addAll);
        assertThat(all).hasSize(200 * 120);
        assertThat(all).allSatisfy(d -> {
            assertThat(d.inventoryEnd()).isNotNegative();
            assertThat(d.units()).isNotNegative();
            assertThat(d.units()).isLessThanOrEqualTo(d.sessions() + 1);
        });
        // Stock ran out and was replenished somewhere: the lead time matters.
        assertThat(all).anyMatch(d -> d.inventoryEnd() == 0);
        for (SimListing l : m.listings()) {
            List<SimOffer> page = m.offers(l.asin());
            Optional<SimOffer> winner = m.buyBox(l.asin());
            if (page.isEmpty()) {
                assertThat(winner).isEmpty();
            } else {
                assertThat(winner).isPresent();
                assertThat(page.stream().filter(o -> o.sellerId().equals(winner.get().sellerId())).count())
                        .isEqualTo(1);
            }
            SimStock st = m.stock(l.sellerSku());
            assertThat(st.fulfillable()).isNotNegative();
            assertThat(st.age0To90() + st.age91To180() + st.age181To270() + st.age271To365() + st.age365Plus())
                    .isEqualTo(st.fulfillable());
        }
        // Some days we lose the Buy Box, some an absurd undercutter shows up.
        assertThat(all).anyMatch(d -> !d.weHeldBuyBox()).anyMatch(SimDay::weHeldBuyBox);
        assertThat(all).anyMatch(d -> d.lowestCompetitorPrice() != null
                && d.lowestCompetitorPrice().compareTo(d.price().multiply(new BigDecimal("0.5"))) < 0);
    }

    @Test
    void rankImprovesWithSales() {
        for (double units = 0; units < 200; units += 0.5) {
            assertThat(RankModel.target(units + 0.5)).isLessThanOrEqualTo(RankModel.target(units));
        }
        assertThat(RankModel.target(50)).isLessThan(RankModel.target(5));
        // In the market: the same listing sells more at a low price and ranks better for it.
        LivingMarket cheap = LivingMarket.create(5, products(30), START, AT_START);
        LivingMarket dear = LivingMarket.create(5, products(30), START, AT_START);
        for (SimListing l : cheap.listings()) {
            cheap.setPrice(l.sellerSku(), l.price().multiply(new BigDecimal("0.6")), null, null);
            dear.setPrice(l.sellerSku(), l.price().multiply(new BigDecimal("1.6")), null, null);
        }
        List<SimDay> cheapDays = new ArrayList<>();
        List<SimDay> dearDays = new ArrayList<>();
        cheap.advanceTo(START.plusDays(21), cheapDays::addAll);
        dear.advanceTo(START.plusDays(21), dearDays::addAll);
        // Across listings of one main category: one that sold far more over the last week ranks better.
        java.util.Map<String, Integer> week = new java.util.HashMap<>();
        java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        for (SimDay d : cheapDays.subList(cheapDays.size() - 30 * 7, cheapDays.size())) {
            week.merge(d.sellerSku(), d.units(), Integer::sum);
            rank.put(d.sellerSku(), d.rank());
        }
        int pairs = 0;
        int holds = 0;
        for (String a : week.keySet()) {
            for (String b : week.keySet()) {
                boolean sameCategory = MarketGenerator.rankScale(5, a) == MarketGenerator.rankScale(5, b);
                if (sameCategory && week.get(a) >= 3 * week.get(b) + 3) {
                    pairs++;
                    holds += rank.get(a) < rank.get(b) ? 1 : 0;
                }
            }
        }
        assertThat(pairs).isGreaterThan(20);
        // Ranks lag sales by a few days (a stock-out shows later), so most pairs, not all, agree.
        assertThat(holds).as("%d of %d pairs", holds, pairs).isGreaterThanOrEqualTo(pairs * 85 / 100);
        assertThat(cheapDays.stream().mapToInt(SimDay::units).sum())
                .isGreaterThan(dearDays.stream().mapToInt(SimDay::units).sum());
    }

    @Test
    void competitorsAnswerOurPriceTheNextDay() {
        LivingMarket m = LivingMarket.create(11, products(300), START, AT_START);
        m.advanceTo(START.plusDays(2), d -> { });
        String asin = null;
        // Find a page with an undercutter whose floor is low enough to follow us down.
        for (SimListing l : m.listings()) {
            for (SimOffer o : m.offers(l.asin())) {
                if (!o.sellerId().equals(m.sellerId()) && o.listingPrice().compareTo(l.price().subtract(
                        new BigDecimal("0.01"))) == 0) {
                    asin = l.asin();
                }
            }
            if (asin != null) {
                BigDecimal lower = l.price().multiply(new BigDecimal("0.97")).setScale(2, java.math.RoundingMode.HALF_UP);
                m.setPrice(l.sellerSku(), lower, null, null);
                m.advanceTo(START.plusDays(3), d -> { });
                assertThat(m.offers(l.asin())).anyMatch(o -> o.listingPrice().compareTo(
                        lower.subtract(new BigDecimal("0.01"))) == 0 || o.listingPrice().compareTo(lower) < 0);
                break;
            }
        }
        assertThat(asin).as("some page has a one-cent undercutter").isNotNull();
    }

    @Test
    void sameSeedSameMarketAndTheSavedMarketResumes(@TempDir Path dir) {
        Path file = dir.resolve("market.json");
        Clock later = Clock.fixed(START.plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        LivingMarket first = LivingMarket.openOrCreate(file, 3, products(20), START, later);
        List<SimListing> seen = first.listings();
        first.setPrice(seen.get(0).sellerSku(), new BigDecimal("12.34"), null, null);
        LivingMarket reopened = LivingMarket.openOrCreate(file, 999, List.of(), START, later);
        assertThat(reopened.today()).isEqualTo(START.plusDays(10));
        assertThat(reopened.listing(seen.get(0).sellerSku()).orElseThrow().price()).isEqualByComparingTo("12.34");
        assertThat(reopened.sellerId()).isEqualTo(first.sellerId());

        LivingMarket a = LivingMarket.create(3, products(20), START, later);
        LivingMarket b = LivingMarket.create(3, products(20), START, later);
        assertThat(a.listings()).isEqualTo(b.listings());
        assertThat(a.day(seen.get(3).sellerSku(), START.plusDays(5)))
                .isEqualTo(b.day(seen.get(3).sellerSku(), START.plusDays(5)));
    }

    @Test
    void aPriceSetAfterADayIsListedFromTheNextDayOn() {
        LivingMarket m = LivingMarket.create(42, products(5), START, AT_START);
        String sku = m.listingsAsSaved().get(2).sellerSku();
        List<SimDay> all = new ArrayList<>();
        // The seller lowers this one SKU to 9.99 after the third day, and touches nothing else.
        m.advanceTo(START.plusDays(6), all::addAll,
                d -> d.sellerSku().equals(sku) && d.day().equals(START.plusDays(2)) ? new BigDecimal("9.99") : null);

        List<SimDay> ours = all.stream().filter(d -> d.sellerSku().equals(sku)).toList();
        assertThat(ours.subList(0, 3)).allSatisfy(d -> assertThat(d.price()).isNotEqualByComparingTo("9.99"));
        assertThat(ours.subList(3, 6)).allSatisfy(d -> assertThat(d.price()).isEqualByComparingTo("9.99"));
        assertThat(m.listingsAsSaved().get(2).price()).isEqualByComparingTo("9.99");
        assertThat(all.stream().filter(d -> !d.sellerSku().equals(sku)).map(SimDay::price).distinct().count())
                .isLessThanOrEqualTo(4);
    }
}
