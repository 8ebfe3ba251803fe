package com.pricedesk.ui.skus;

import com.pricedesk.app.grid.EditableCost;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.money.Money;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every column the grid can show, in the default order: what it shows, how it sorts (unknown last
 * in both directions) and whether it is shown before the seller chooses. Money first: what a seller
 * scans is price against Buy Box, cost and floor; identifiers trail.
 */
public enum GridColumn {
    SKU("sku", Kind.TEXT, true, 150, SkuGridRow::sellerSku),
    TITLE("title", Kind.TEXT, true, 240, SkuGridRow::title),
    LOCAL_TITLE("localTitle", Kind.TEXT, false, 150, SkuGridRow::localTitle),
    TIER("tier", Kind.TIER, true, 90, SkuGridRow::tier),
    KPI("kpi", Kind.KPI, true, 200, r -> kpiRank(r.kpiStatus())),
    PRICE("price", Kind.MONEY, true, 84, SkuGridRow::price),
    BUY_BOX("buyBox", Kind.MONEY, true, 84, SkuGridRow::buyBoxPrice),
    BUY_BOX_HOLDER("buyBoxHolder", Kind.HOLDER, true, 118, r -> r.weHoldBuyBox() == null ? null
            : r.weHoldBuyBox() ? 0 : 1),
    LOWEST_FBA("lowestFba", Kind.MONEY, true, 100, SkuGridRow::lowestFba),
    LOWEST_FBM("lowestFbm", Kind.MONEY, false, 104, SkuGridRow::lowestFbm),
    PURCHASE("purchase", Kind.COST, true, 112, SkuGridRow::purchase),
    FREIGHT("freight", Kind.COST, true, 124, SkuGridRow::freightRate),
    PACKAGING("packaging", Kind.COST, false, 90, SkuGridRow::packaging),
    LANDED_COST("landedCost", Kind.MONEY, true, 104, SkuGridRow::landedCost),
    FEES("fees", Kind.MONEY, true, 104, SkuGridRow::fees),
    PROFIT("profit", Kind.MONEY, true, 84, SkuGridRow::profit),
    MARGIN("margin", Kind.PERCENT, true, 76, SkuGridRow::marginPct),
    ROI("roi", Kind.PERCENT, true, 70, SkuGridRow::roiPct),
    BREAK_EVEN("breakEven", Kind.MONEY, true, 96, SkuGridRow::breakEven),
    FLOOR("floor", Kind.MONEY, true, 84, SkuGridRow::floor),
    CEILING("ceiling", Kind.MONEY, false, 84, SkuGridRow::ceiling),
    MANUAL_MIN("manualMin", Kind.SETTING, false, 110, SkuGridRow::manualMin),
    MANUAL_MAX("manualMax", Kind.SETTING, false, 110, SkuGridRow::manualMax),
    REGULAR_PRICE("regularPrice", Kind.SETTING, false, 96, SkuGridRow::regularPrice),
    DAYS_OF_COVER("daysOfCover", Kind.NUMBER, true, 108, SkuGridRow::daysOfCover),
    INVENTORY_AGE("inventoryAge", Kind.NUMBER, false, 150, SkuGridRow::inventoryAgeDays),
    CONVERSION("conversion", Kind.PERCENT, true, 96, SkuGridRow::conversionPct),
    ACOS("acos", Kind.PERCENT, true, 70, SkuGridRow::acosPct),
    TACOS("tacos", Kind.PERCENT, false, 70, SkuGridRow::tacosPct),
    BSR("bsr", Kind.RANK, true, 84, SkuGridRow::bsr),
    TAGS("tags", Kind.TEXT, false, 140, r -> String.join(", ", r.tags())),
    ASIN("asin", Kind.TEXT, false, 110, SkuGridRow::asin),
    CATEGORY("category", Kind.TEXT, false, 170, SkuGridRow::category);

