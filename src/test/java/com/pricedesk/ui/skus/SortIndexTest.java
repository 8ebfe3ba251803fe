package com.pricedesk.ui.skus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A kept column order (text or numbers) gives exactly the order of the general comparison ({@link SkuGridViewModel#comparedOrder}),
 * both ways, when built and after any number of changed values.
 */
class SortIndexTest {
    private static final String[] WORDS = {"cable", "Cable", "USB-C", "usb-c", "spatula", "", "é", "É", "品名",
            "硅胶铲", "数据线", "z", "a b", "a", "ab", "ab\u0000", "\uD83D\uDE00", "İ", "ß"};

    private static String title(Random r) {
        StringBuilder b = new StringBuilder();
        int words = r.nextInt(4);
        for (int w = 0; w < words; w++) {
            b.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /** As {@link GridColumn#sortValue} gives them; about one in seven unknown. */
    private static Object value(Random r) {
        return r.nextInt(7) == 0 ? null : GridColumn.sortValue(title(r));
    }

    private static int[] general(Object[] values, boolean ascending) {
        return SkuGridViewModel.comparedOrder(new Object[][] {values.clone()},
                List.of(new SkuGridViewModel.SortKey(GridColumn.TITLE, ascending)));
    }

    @Property(tries = 300)
    void builtAndPatchedOrderEqualsTheGeneralComparison(@ForAll long seed,
                                                        @ForAll @IntRange(min = 0, max = 250) int n,
                                                        @ForAll @IntRange(min = 0, max = 40) int edits,
                                                        @ForAll boolean parallel) {
        Random r = new Random(seed);
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = value(r);
        }
        SortIndex index = SortIndex.build(values, parallel);
        assertThat(index).isNotNull();
        assertThat(index.order(true)).containsExactly(general(values, true));
        assertThat(index.order(false)).containsExactly(general(values, false));
        for (int e = 0; e < edits && n > 0; e++) {
            int p = r.nextInt(n);
            // Sometimes a copy of another row's text (a new tie), sometimes unknown, sometimes new text.
            Object v = r.nextInt(3) == 0 ? values[r.nextInt(n)] : value(r);
            assertThat(index.set(p, v)).isTrue();
            assertThat(values[p]).as("the index writes through to the grid's values").isEqualTo(v);
            if (r.nextInt(5) == 0 || e == edits - 1) {
                assertThat(index.order(true)).containsExactly(general(values, true));
                assertThat(index.order(false)).containsExactly(general(values, false));
            }
        }
    }

    /** Amounts in one currency, decimals of mixed scales (1.5 ties 1.50) or counts; about one in six unknown. */
    private static Object number(Random r, int kind) {
        if (r.nextInt(6) == 0) {
            return null;
        }
        long x = r.nextInt(60) - 20; // few distinct values: many ties
        return switch (kind) {
            case 0 -> Money.usd(BigDecimal.valueOf(x * 25, 2));
            case 1 -> BigDecimal.valueOf(x * 10, 1).setScale(r.nextInt(4));
            default -> (int) x;
        };
    }

    @Property(tries = 300)
    void aNumberColumnsBuiltAndPatchedOrderEqualsTheGeneralComparison(@ForAll long seed,
                                                                     @ForAll @IntRange(min = 0, max = 250) int n,
                                                                     @ForAll @IntRange(min = 0, max = 40) int edits,
                                                                     @ForAll @IntRange(min = 0, max = 2) int kind) {
        Random r = new Random(seed);
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = number(r, kind);
        }
        SortIndex index = SortIndex.build(values, false);
        assertThat(index).isNotNull();
        assertThat(index.order(true)).containsExactly(generalNumbers(values, true));
        assertThat(index.order(false)).containsExactly(generalNumbers(values, false));
        for (int e = 0; e < edits && n > 0; e++) {
            int p = r.nextInt(n);
            Object v = r.nextInt(3) == 0 ? values[r.nextInt(n)] : number(r, kind);
            assertThat(index.set(p, v)).isTrue();
            assertThat(values[p]).isEqualTo(v);
            if (r.nextInt(5) == 0 || e == edits - 1) {
                assertThat(index.order(true)).containsExactly(generalNumbers(values, true));
                assertThat(index.order(false)).containsExactly(generalNumbers(values, false));
            }
        }
    }

    private static int[] generalNumbers(Object[] values, boolean ascending) {
        return SkuGridViewModel.comparedOrder(new Object[][] {values.clone()},
                List.of(new SkuGridViewModel.SortKey(GridColumn.MARGIN, ascending)));
    }

    @Test
    void aNumberIndexRefusesAnotherCurrencyOrKindAndStaysAsItWas() {
        Object[] v = {Money.usd("2.00"), Money.usd("1.00")};
        SortIndex index = SortIndex.build(v, false);
        assertThat(index.set(0, Money.cny("0.50"))).isFalse();
        assertThat(index.set(0, new BigDecimal("0.50"))).isFalse();
        assertThat(index.set(0, "text")).isFalse();
        assertThat(index.order(true)).containsExactly(1, 0);
        assertThat(index.set(0, Money.usd("0.50"))).isTrue();
        assertThat(index.order(true)).containsExactly(0, 1);
    }

    @Test
    void unknownLastBothWaysAndTiesInCatalogueOrderBothWays() {
        Object[] v = {"b", null, "a", "b", null, "c", "品名", "b"};
        SortIndex index = SortIndex.build(v, false);
        assertThat(index.order(true)).containsExactly(2, 0, 3, 7, 5, 6, 1, 4);
        assertThat(index.order(false)).containsExactly(6, 5, 0, 3, 7, 2, 1, 4);
        index.set(6, null);
        index.set(1, "b");
        assertThat(index.order(true)).containsExactly(2, 0, 1, 3, 7, 5, 4, 6);
        assertThat(index.order(false)).containsExactly(5, 0, 1, 3, 7, 2, 4, 6);
    }

    @Test
    void aColumnOfTextAndNumbersHasNoIndexAndATextIndexRefusesOtherValues() {
        assertThat(SortIndex.build(new Object[] {"a", Money.usd("1")}, false)).isNull();
        Object[] v = {"a", "b"};
        SortIndex index = SortIndex.build(v, false);
        assertThat(index.set(0, 7)).isFalse();
        assertThat(index.order(true)).as("unchanged after a refused value").containsExactly(0, 1);
        assertThat(SortIndex.build(new Object[0], true).order(false)).isEmpty();
    }

    @Test
    void valuesChangedBehindTheIndexAreDetected() {
        Object[] v = {"a", "b", "c"};
        SortIndex index = SortIndex.build(v, false);
        v[0] = "z"; // not through set(): the index no longer knows where row 0 is
        assertThatThrownBy(() -> index.set(0, "d")).isInstanceOf(IllegalStateException.class);
    }
}
