package com.pricedesk.domain.rules;

/**
 * A number a condition can test, with its label in English and Chinese. Gaps are positive when the
 * competitor is cheaper than us ("competitor 5% below us" is a gap of 5).
 */
public enum Fact {
    OUR_PRICE(Unit.MONEY, "our price", "我们的售价"),
    BUY_BOX_PRICE(Unit.MONEY, "Buy Box price", "购物车价格"),
    LOWEST_COMPETITOR_PRICE(Unit.MONEY, "lowest competitor", "竞品最低价"),
    LOWEST_FBA_PRICE(Unit.MONEY, "lowest FBA competitor", "FBA竞品最低价"),
    LOWEST_FBM_PRICE(Unit.MONEY, "lowest FBM competitor", "FBM竞品最低价"),
    COMPETITOR_GAP_USD(Unit.MONEY, "gap to lowest competitor", "与竞品最低价差额"),
    COMPETITOR_GAP_PCT(Unit.PERCENT, "gap to lowest competitor", "与竞品最低价差距"),
    BUY_BOX_GAP_PCT(Unit.PERCENT, "gap to Buy Box", "与购物车价格差距"),
    OFFER_COUNT(Unit.COUNT, "offers", "卖家数"),
    BSR(Unit.COUNT, "BSR", "BSR排名"),
    BSR_CHANGE_7D_PCT(Unit.PERCENT, "BSR 7-day change", "BSR 7天变化"),
    DAYS_OF_COVER(Unit.COUNT, "days of cover", "可售天数"),
    INVENTORY_AGE_DAYS(Unit.COUNT, "inventory age (days)", "库龄(天)"),
    CONVERSION_PCT(Unit.PERCENT, "conversion", "转化率"),
    ACOS_PCT(Unit.PERCENT, "ACoS", "ACoS"),
    TACOS_PCT(Unit.PERCENT, "TACoS", "TACoS"),
    MARGIN_PCT(Unit.PERCENT, "margin", "毛利率"),
    HOURS_SINCE_LAST_CHANGE(Unit.COUNT, "hours since our last change", "距上次调价小时数");

    /** How a value of the fact is written in a reason. */
    public enum Unit { MONEY, PERCENT, COUNT }

    private final Unit unit;
    private final String english;
    private final String chinese;

    Fact(Unit unit, String english, String chinese) {
        this.unit = unit;
        this.english = english;
        this.chinese = chinese;
    }

    public Unit unit() {
        return unit;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }

    /** True for facts read from a competitor's price: the suspicious-price guard checks that competitor. */
    public boolean readsCompetitor() {
        return this == LOWEST_COMPETITOR_PRICE || this == LOWEST_FBA_PRICE || this == LOWEST_FBM_PRICE
                || this == COMPETITOR_GAP_USD || this == COMPETITOR_GAP_PCT;
    }
}
