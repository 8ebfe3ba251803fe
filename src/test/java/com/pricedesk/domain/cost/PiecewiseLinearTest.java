package com.pricedesk.domain.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.cost.PiecewiseLinear.Piece;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class PiecewiseLinearTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void minimumFeeSplitsAtTheFirstCentWhereThePercentageReachesIt() {
        // 8% with a 0.30 minimum: 0.08 × 3.75 = 0.30 exactly
        PiecewiseLinear fee = PiecewiseLinear.linear(d("0.08")).max(d("0.30"));
        assertThat(fee.at(d("3.74"))).isEqualByComparingTo("0.30");
        assertThat(fee.at(d("3.75"))).isEqualByComparingTo("0.30");
        assertThat(fee.at(d("3.76"))).isEqualByComparingTo("0.3008");
        assertThat(fee.pieces()).hasSize(2);
        // 17%: 0.30 / 0.17 = 1.7647..., so 1.76 is still on the minimum and 1.77 is not
        PiecewiseLinear clothing = PiecewiseLinear.linear(d("0.17")).max(d("0.30"));
        assertThat(clothing.at(d("1.76"))).isEqualByComparingTo("0.30");
        assertThat(clothing.at(d("1.77"))).isEqualByComparingTo("0.3009");
    }

    @Test
    void capSplitsTheSameWay() {
        PiecewiseLinear capped = PiecewiseLinear.linear(d("0.03")).min(d("5.00"));
        assertThat(capped.at(d("166.66"))).isEqualByComparingTo("4.9998");
        assertThat(capped.at(d("166.67"))).isEqualByComparingTo("5.00");
        assertThat(capped.at(d("1000"))).isEqualByComparingTo("5.00");
    }

    @Test
    void lowestPriceSolvesEachPieceExactly() {
        // f = 0.7 P − 7 on [0, 10), 0.7 P − 8 from 10.00: the root 10.00 of the first piece is outside it
        PiecewiseLinear f = PiecewiseLinear.of(List.of(new Piece(d("0"), d("0.7"), d("-7")),
                new Piece(d("10.00"), d("0.7"), d("-8"))));
        // second piece: 0.7 P ≥ 8 → P ≥ 11.428... → 11.43
        assertThat(f.lowestPriceAtLeastZero(d("0.01"))).contains(d("11.43"));
    }

    @Test
    void aJumpDownCanMakeAnEarlierPriceTheAnswer() {
        // profit jumps down at 10.00 (a higher fee band): 9.99 already covers costs
        PiecewiseLinear f = PiecewiseLinear.of(List.of(new Piece(d("0"), d("0.8"), d("-7.9")),
                new Piece(d("10.00"), d("0.8"), d("-9"))));
        assertThat(f.lowestPriceAtLeastZero(d("0.01"))).contains(d("9.88"));
    }

    @Test
    void noAnswerWhenTheLastPieceDoesNotRise() {
        PiecewiseLinear f = PiecewiseLinear.linear(d("-0.05")).plus(d("-1"));
        assertThat(f.lowestPriceAtLeastZero(d("0.01"))).isEmpty();
        assertThat(PiecewiseLinear.constant(d("-1")).lowestPriceAtLeastZero(d("0.01"))).isEmpty();
    }

    @Property(tries = 200)
    void sumsAndMinimumsAgreeWithPointwiseArithmetic(
            @ForAll @BigRange(min = "0.01", max = "0.5") @Scale(3) BigDecimal rate,
            @ForAll @BigRange(min = "0", max = "20") @Scale(2) BigDecimal minimum,
            @ForAll @BigRange(min = "0.01", max = "400") @Scale(2) BigDecimal price) {
        PiecewiseLinear fee = PiecewiseLinear.linear(rate).max(minimum);
        PiecewiseLinear total = fee.plus(fee.times(d("0.2")).min(d("5"))).plus(d("1.5"));
        BigDecimal f = rate.multiply(price).max(minimum);
        BigDecimal expected = f.add(f.multiply(d("0.2")).min(d("5"))).add(d("1.5"));
        assertThat(total.at(price)).isEqualByComparingTo(expected);
    }

    @Property(tries = 200)
    void lowestPriceIsTheFirstCentAtOrAboveZero(
            @ForAll @BigRange(min = "0.05", max = "0.95") @Scale(2) BigDecimal slope,
            @ForAll @BigRange(min = "0", max = "30") @Scale(2) BigDecimal costs,
            @ForAll @BigRange(min = "0", max = "3") @Scale(2) BigDecimal jump) {
        PiecewiseLinear f = PiecewiseLinear.of(List.of(new Piece(d("0"), slope, costs.negate()),
                new Piece(d("10.00"), slope, costs.add(jump).negate()),
                new Piece(d("50.01"), slope, costs.add(jump).add(jump).negate())));
        Optional<BigDecimal> p = f.lowestPriceAtLeastZero(d("0.01"));
        assertThat(p).isPresent();
        for (BigDecimal c = d("0.01"); c.compareTo(p.get()) < 0; c = c.add(d("0.01"))) {
            assertThat(f.at(c).signum()).as("f(%s)", c).isNegative();
        }
        assertThat(f.at(p.get()).signum()).isNotNegative();
    }
}
