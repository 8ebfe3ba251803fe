package com.pricedesk.excel;

import com.pricedesk.domain.catalog.WeightUnit;
import com.pricedesk.domain.catalog.LengthUnit;

import com.pricedesk.domain.imports.PercentReading;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.SheetColumn;
import com.pricedesk.domain.imports.DimensionsWeight;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads one cell of a recognised column into its typed value, or says precisely why it cannot. */
public final class CellReader {
    private static final Pattern DIMENSION_SEPARATOR = Pattern.compile("\\s*[-*xX×/]\\s*");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[,;，；、|]\\s*");
    private static final Pattern ASIN = Pattern.compile("[A-Z0-9]{10}");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Money PRICE_SANITY_MAX =
            com.pricedesk.domain.pricing.GuardrailSettings.DEFAULTS.sanityMaxPrice();

    /** Money columns without a currency in header or cell: RMB for what is paid in China, USD for Amazon. */
    public static Currency defaultCurrency(CostField field) {
        return switch (field) {
            case CUSTOMS_VALUE, INBOUND_PLACEMENT, MIN_PRICE, MAX_PRICE, REGULAR_PRICE -> Money.USD;
            default -> Money.CNY;
        };
    }

    public Object read(SheetColumn col, SheetCell cell, PercentReading percentReading) throws CellProblem {
        if (cell.error()) {
            throw new CellProblem("excel.value.formulaError", cell.text());
        }
        CostField field = col.field();
        return switch (field.kind()) {
            case TEXT -> text(field, cell);
            case MONEY -> money(col, cell);
            case PERCENT -> percent(cell, percentReading);
            case DECIMAL -> nonNegative(number(cell).value(), cell);
            case LENGTH -> unitOf(col.units().lengthUnit()).toCm(positive(number(cell).value(), cell));
            case WEIGHT -> weightUnit(col).toKg(positive(number(cell).value(), cell));
            case DIMENSIONS_WEIGHT -> dimensions(col, cell);
            case INTEGER -> integer(cell);
            case TIER -> tier(cell);
            case TAGS -> List.copyOf(Arrays.stream(TAG_SEPARATOR.split(cell.text())).filter(t -> !t.isBlank()).toList());
            case FREIGHT_BASIS -> freightBasis(cell);
            case USD_PRICE -> usdPrice(col, cell);
            case NOT_STORED -> null;
        };
    }

    private static String text(CostField field, SheetCell cell) throws CellProblem {
        String s = cell.numeric() ? cell.number().toPlainString() : cell.text().strip();
        int max = switch (field) {
            case SELLER_SKU -> 64;
            case ASIN -> 10;
            case CATEGORY -> 100;
            case LOCAL_TITLE -> 200;
            default -> 500;
        };
        if (s.length() > max) {
            throw new CellProblem("excel.value.tooLong", max);
        }
        if (field == CostField.ASIN) {
            s = s.toUpperCase(Locale.ROOT);
            if (!ASIN.matcher(s).matches()) {
                throw new CellProblem("excel.value.asin", cell.text());
            }
        }
        return s;
    }

    private static NumberText.Parsed number(SheetCell cell) throws CellProblem {
        if (cell.numeric()) {
            return new NumberText.Parsed(cell.number(), null, false);
        }
        return NumberText.parse(cell.text());
    }

    private static Money money(SheetColumn col, SheetCell cell) throws CellProblem {
        NumberText.Parsed n = number(cell);
        if (n.percent()) {
            throw new CellProblem("excel.value.percentInMoney", cell.text());
        }
        Currency header = col.units().currency();
        Currency currency = n.currency() != null ? n.currency() : header;
        if (n.currency() != null && header != null && !n.currency().equals(header)) {
            throw new CellProblem("excel.value.currencyConflict", n.currency().getCurrencyCode(),
                    header.getCurrencyCode());
        }
        if (currency == null) {
            currency = defaultCurrency(col.field());
        }
        return new Money(nonNegative(n.value(), cell), currency);
    }