    /** How a column's values look and behave. */
    public enum Kind { TEXT, TIER, KPI, MONEY, COST, HOLDER, PERCENT, NUMBER, RANK,
        /** a price the seller sets (最低价, 封顶价, 常规售价): editable, blank = none set */
        SETTING }

    private final String id;
    private final Kind kind;
    private final boolean shownByDefault;
    private final double width;
    private final Function<SkuGridRow, ?> value;
    private final Comparator<GridRow> ascending;

    GridColumn(String id, Kind kind, boolean shownByDefault, double width, Function<SkuGridRow, ?> value) {
        this.id = id;
        this.kind = kind;
        this.shownByDefault = shownByDefault;
        this.width = width;
        this.value = value;
        this.ascending = (a, b) -> compare(value.apply(a.data()), value.apply(b.data()));
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether the column shows before the seller chooses, in the UI's language: in Chinese the seller's own
     * 中文品名 shows beside Amazon's (English) title, since that is the name they know their goods by.
     */
    public boolean shownByDefault(Locale uiLocale) {
        if (this == LOCAL_TITLE) {
            return Locale.CHINESE.getLanguage().equals(uiLocale.getLanguage());
        }
        return shownByDefault;
    }

    public double width() {
        return width;
    }

    /** Message key of the heading, e.g. {@code grid.col.price}. */
    public String messageKey() {
        return "grid.col." + id;
    }

    public Object valueOf(SkuGridRow row) {
        return value.apply(row);
    }

    /** The cost field this column edits, for editable cost columns. */
    public EditableCost editableCost() {
        return switch (this) {
            case PURCHASE -> EditableCost.PURCHASE;
            case FREIGHT -> EditableCost.FREIGHT;
            case PACKAGING -> EditableCost.PACKAGING;
            default -> null;
        };
    }

    /** The price setting this column edits, for 最低价 / 封顶价 / 常规售价. */
    public PriceSettingField priceSetting() {
        return switch (this) {
            case MANUAL_MIN -> PriceSettingField.MIN;
            case MANUAL_MAX -> PriceSettingField.MAX;
            case REGULAR_PRICE -> PriceSettingField.REGULAR;
            default -> null;
        };
    }

    /** Sorts rows by this column; unknown values go last whichever way the column is sorted. */
    public Comparator<GridRow> comparator(boolean ascendingOrder) {
        Comparator<GridRow> known = ascendingOrder ? ascending : ascending.reversed();
        return (a, b) -> {
            boolean na = value.apply(a.data()) == null;
            boolean nb = value.apply(b.data()) == null;
            if (na || nb) {
                return na == nb ? 0 : na ? 1 : -1;
            }
            return known.compare(a, b);
        };
    }

    public static GridColumn byId(String id) {
        for (GridColumn c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        return null;
    }

    /** A value in the form sorting compares fastest: text lower-cased once, money as its amount per currency. */
    static Object sortValue(Object v) {
        if (v instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        return v;
    }

    /** Compares two {@link #sortValue}s; unknown (null) last in both directions. */
    static int compareSortValues(Object a, Object b, boolean ascendingOrder) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        int c = a instanceof String sa ? sa.compareTo((String) b) : compare(a, b);
        return ascendingOrder ? c : -c;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        if (a instanceof Money ma && b instanceof Money mb) {
            // Cost fields may be CNY for one SKU and USD for another: group by currency, then amount.
            int c = ma.currency().getCurrencyCode().compareTo(mb.currency().getCurrencyCode());
            return c != 0 ? c : ma.amount().compareTo(mb.amount());
        }
        if (a instanceof String sa && b instanceof String sb) {
            return sa.compareToIgnoreCase(sb);
        }
        return ((Comparable) a).compareTo(b);
    }

    /** Breach sorts first when ascending: the SKUs needing attention come to the top. */
    private static int kpiRank(KpiStatus s) {
        return switch (s) {
            case BREACH -> 0;
            case WARNING -> 1;
            case UNKNOWN -> 2;
            case OK -> 3;
        };
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
