package com.pricedesk.domain.cost.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Referral fees by the rules of Amazon's schedule: flat, whole-price bands, marginal tiers, minimums. */
class ReferralFeeTest {

    private static final ReferralTable TABLE = FeeFixtures.march2026().referral();

    @ParameterizedTest(name = "{0} at {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            // flat 15%, unrounded: 19.99 × 0.15
            "Home and Kitchen | 19.99 | 2.9985",
            // the $0.30 minimum: 15% of 1.00 is 0.15
            "Home and Kitchen | 1.00 | 0.30",
            "Home and Kitchen | 2.00 | 0.30",
            "Home and Kitchen | 2.01 | 0.3015",
            // whole-price bands: 8% up to and including $10.00, 15% on the whole price above
            "Baby Products | 10.00 | 0.80",
            "Baby Products | 10.01 | 1.5015",
            "Beauty, Health and Personal Care | 9.99 | 0.7992",
            // clothing: 5% to $15.00, 10% to $20.00, 17% above, each on the whole price
            "Clothing and Accessories | 14.99 | 0.7495",
            "Clothing and Accessories | 15.00 | 0.75",
            "Clothing and Accessories | 15.01 | 1.501",
            "Clothing and Accessories | 20.00 | 2.00",
            "Clothing and Accessories | 20.01 | 3.4017",
            // grocery has no confirmed minimum: 8% of $1.00 is charged as is
            "Grocery and Gourmet | 1.00 | 0.08",
            "Grocery and Gourmet | 15.01 | 2.2515",
            // marginal: 15% of the first $100, 8% of the portion above
            "Electronics Accessories | 100.00 | 15.00",
            "Electronics Accessories | 100.01 | 15.0008",
            "Electronics Accessories | 150.00 | 19.00",
            // furniture: 15% to $200, 10% above → 30 + 5
            "Furniture | 250.00 | 35.00",
            // jewelry: 20% to $250, 5% above → 50 + 2.50
            "Jewelry | 300.00 | 52.50",
            // watches: 16% to $1,500, 3% above → 240 + 15
            "Watches | 2000.00 | 255.00",
            // fine art: 20% to 100, 15% to 1,000, 10% to 5,000, 5% above → 20 + 135 + 400 + 50
            "Fine Art | 6000.00 | 605.00",
            // compact appliances: 15% to $300, 8% above → 45 + 16
            "Compact Appliances | 500.00 | 61.00"})
    void feesFollowTheRules(String category, BigDecimal price, BigDecimal fee) {
        assertThat(TABLE.category(category).feeAt(price)).isEqualByComparingTo(fee);
    }

    @Test
    void rateOnTheRateCardFollowsTheBandThePriceFallsIn() {
        ReferralCategory clothing = TABLE.category("Clothing & Accessories");
        assertThat(clothing.tierOf(new BigDecimal("15.00")).ratePct()).isEqualByComparingTo("5");
        assertThat(clothing.tierOf(new BigDecimal("15.01")).ratePct()).isEqualByComparingTo("10");
        assertThat(clothing.tierOf(new BigDecimal("20.01")).ratePct()).isEqualByComparingTo("17");
    }

    @Test
    void mediaPaysTheClosingFee() {
        ReferralCategory media = TABLE.category("Media: Books, Music, Software, Video, DVD, Video Games");
        assertThat(media.closingFee()).isEqualByComparingTo("1.80");
    }

    @Test
    void unknownCategoryListsTheClosestKnownOnes() {
        assertThatThrownBy(() -> TABLE.category("Kitchen and Home"))
                .isInstanceOf(UnknownCategoryException.class)
                .hasMessageContaining("Unknown category 'Kitchen and Home'")
                .hasMessageContaining("Home and Kitchen");
        assertThat(TABLE.closest("Pet Supply", 1)).containsExactly("Pet Supplies");
    }

    @Property(tries = 300)
    void theFunctionUsedBySolversAgreesWithTheRuleEverywhere(
            @ForAll @BigRange(min = "0.01", max = "7000") @Scale(2) BigDecimal price) {
        for (ReferralCategory c : TABLE.categories()) {
            assertThat(c.asFunction().at(price)).as(c.name() + " at " + price).isEqualByComparingTo(c.feeAt(price));
        }
    }
}
