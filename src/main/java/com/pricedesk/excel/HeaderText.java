package com.pricedesk.excel;

import com.pricedesk.domain.catalog.WeightUnit;
import com.pricedesk.domain.catalog.LengthUnit;

import com.pricedesk.domain.imports.ColumnUnits;

import com.pricedesk.domain.imports.CostField;

import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.money.Money;
import java.text.Normalizer;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a header such as {@code 采购价（RMB）} or {@code Weight (lb)} into a comparable base name
 * ({@code 采购价}, {@code weight}) and the units it names.
 */
public final class HeaderText {
    private static final Pattern BRACKETS = Pattern.compile("[(\\[【]([^)\\]】]*)[)\\]】]");
    /** Unit words that sellers also write without brackets, at the end: 重量kg, 采购价RMB, 头程运费/kg. */
    private static final Pattern TRAILING_UNIT = Pattern.compile(
            "(?:/|每)?(?:(?<![a-z])(?:kg|g|lbs|lb|oz|cm|mm|inch|in|rmb|cny|usd|us\\$|cbm|pcs|unit)"
                    + "|公斤|千克|克|厘米|元|美元|美金|人民币|\\$|¥|%|立方|方|件)$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-*×·.:：/›]+");

    private final String base;
    private final ColumnUnits units;

    private HeaderText(String base, ColumnUnits units) {
        this.base = base;
        this.units = units;
    }

    public static HeaderText parse(String raw) {
        String text = normalise(raw);
        StringBuilder unitText = new StringBuilder();
        Matcher m = BRACKETS.matcher(text);
        while (m.find()) {
            unitText.append(' ').append(m.group(1));
        }
        String rest = BRACKETS.matcher(text).replaceAll("").trim();
        // peel unit words off the end: "重量kg" -> "重量", "头程运费元/kg" -> "头程运费"
        boolean peeled = true;
        while (peeled && !rest.isEmpty()) {
            Matcher t = TRAILING_UNIT.matcher(rest);
            peeled = false;
            if (t.find() && t.start() > 0) {
                unitText.append(' ').append(rest.substring(t.start()));
                rest = rest.substring(0, t.start()).trim();
                peeled = true;
            }
        }
        String units = unitText.toString();
        String base = SEPARATORS.matcher(rest).replaceAll("");
        return new HeaderText(base, readUnits(units, text));
    }

    /** NFKC turns full-width letters, digits and brackets (（ＲＭＢ）) into ASCII; then lower case. */
    static String normalise(String raw) {
        return Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
    }

    private static ColumnUnits readUnits(String units, String whole) {
        String u = units.replace(" ", "");
        Currency currency = null;
        if (u.matches(".*(rmb|cny|元|人民币|¥).*") && !u.contains("美元")) {
            currency = Money.CNY;
        } else if (u.matches(".*(usd|us\\$|\\$|美元|美金).*")) {
            currency = Money.USD;
        }
        WeightUnit weight = null;
        if (u.matches(".*(kg|公斤|千克).*")) {
            weight = WeightUnit.KG;
        } else if (u.matches(".*(lbs?|磅).*")) {
            weight = WeightUnit.LB;
        } else if (u.matches(".*oz.*")) {
            weight = WeightUnit.OZ;
        } else if (u.matches("(.*[^a-z])?(g|克)([^a-z].*)?")) {
            weight = WeightUnit.G;
        }
        LengthUnit length = null;
        if (u.matches(".*(cm|厘米).*")) {
            length = LengthUnit.CM;
        } else if (u.matches(".*(mm|毫米).*")) {
            length = LengthUnit.MM;
        } else if (u.matches(".*(inch|in|英寸).*")) {
            length = LengthUnit.IN;
        }
        FreightBasis basis = null;
        if (u.matches(".*(cbm|方|立方).*")) {
            basis = FreightBasis.PER_CBM;
        } else if (weight != null && (u.contains("/") || u.contains("每"))) {
            basis = FreightBasis.PER_KG;
        } else if (u.matches(".*(/件|/pcs|/unit|每件).*")) {
            basis = FreightBasis.PER_UNIT;
        }
        // only an explicit % decides; 退货率 alone does not say whether 5 or 0.05 is meant
        boolean percent = whole.contains("%");
        return new ColumnUnits(currency, weight, length, percent, basis);
    }

    /** Lower-case name without units, spaces or separators: the form {@link CostField} synonyms use. */
    public String base() {
        return base;
    }

    public ColumnUnits units() {
        return units;
    }
}
