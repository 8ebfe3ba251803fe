package com.pricedesk.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link SkuTable} behaves as the insertion-ordered maps it replaced in the import's analysis. */
class SkuTableTest {
    private record Seen(String sku, int row, byte kind, List<String> fields) {
    }

    @Property(tries = 200)
    void keepsFirstRowsAndPlansInFirstSeenOrderAsAMapWould(
            @ForAll @Size(max = 400) List<@StringLength(min = 1, max = 6) String> skus) {
        SkuTable table = new SkuTable();
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Seen> planned = new LinkedHashMap<>();
        int row = 2;
        for (String sku : skus) {
            Integer expected = first.putIfAbsent(sku, row);
            assertThat(table.putIfAbsent(sku, row)).isEqualTo(expected == null ? -1 : expected);
            row++;
        }
        int i = 0;
        for (String sku : first.keySet()) {
            byte kind = (byte) (i % 4);
            List<String> fields = kind == SkuTable.UPDATED ? List.of("purchase", "f" + (i % 3)) : List.of();
            if (kind != SkuTable.NONE) {
                table.plan(sku, kind, fields);
                planned.put(sku, new Seen(sku, first.get(sku), kind, fields));
            }
            i++;
        }
        i = 0;
        for (String sku : List.copyOf(planned.keySet())) {
            if (i++ % 5 == 0) {
                assertThat(table.unplan(sku)).isEqualTo(planned.remove(sku).kind());
            }
        }
        List<Seen> seen = new ArrayList<>();
        table.forEachPlanned((sku, r, kind, fields) -> seen.add(new Seen(sku, r, kind, fields)));
        assertThat(seen).containsExactlyElementsOf(planned.values());
        assertThat(table.size()).isEqualTo(first.size());
    }

    @Test
    void holdsAHundredThousandSkusOfOneShapeAndUnicode() {
        SkuTable table = new SkuTable();
        for (int r = 0; r < 100_000; r++) {
            assertThat(table.putIfAbsent(String.format("BENCH-%06d", r), r + 2)).isEqualTo(-1);
        }
        assertThat(table.putIfAbsent("手机壳-红", 5)).isEqualTo(-1);
        assertThat(table.putIfAbsent("手机壳-红", 9)).isEqualTo(5);
        assertThat(table.putIfAbsent("BENCH-054321", 1)).isEqualTo(54_323);
        assertThat(table.unplan("never seen")).isEqualTo(SkuTable.NONE);
        table.plan("手机壳-红", SkuTable.CREATED, List.of());
        List<String> planned = new ArrayList<>();
        table.forEachPlanned((sku, r, kind, fields) -> planned.add(sku + "@" + r));
        assertThat(planned).containsExactly("手机壳-红@5");
        assertThat(table.size()).isEqualTo(100_001);
    }
}
