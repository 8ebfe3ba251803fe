package com.pricedesk.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} {1} = {2} kg")
    @CsvSource({
            "1, LB, 0.45359237",
            "16, OZ, 0.45359237",
            "1, OZ, 0.028349523125",
            "500, G, 0.5",
            "2.5, KG, 2.5"})
    void weightsConvertToKilogramsExactly(String value, WeightUnit unit, String kg) {
        assertThat(Weight.of(new BigDecimal(value), unit).kg()).isEqualByComparingTo(kg);
    }

    @Test
    void poundsRoundTripThroughKilograms() {
        Weight w = Weight.of(new BigDecimal("1.2"), WeightUnit.LB);
        assertThat(w.in(WeightUnit.LB)).isEqualByComparingTo("1.2");
        assertThat(w.in(WeightUnit.OZ)).isEqualByComparingTo("19.2");
    }

    @Test
    void inchesAreExactlyTwoPointFiveFourCentimetres() {
        Dimensions d = Dimensions.of(new BigDecimal("15"), new BigDecimal("12"), new BigDecimal("0.75"), LengthUnit.IN);
        assertThat(d.lengthCm()).isEqualByComparingTo("38.1");
        assertThat(d.heightCm()).isEqualByComparingTo("1.905");
        assertThat(d.sortedDescending(LengthUnit.IN)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("15"), new BigDecimal("12"), new BigDecimal("0.75"));
    }

    @Test
    void sidesAreSortedLongestFirstWhateverTheOrderGiven() {
        List<BigDecimal> sides = Dimensions.cm("5", "30", "12").sortedDescending(LengthUnit.CM);
        assertThat(sides).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30"), new BigDecimal("12"), new BigDecimal("5"));
    }

    @Test
    void zeroOrNegativeSizesAreRejectedNamingFieldAndValue() {
        assertThatThrownBy(() -> Dimensions.of(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, LengthUnit.IN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Width must be positive, was 0 in");
        assertThatThrownBy(() -> Weight.of(new BigDecimal("-1"), WeightUnit.OZ))
                .hasMessage("Weight must be positive, was -1 oz");
    }

    @Test
    void unitNamesParseInEnglishAndChinese() {
        assertThat(WeightUnit.parse("磅")).isEqualTo(WeightUnit.LB);
        assertThat(WeightUnit.parse("Ounces")).isEqualTo(WeightUnit.OZ);
        assertThat(LengthUnit.parse("厘米")).isEqualTo(LengthUnit.CM);
        assertThatThrownBy(() -> LengthUnit.parse("ft")).hasMessageContaining("'ft'");
    }
}
