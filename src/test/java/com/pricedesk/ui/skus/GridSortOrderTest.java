package com.pricedesk.ui.skus;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A column's sort index (numbers: a primitive sort) gives exactly the order the general comparison gives. */
class GridSortOrderTest {

    private static Object[] column(long seed, int n, int kind) {
        Random r = new Random(seed);
        Object[] v = new Object[n];
        for (int i = 0; i < n; i++) {
            if (r.nextInt(6) == 0) {
                continue; // unknown
            }
            long x = r.nextInt(4000) - 1000;
            v[i] = switch (kind) {
                case 0 -> Money.usd(BigDecimal.valueOf(x, 2));
                case 1 -> BigDecimal.valueOf(x * 37, r.nextInt(5)); // mixed scales, e.g. margins
                default -> (int) x;
            };
        }
        return v;
    }

    @Property(tries = 200)
    void numericOrderEqualsComparedOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int n,
                                         @ForAll @IntRange(min = 0, max = 2) int kind, @ForAll boolean ascending) {
        Object[] values = column(seed, n, kind);
        int[] fast = SkuGridViewModel.indexedOrder(values, ascending);
        // The column stands in for any numeric one: only the direction is read from the key.
        int[] general = SkuGridViewModel.comparedOrder(new Object[][] {values},
                List.of(new SkuGridViewModel.SortKey(GridColumn.PRICE, ascending)));
        assertThat(fast).containsExactly(general);
    }

    /** Titles with shared prefixes, case differences, duplicates and unknowns, as sortValue gives them. */
    private static Object[] texts(long seed, int n) {
        Random r = new Random(seed);
        String[] words = {"cable", "Cable", "usb", "USB-C", "spatula", "", "é", "品名", "z", "a b"};
        Object[] v = new Object[n];
        for (int i = 0; i < n; i++) {
            if (r.nextInt(7) == 0) {
                continue; // unknown
            }
            String t = words[r.nextInt(words.length)] + (r.nextBoolean() ? " " + words[r.nextInt(words.length)] : "");
            v[i] = GridColumn.sortValue(t);
        }
        return v;
    }

    @Property(tries = 200)
    void textOrderEqualsComparedOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int n,
                                      @ForAll boolean ascending) {
        Object[] values = texts(seed, n);
        int[] fast = SkuGridViewModel.indexedOrder(values, ascending);
        int[] general = SkuGridViewModel.comparedOrder(new Object[][] {values},
                List.of(new SkuGridViewModel.SortKey(GridColumn.TITLE, ascending)));
        assertThat(fast).containsExactly(general);
    }

    @Test
    void textOrderPutsUnknownLastAndKeepsCatalogueOrderForTies() {
        Object[] v = {"b", null, "a", "b", null, "c"};
        assertThat(SkuGridViewModel.indexedOrder(v, true)).containsExactly(2, 0, 3, 5, 1, 4);
        assertThat(SkuGridViewModel.indexedOrder(v, false)).containsExactly(5, 0, 3, 2, 1, 4);
        assertThat(SkuGridViewModel.indexedOrder(new Object[] {"a", Money.usd("1")}, true)).isNull();
    }

    @Test
    void unknownValuesGoLastInBothDirectionsAndTiesKeepCatalogueOrder() {
        Object[] v = {Money.usd("5.00"), null, Money.usd("1.50"), Money.usd("5.0"), null, Money.usd("-2.25")};
        assertThat(SkuGridViewModel.indexedOrder(v, true)).containsExactly(5, 2, 0, 3, 1, 4);
        assertThat(SkuGridViewModel.indexedOrder(v, false)).containsExactly(0, 3, 2, 5, 1, 4);
    }

    @Test
    void mixedCurrenciesOrKindsFallBackToTheGeneralComparison() {
        assertThat(SkuGridViewModel.indexedOrder(new Object[] {"b", 1}, true)).isNull();
        assertThat(SkuGridViewModel.indexedOrder(new Object[] {BigDecimal.ONE, 1}, true)).isNull();
        assertThat(SkuGridViewModel.indexedOrder(new Object[] {Money.usd("1"), Money.cny("1")}, true)).isNull();
    }
}
