package com.pricedesk.domain.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.cost.fees.FeeFixtures;
import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.cost.fees.ReferralCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/**
 * Issue 3's speed work must not change a single cent: the fast piecewise arithmetic (one k-way merge,
 * differences without negated copies, targets solved as shifted lines, cached refund functions) gives
 * exactly the pieces and prices of the previous implementation, kept as {@link ReferencePiecewiseLinear}.
 */
class FastPathEqualsOldPathPropertiesTest {
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final String[] CATEGORIES = {"Home and Kitchen", "Electronics Accessories", "Clothing and Accessories",
        "Baby Products", "Grocery and Gourmet", "Furniture", "Jewelry", "Compact Appliances", "Amazon Device Accessories"};

    /** A random function: increasing whole-cent starts from 0, slopes and intercepts of mixed scales. */
    @Provide
    Arbitrary<List<PiecewiseLinear.Piece>> pieces() {
        Arbitrary<BigDecimal> gap = Arbitraries.bigDecimals().between(CENT, new BigDecimal("80")).ofScale(2);
        Arbitrary<BigDecimal> slope = Arbitraries.bigDecimals().between(new BigDecimal("-1.5"), new BigDecimal("1.5"))
                .ofScale(6);
        Arbitrary<BigDecimal> intercept = Arbitraries.bigDecimals().between(new BigDecimal("-60"), new BigDecimal("60"))
                .ofScale(11);
        Arbitrary<PiecewiseLinear.Piece> shape = Combinators.combine(gap, slope, intercept)
                .as((g, s, i) -> new PiecewiseLinear.Piece(g, s, i));
        return shape.list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<PiecewiseLinear.Piece> out = new ArrayList<>();
            BigDecimal from = BigDecimal.ZERO.setScale(2);
            for (int k = 0; k < list.size(); k++) {
                PiecewiseLinear.Piece p = list.get(k);
                out.add(new PiecewiseLinear.Piece(k == 0 ? BigDecimal.ZERO : from, p.slope(), p.intercept()));
                from = from.add(p.from());
            }
            return out;
        });
    }

    private static ReferencePiecewiseLinear ref(List<PiecewiseLinear.Piece> ps) {
        return ReferencePiecewiseLinear.of(ps.stream()
                .map(p -> new ReferencePiecewiseLinear.Piece(p.from(), p.slope(), p.intercept())).toList());
    }

    private static ReferencePiecewiseLinear ref(PiecewiseLinear f) {
        return ref(f.pieces());
    }

    /** Same starts, slopes and intercepts, value for value (scales may differ, numbers may not). */
    private static void assertSame(PiecewiseLinear fast, ReferencePiecewiseLinear old) {
        List<PiecewiseLinear.Piece> a = fast.pieces();
        List<ReferencePiecewiseLinear.Piece> b = old.pieces();
        assertThat(a).as("%s vs %s", a, b).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).from()).isEqualByComparingTo(b.get(i).from());
            assertThat(a.get(i).slope()).as("slope of piece %d of %s vs %s", i, a, b)
                    .isEqualByComparingTo(b.get(i).slope());
            assertThat(a.get(i).intercept()).as("intercept of piece %d of %s vs %s", i, a, b)
                    .isEqualByComparingTo(b.get(i).intercept());
        }
    }

    @Property(tries = 400)
    void sumDifferenceNegateAndTimesEqualTheOldArithmetic(@ForAll("pieces") List<PiecewiseLinear.Piece> a,
            @ForAll("pieces") List<PiecewiseLinear.Piece> b, @ForAll("pieces") List<PiecewiseLinear.Piece> c,
            @ForAll @BigRange(min = "-2", max = "2") @Scale(4) BigDecimal factor,
            @ForAll @BigRange(min = "-30", max = "30") @Scale(8) BigDecimal constant) {
        PiecewiseLinear fa = PiecewiseLinear.of(a);
        PiecewiseLinear fb = PiecewiseLinear.of(b);
        PiecewiseLinear fc = PiecewiseLinear.of(c);
        assertSame(PiecewiseLinear.sum(List.of(fa, fb, fc)), ReferencePiecewiseLinear.sum(List.of(ref(a), ref(b), ref(c))));
        assertSame(PiecewiseLinear.difference(fa, List.of(fb, fc)),
                ReferencePiecewiseLinear.sum(List.of(ref(a), ref(b).negate(), ref(c).negate())));
        assertSame(fa.negate(), ref(a).negate());
        assertSame(fa.times(factor), ref(a).times(factor));
        assertSame(fa.plusThenTimes(constant, factor), ref(a).plus(constant).times(factor));
        assertSame(fa.max(constant), ref(a).max(constant));
        assertSame(fa.min(constant), ref(a).min(constant));
    }

    @Property(tries = 400)
    void shiftedSolveEqualsSolvingTheSumTheOldWay(@ForAll("pieces") List<PiecewiseLinear.Piece> a,
            @ForAll @BigRange(min = "-1", max = "1") @Scale(3) BigDecimal slopeShift,
            @ForAll @BigRange(min = "-40", max = "40") @Scale(9) BigDecimal interceptShift,
            @ForAll @BigRange(min = "0.01", max = "30") @Scale(2) BigDecimal lowest) {
        Optional<BigDecimal> fast = PiecewiseLinear.of(a).lowestPriceAtLeast(lowest, slopeShift, interceptShift);
        Optional<BigDecimal> old = ref(a).plus(ReferencePiecewiseLinear.linear(slopeShift)).plus(interceptShift)
                .lowestPriceAtLeastZero(lowest);
        assertThat(fast).isEqualTo(old);
    }

    /**
     * The profit function as UnitEconomics builds it now (cached refund function, one difference) equals
     * the old construction, for the real referral rules of every kind and random costs, returns and FBA fees.
     */
    @Property(tries = 300)
    void profitFunctionEqualsTheOldConstruction(@ForAll("category") String category, @ForAll boolean fuel,
            @ForAll @BigRange(min = "0", max = "0.3") @Scale(4) BigDecimal tacos,
            @ForAll @BigRange(min = "0", max = "80") @Scale(11) BigDecimal fixed,
            @ForAll @BigRange(min = "0", max = "0.4") @Scale(3) BigDecimal returnRate,
            @ForAll @BigRange(min = "0", max = "25") @Scale(10) BigDecimal returnCost,
            @ForAll @BigRange(min = "2", max = "40") @Scale(2) BigDecimal fbaLow,
            @ForAll @BigRange(min = "0", max = "2") @Scale(2) BigDecimal fbaStep) {
        FeeSchedule schedule = FeeFixtures.on(FeeFixtures.MARCH_2026, fuel, true);
        ReferralCategory referral = schedule.referral().category(category);
        PiecewiseLinear referralFn = schedule.referral().function(referral);
        List<PiecewiseLinear.Piece> fbaPieces = List.of(
                new PiecewiseLinear.Piece(BigDecimal.ZERO, BigDecimal.ZERO, fbaLow),
                new PiecewiseLinear.Piece(new BigDecimal("10.00"), BigDecimal.ZERO, fbaLow.add(fbaStep)),
                new PiecewiseLinear.Piece(new BigDecimal("50.01"), BigDecimal.ZERO, fbaLow.add(fbaStep).add(fbaStep)));
        PiecewiseLinear.Piece line = new PiecewiseLinear.Piece(BigDecimal.ZERO, BigDecimal.ONE.subtract(tacos),
                fixed.negate());

        PiecewiseLinear fast = PiecewiseLinear.difference(PiecewiseLinear.of(List.of(line)), List.of(referralFn,
                PiecewiseLinear.of(fbaPieces), schedule.referral().refundAdministration(referral,
                        schedule.refundAdministration()).plusThenTimes(returnCost, returnRate)));

        ReferencePiecewiseLinear oldReferral = ref(referralFn);
        BigDecimal share = schedule.refundAdministration().referralSharePct().movePointLeft(2);
        ReferencePiecewiseLinear oldReturns = oldReferral.times(share).min(schedule.refundAdministration().maxFee())
                .plus(returnCost).times(returnRate);
        ReferencePiecewiseLinear old = ReferencePiecewiseLinear.sum(List.of(ref(List.of(line)), oldReferral.negate(),
                ref(fbaPieces).negate(), oldReturns.negate()));
        assertSame(fast, old);
    }

    /**
     * Issue 3, econ2: break-even, price-for-margin and price-for-ROI are solved on the category's shared
     * piece grid with the price-independent costs floored to 12 decimals; the answer is the one the whole
     * profit function gives, for costs in CNY (8-decimal USD amounts, per-kg and per-CBM freight, so the
     * intercepts have 17-20 digits), every kind of referral rule, fuel on and off, and mixed-scale targets.
     */
    @Property(tries = 600)
    void gridSolveEqualsSolvingTheWholeProfitFunction(@ForAll("category") String category, @ForAll boolean fuel,
            @ForAll @BigRange(min = "0.5", max = "400") @Scale(2) BigDecimal purchaseCny,
            @ForAll @BigRange(min = "0", max = "3000") @Scale(2) BigDecimal freightCny,
            @ForAll("basis") FreightBasis basis,
            @ForAll @BigRange(min = "6.5", max = "7.5") @Scale(4) BigDecimal cnyPerUsd,
            @ForAll @BigRange(min = "0", max = "40") @Scale(1) BigDecimal tariffPct,
            @ForAll @BigRange(min = "0", max = "30") @Scale(2) BigDecimal returnPct,
            @ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal unsellablePct,
            @ForAll @BigRange(min = "0", max = "35") @Scale(2) BigDecimal tacosPct,
            @ForAll @BigRange(min = "0", max = "4") @Scale(1) BigDecimal months,
            @ForAll @BigRange(min = "3", max = "120") @Scale(1) BigDecimal longCm,
            @ForAll @BigRange(min = "0.05", max = "25") @Scale(3) BigDecimal kg,
            @ForAll @BigRange(min = "-30", max = "70") @Scale(2) BigDecimal targetPct,
            @ForAll @BigRange(min = "0.01", max = "300") @Scale(2) BigDecimal price) {
        FeeSchedule schedule = FeeFixtures.on(FeeFixtures.MARCH_2026, fuel, true);
        CostProfile profile = new CostProfile(com.pricedesk.domain.money.Money.cny(purchaseCny.toPlainString()), basis,
                com.pricedesk.domain.money.Money.cny(freightCny.toPlainString()), CostProfile.DEFAULT_VOLUMETRIC_DIVISOR,
                tariffPct, null, com.pricedesk.domain.money.Money.cny("1.20"), com.pricedesk.domain.money.Money.cny("0.30"),
                com.pricedesk.domain.money.Money.cny("0"), com.pricedesk.domain.money.Money.usd("0"),
                com.pricedesk.domain.money.Money.usd("0.27"), returnPct, unsellablePct, tacosPct, months);
        com.pricedesk.domain.catalog.Dimensions dims = new com.pricedesk.domain.catalog.Dimensions(longCm,
                longCm.multiply(new BigDecimal("0.6")), longCm.multiply(new BigDecimal("0.3")));
        com.pricedesk.domain.catalog.Weight weight = new com.pricedesk.domain.catalog.Weight(kg);
        LandedCost landed = LandedCost.of(profile, dims, weight,
                new com.pricedesk.domain.money.FxRate(FeeFixtures.MARCH_2026, cnyPerUsd));
        UnitEconomics e = UnitEconomics.of(schedule, EconomicsInput.of(category,
                com.pricedesk.domain.cost.fees.PackageSize.of(dims, weight), category.startsWith("Clothing"), landed,
                profile));

        assertThat(e.lowestPriceOnGrid(BigDecimal.ZERO, BigDecimal.ZERO))
                .isEqualTo(e.lowestPriceOnFunction(BigDecimal.ZERO, BigDecimal.ZERO));
        BigDecimal m = targetPct.divide(new BigDecimal("100"));
        assertThat(e.lowestPriceOnGrid(m.negate(), BigDecimal.ZERO))
                .isEqualTo(e.lowestPriceOnFunction(m.negate(), BigDecimal.ZERO));
        BigDecimal needed = m.multiply(landed.total().amount());
        assertThat(e.lowestPriceOnGrid(BigDecimal.ZERO, needed.negate()))
                .isEqualTo(e.lowestPriceOnFunction(BigDecimal.ZERO, needed.negate()));
        // the waterfall's total, summed short lines first, is the very BigDecimal of the sum in line order
        Waterfall w = e.at(com.pricedesk.domain.money.Money.usd(price));
        BigDecimal inOrder = BigDecimal.ZERO;
        for (WaterfallLine l : w.lines()) {
            inOrder = inOrder.add(l.amount().amount());
        }
        assertThat(w.totalCosts().amount()).isEqualTo(inOrder);
        // and what callers see: the solved prices (each checked on the waterfall inside UnitEconomics)
        assertThat(e.breakEven().asOptional().map(com.pricedesk.domain.money.Money::amount))
                .isEqualTo(e.lowestPriceOnFunction(BigDecimal.ZERO, BigDecimal.ZERO));
        assertThat(e.priceForMargin(targetPct).asOptional().map(com.pricedesk.domain.money.Money::amount))
                .isEqualTo(e.lowestPriceOnFunction(m.negate(), BigDecimal.ZERO));
    }

    @Provide
    Arbitrary<FreightBasis> basis() {
        return Arbitraries.of(FreightBasis.values());
    }

    /**
     * Near a cent boundary the floored intercept matters most: targets built so that the exact root lies
     * within 10^-12 of a whole cent (or on it) give the same price on the grid as on the function.
     */
    @Property(tries = 400)
    void gridSolveIsExactWhenTheRootTouchesACent(@ForAll("category") String category,
            @ForAll @BigRange(min = "1", max = "200") @Scale(2) BigDecimal cent,
            @ForAll @BigRange(min = "-3", max = "3") BigDecimal nudgeUnits,
            @ForAll @BigRange(min = "0", max = "30") @Scale(2) BigDecimal returnPct,
            @ForAll @BigRange(min = "0.5", max = "300") @Scale(2) BigDecimal purchaseCny) {
        FeeSchedule schedule = FeeFixtures.on(FeeFixtures.MARCH_2026, true, true);
        CostProfile profile = new CostProfile(com.pricedesk.domain.money.Money.cny(purchaseCny.toPlainString()),
                FreightBasis.PER_UNIT, com.pricedesk.domain.money.Money.cny("3.10"), CostProfile.DEFAULT_VOLUMETRIC_DIVISOR,
                new BigDecimal("25"), null, com.pricedesk.domain.money.Money.cny("0"), com.pricedesk.domain.money.Money.cny("0"),
                com.pricedesk.domain.money.Money.cny("0"), com.pricedesk.domain.money.Money.cny("0"),
                com.pricedesk.domain.money.Money.usd("0"), returnPct, new BigDecimal("33.3"), new BigDecimal("7"),
                BigDecimal.ONE);
        LandedCost landed = LandedCost.of(profile, null, null,
                new com.pricedesk.domain.money.FxRate(FeeFixtures.MARCH_2026, new BigDecimal("7.1180")));
        UnitEconomics e = UnitEconomics.of(schedule, EconomicsInput.of(category,
                new com.pricedesk.domain.cost.fees.PackageSize(new BigDecimal("9"), new BigDecimal("6"),
                        new BigDecimal("2"), new BigDecimal("0.7")), false, landed, profile));
        // shift the profit so that it is exactly zero at `cent` (plus a nudge of a few 10^-13), the hardest case
        BigDecimal atCent = e.profit().at(cent);
        BigDecimal shift = atCent.negate().add(nudgeUnits.movePointLeft(13));
        assertThat(e.lowestPriceOnGrid(BigDecimal.ZERO, shift)).isEqualTo(e.lowestPriceOnFunction(BigDecimal.ZERO, shift));
    }

    @Provide
    Arbitrary<String> category() {
        return Arbitraries.of(CATEGORIES);
    }
}
