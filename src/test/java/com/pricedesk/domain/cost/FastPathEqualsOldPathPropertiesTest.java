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

    @Provide
    Arbitrary<String> category() {
        return Arbitraries.of(CATEGORIES);
    }
}
