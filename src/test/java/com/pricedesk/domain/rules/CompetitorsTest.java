package com.pricedesk.domain.rules;

import static com.pricedesk.domain.pricing.Fixtures.NOW;
import static com.pricedesk.domain.pricing.Fixtures.US;
import static com.pricedesk.domain.pricing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Competitor filters: our own offer never counts; new only by default; channel, rating and handling filters. */
class CompetitorsTest {
    private static final Offer OURS = Offer.of(US, usd("5.00"), Channel.FBA);
    private static final Offer USED = new Offer("A-USED", usd("9.00"), Channel.FBA, OfferCondition.USED,
            Optional.of(new BigDecimal("99")), Optional.of(1), Optional.empty());
    private static final Offer SLOW_FBM = new Offer("A-SLOW", usd("10.00"), Channel.FBM, OfferCondition.NEW,
            Optional.of(new BigDecimal("98")), Optional.of(14), Optional.empty());
    private static final Offer LOW_RATED = new Offer("A-LOW", usd("11.00"), Channel.FBA, OfferCondition.NEW,
            Optional.of(new BigDecimal("70")), Optional.of(2), Optional.empty());
    private static final Offer GOOD = new Offer("A-GOOD", usd("12.00"), Channel.FBA, OfferCondition.NEW,
            Optional.of(new BigDecimal("97")), Optional.of(2), Optional.empty());
    private static final SkuFacts FACTS = SkuFacts.builder("S").ownSellerId(US).snapshotAt(NOW)
            .offer(OURS).offer(USED).offer(SLOW_FBM).offer(LOW_RATED).offer(GOOD).build();

    @Test
    void ourOwnOfferIsNeverACompetitorEvenWhenCheapest() {
        CompetitorFilter everything = new CompetitorFilter(EnumSet.allOf(OfferCondition.class), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThat(Competitors.of(FACTS, everything).all()).doesNotContain(OURS).hasSize(4);
        assertThat(Competitors.of(FACTS, everything).lowest()).contains(USED);
    }

    @Test
    void newOnlyByDefault() {
        assertThat(Competitors.of(FACTS, CompetitorFilter.DEFAULT).all()).containsExactly(SLOW_FBM, LOW_RATED, GOOD);
    }

    @Test
    void channelFilter() {
        CompetitorFilter fba = new CompetitorFilter(null, Optional.of(Channel.FBA), Optional.empty(), Optional.empty());
        assertThat(Competitors.of(FACTS, fba).lowest()).contains(LOW_RATED);
        assertThat(Competitors.of(FACTS, CompetitorFilter.DEFAULT).lowest(Channel.FBM)).contains(SLOW_FBM);
    }

    @Test
    void ratingAndHandlingFilters() {
        CompetitorFilter rated = new CompetitorFilter(null, Optional.empty(), Optional.of(new BigDecimal("95")),
                Optional.of(3));
        assertThat(Competitors.of(FACTS, rated).all()).containsExactly(GOOD);
    }

    @Test
    void unknownRatingFailsARatingFilter() {
        SkuFacts facts = SkuFacts.builder("S").ownSellerId(US).offer(Offer.of("A-NEW", usd("8.00"), Channel.FBA)).build();
        CompetitorFilter rated = new CompetitorFilter(null, Optional.empty(), Optional.of(new BigDecimal("90")),
                Optional.empty());
        assertThat(Competitors.of(facts, rated).all()).isEmpty();
    }
}
