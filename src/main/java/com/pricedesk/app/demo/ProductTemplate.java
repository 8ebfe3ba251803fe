package com.pricedesk.app.demo;

import java.util.List;

/**
 * One product line of the demo seller, with the variants it is sold in. Money figures are strings so
 * they stay exact: purchase cost in CNY, list price in USD, both for the first variant of each axis.
 */
record ProductTemplate(String code, String category, String title, String localTitle,
                       String costCny, String priceUsd, String lengthCm, String widthCm, String heightCm,
                       String weightKg, String tariffPct, List<Variant> variants) {

    /** A colour, size or pack count; {@code factor} scales cost, price and weight. */
    record Variant(String code, String label, String localLabel, String factor) {
    }

    static Variant v(String code, String label, String localLabel) {
        return new Variant(code, label, localLabel, "1");
    }

    static Variant v(String code, String label, String localLabel, String factor) {
        return new Variant(code, label, localLabel, factor);
    }
}
