package com.pricedesk.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Rule;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random rule sets against random market facts, including zero, negative, huge and missing prices:
 * no decision leaves the guardrails, none moves more than the max step, the engine is deterministic,
 * and our own offer never counts as a competitor. 10,000 tries each in the default build.
 */
class GuardrailPropertyTest {

    @Provide
    Arbitrary<RepricingArbitraries.Case> cases() {
        return RepricingArbitraries.cases();
    }

    @Provide
    Arbitrary<List<Money>> ownPrices() {
        return RepricingArbitraries.wildPrice().list().ofMaxSize(3);
    }

    @Property(tries = 10_000)
    void noDecisionLeavesTheFloorAndCeilingOrExceedsTheMaxStep(@ForAll("cases") RepricingArbitraries.Case c) {
        RepricingProperties.check(c);
    }

    @Property(tries = 10_000)
    void theEngineIsDeterministic(@ForAll("cases") RepricingArbitraries.Case c) {
        RepricingOutcome first = RepricingProperties.check(c);
        assertThat(RepricingProperties.check(c)).isEqualTo(first);
        assertThat(RepricingProperties.check(RepricingProperties.reordered(c))).isEqualTo(first);
    }

    @Property(tries = 10_000)
    void ourOwnOfferNeverCountsAsACompetitor(@ForAll("cases") RepricingArbitraries.Case c,
                                              @ForAll("ownPrices") List<Money> ourOffers,
                                              @ForAll @IntRange(min = 1, max = 30) int offerCount) {
        RepricingArbitraries.Case without = RepricingProperties.withoutOwnOffers(c, Optional.of(offerCount));
        RepricingArbitraries.Case with = RepricingProperties.withOwnOffers(c, ourOffers, Optional.of(offerCount));
        for (Rule r : with.rules().rules()) {
            assertThat(RepricingProperties.noOwnCompetitor(with.input().facts(), r.competitors())).isTrue();
        }
        assertThat(RepricingProperties.noOwnCompetitor(with.input().facts(), CompetitorFilter.DEFAULT)).isTrue();
        assertThat(RepricingProperties.check(with)).isEqualTo(RepricingProperties.check(without));
    }
}