    /**
     * A price the seller sets (最低价, 封顶价, 常规售价): read like any amount (¥/$ signs, full-width digits,
     * text numbers), but it must be US dollars, above zero, in whole cents and not above the guardrails'
     * sanity maximum (a price of $25,000 is almost surely CNY or a typo).
     */
    private static Money usdPrice(SheetColumn col, SheetCell cell) throws CellProblem {
        Money m;
        try {
            m = money(col, cell);
        } catch (CellProblem p) {
            if ("excel.value.negative".equals(p.key())) {
                throw new CellProblem("excel.value.notPositive", cell.text());
            }
            throw p;
        }
        if (!m.currency().equals(Money.USD)) {
            throw new CellProblem("excel.value.priceNotUsd", cell.text(), m.currency().getCurrencyCode());
        }
        BigDecimal v = m.amount();
        if (v.signum() <= 0) {
            throw new CellProblem("excel.value.notPositive", cell.text());
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw new CellProblem("excel.value.priceCents", cell.text());
        }
        if (v.compareTo(PRICE_SANITY_MAX.amount()) > 0) {
            throw new CellProblem("excel.value.priceAbsurd", cell.text(), PRICE_SANITY_MAX.amount().toPlainString());
        }
        return Money.usd(v.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    private static BigDecimal percent(SheetCell cell, PercentReading reading) throws CellProblem {
        BigDecimal points;
        if (cell.numeric() && cell.percentFormat()) {
            points = cell.number().movePointRight(2);
        } else {
            NumberText.Parsed n = number(cell);
            if (n.percent()) {
                points = n.value();
            } else if (reading == PercentReading.FRACTION) {
                if (n.value().compareTo(BigDecimal.ONE) > 0) {
                    throw new CellProblem("excel.value.percentAmbiguous", cell.text());
                }
                points = n.value().multiply(HUNDRED);
            } else {
                points = n.value();
            }
        }
        points = points.stripTrailingZeros();
        if (points.scale() < 0) {
            points = points.setScale(0);
        }
        if (points.signum() < 0) {
            throw new CellProblem("excel.value.negative", cell.text());
        }
        if (points.compareTo(new BigDecimal("1000")) > 0) {
            throw new CellProblem("excel.value.percentRange", cell.text());
        }
        return points;
    }

    private static BigDecimal nonNegative(BigDecimal v, SheetCell cell) throws CellProblem {
        if (v.signum() < 0) {
            throw new CellProblem("excel.value.negative", cell.text());
        }
        return v;
    }

    private static BigDecimal positive(BigDecimal v, SheetCell cell) throws CellProblem {
        if (v.signum() <= 0) {
            throw new CellProblem("excel.value.notPositive", cell.text());
        }
        return v;
    }

    private static LengthUnit unitOf(LengthUnit u) {
        return u == null ? LengthUnit.CM : u;
    }

    private static WeightUnit weightUnit(SheetColumn col) {
        return col.units().weightUnit() == null ? WeightUnit.KG : col.units().weightUnit();
    }

    private static DimensionsWeight dimensions(SheetColumn col, SheetCell cell) throws CellProblem {
        String s = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replace("cm", "").replace("kg", "");
        String[] parts = DIMENSION_SEPARATOR.split(s);
        if (parts.length != 3 && parts.length != 4) {
            throw new CellProblem("excel.value.dimensions", cell.text());
        }
        BigDecimal[] v = new BigDecimal[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = positive(NumberText.parse(parts[i]).value(), cell);
            } catch (CellProblem e) {
                throw new CellProblem("excel.value.dimensions", cell.text());
            }
        }
        LengthUnit lu = unitOf(col.units().lengthUnit());
        return new DimensionsWeight(lu.toCm(v[0]), lu.toCm(v[1]), lu.toCm(v[2]),
                v.length == 4 ? weightUnit(col).toKg(v[3]) : null);
    }

    private static Integer integer(SheetCell cell) throws CellProblem {
        BigDecimal v = number(cell).value();
        try {
            int i = v.intValueExact();
            if (i <= 0) {
                throw new CellProblem("excel.value.notPositive", cell.text());
            }
            return i;
        } catch (ArithmeticException e) {
            throw new CellProblem("excel.value.notInteger", cell.text());
        }
    }

    private static Tier tier(SheetCell cell) throws CellProblem {
        try {
            return Tier.parse(cell.text());
        } catch (IllegalArgumentException e) {
            throw new CellProblem("excel.value.tier", cell.text());
        }
    }

    private static FreightBasis freightBasis(SheetCell cell) throws CellProblem {
        String s = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replace(" ", "").replace("_", "");
        if (s.matches(".*(kg|公斤|千克|重量|perkg).*")) {
            return FreightBasis.PER_KG;
        }
        if (s.matches(".*(cbm|方|立方|体积|percbm).*")) {
            return FreightBasis.PER_CBM;
        }
        if (s.matches(".*(件|个|pcs|unit|perunit|pc).*")) {
            return FreightBasis.PER_UNIT;
        }
        throw new CellProblem("excel.value.freightBasis", cell.text());
    }
}
