package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** JSON helpers shared by {@code fees} and {@code quote}: percentages as numbers, table versions. */
final class EconomicsJson {
    private EconomicsJson() {
    }

    /** A percentage as a JSON number with at least one decimal ({@code 15.0}), at most two. */
    static void putPct(ObjectNode node, String field, BigDecimal pct) {
        if (pct == null) {
            node.putNull(field);
            return;
        }
        BigDecimal v = pct.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        node.put(field, v.scale() < 1 ? v.setScale(1) : v);
    }

    static void putVersions(ObjectNode node, Map<String, String> versions) {
        ObjectNode v = node.putObject("fee_schedule");
        versions.forEach(v::put);
    }
}
