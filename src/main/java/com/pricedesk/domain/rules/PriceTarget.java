package com.pricedesk.domain.rules;

/** The market price a match/beat action follows. */
public enum PriceTarget {
    BUY_BOX("the Buy Box", "购物车价格"),
    LOWEST_COMPETITOR("the lowest competitor", "竞品最低价"),
    LOWEST_FBA("the lowest FBA competitor", "FBA竞品最低价"),
    LOWEST_FBM("the lowest FBM competitor", "FBM竞品最低价");

    private final String english;
    private final String chinese;

    PriceTarget(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }
}
