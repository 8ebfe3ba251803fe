package com.pricedesk.domain.kpi;

/** A KPI (考核指标) the seller sets a target for, and whether higher or lower is better. */
public enum Kpi {
    MARGIN("margin", "毛利率", true),
    ROI("ROI", "ROI", true),
    DAYS_OF_COVER("days of cover", "可售天数", false),
    CONVERSION("conversion", "转化率", true),
    ACOS("ACoS", "ACoS", false),
    TACOS("TACoS", "TACoS", false),
    BSR("BSR", "BSR排名", false),
    BUY_BOX_SHARE("Buy Box share", "购物车占有率", true);

    private final String english;
    private final String chinese;
    private final boolean higherIsBetter;

    Kpi(String english, String chinese, boolean higherIsBetter) {
        this.english = english;
        this.chinese = chinese;
        this.higherIsBetter = higherIsBetter;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
