package com.pricedesk.domain.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.cost.fees.FeeFixtures;
import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.cost.fees.PackageSize;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/**
 * For random cost profiles, packages, categories (flat, banded, marginal) and dates: break-even and
 * price-for-margin are the lowest whole-cent prices meeting their target, checked against the waterfall
 * itself and, for prices up to $100, against every cent below.
 */
class UnitEconomicsPropertiesTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal BRUTE_FORCE_LIMIT = new BigDecimal("100");
    private static final String[] CATEGORIES = {"Home and Kitchen", "Electronics Accessories", "Clothing and Accessories",
        "Baby Products", "Grocery and Gourmet", "Furniture", "Jewelry", "Media: Books, Music, Software, Video, DVD, Video Games",
        "Compact Appliances", "Amazon Device Accessories"};
    private static final LocalDate[] DATES = {LocalDate.of(2025, 6, 2), FeeFixtures.MARCH_2026, FeeFixtures.MAY_2026,
        LocalDate.of(2026, 11, 2)};

    @Provide
    Arbitrary<UnitEconomics> economics() {
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60")).ofScale(2);
        Arbitrary<BigDecimal> pct = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30")).ofScale(1);
        Arbitrary<BigDecimal> side = Arbitraries.bigDecimals().between(new BigDecimal("0.3"), new BigDecimal("40")).ofScale(2);
        Arbitrary<BigDecimal> lb = Arbitraries.bigDecimals().between(new BigDecimal("0.05"), new BigDecimal("60")).ofScale(3);
        Arbitrary<CostProfile> profile = Combinators.combine(money, money, pct, pct, pct, pct, money,
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("4")).ofScale(1))
                .as((purchase, freight, tariff, returns, unsellable, tacos, packaging, months) ->
                        EconomicsFixtures.profile(purchase.toPlainString(), freight.toPlainString(),
                                tariff.toPlainString(), packaging.movePointLeft(1).toPlainString(), "0.27",
                                returns.toPlainString(), unsellable.multiply(new BigDecimal("3")).toPlainString(),
                                tacos.toPlainString(), months.toPlainString()));
        Arbitrary<PackageSize> pkg = Combinators.combine(side, side, side, lb).as((a, b, c, w) -> {
            BigDecimal[] s = {a, b, c};
            Arrays.sort(s, Comparator.reverseOrder());
            return new PackageSize(s[0], s[1], s[2], w);
        });
        return Combinators.combine(profile, pkg, Arbitraries.of(CATEGORIES), Arbitraries.of(DATES),
                Arbitraries.of(true, false)).as((p, size, category, date, fuel) -> {
                    FeeSchedule schedule = FeeFixtures.on(date, fuel, true);
                    return EconomicsFixtures.economics(schedule, category, size, category.startsWith("Clothing"), p);
                });
    }

    @Property(tries = 120)
    void breakEvenHasProfitAndOneCentLessDoesNot(@ForAll("economics") UnitEconomics e) {
        SolvedPrice s = e.breakEven();
        assertThat(s).isInstanceOf(SolvedPrice.Reached.class);
        BigDecimal p = s.asOptional().orElseThrow().amount();
        assertThat(profit(e, p).signum()).isNotNegative();
        if (p.compareTo(CENT) > 0) {
            assertThat(profit(e, p.subtract(CENT)).signum()).isNegative();
        }
        assertLowest(e, p, BigDecimal.ZERO);
    }

    @Property(tries = 120)
    void priceForMarginMeetsTheMarginAndIsMinimal(@ForAll("economics") UnitEconomics e,
            @ForAll @BigRange(min = "-20", max = "60") @Scale(1) BigDecimal marginPct) {
        SolvedPrice s = e.priceForMargin(marginPct);
        BigDecimal m = marginPct.movePointLeft(2);
        if (s instanceof SolvedPrice.Unreachable) {
            // unreachable only when the share of each extra dollar kept at high prices is at most m
            assertThat(e.profit().finalSlope()).isLessThanOrEqualTo(m);
            return;
        }
        BigDecimal p = s.asOptional().orElseThrow().amount();
        assertThat(profit(e, p).subtract(m.multiply(p)).signum()).isNotNegative();
        assertLowest(e, p, m);
    }

    @Property(tries = 100)
    void piecewiseProfitAgreesWithTheWaterfall(@ForAll("economics") UnitEconomics e,
            @ForAll @BigRange(min = "0.01", max = "400") @Scale(2) BigDecimal price) {
        assertThat(e.profit().at(price)).isEqualByComparingTo(profit(e, price));
    }

    private static BigDecimal profit(UnitEconomics e, BigDecimal price) {
        return e.at(Money.usd(price)).profit().amount();
    }

    /** No cent below {@code p} meets the margin (checked exhaustively for affordable prices). */
    private static void assertLowest(UnitEconomics e, BigDecimal p, BigDecimal m) {
        if (p.compareTo(BRUTE_FORCE_LIMIT) > 0) {
            return;
        }
        for (BigDecimal c = CENT; c.compareTo(p) < 0; c = c.add(CENT)) {
            assertThat(e.profitAt(c).subtract(m.multiply(c)).signum()).as("margin at %s below answer %s", c, p)
                    .isNegative();
        }
    }
}
