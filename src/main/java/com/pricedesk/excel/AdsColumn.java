package com.pricedesk.excel;

import java.util.List;
import java.util.Locale;

/**
 * The columns of Amazon Ads' "Sponsored Products advertised product" report that PriceDesk reads, with
 * the header words of the English and the Chinese Ads console (compared without spaces, case, units
 * or brackets). Earlier synonyms win when a report has several: 7-day sales before 14-day sales.
 */
enum AdsColumn {
    DATE("date", "day", "日期"),
    START_DATE("startdate", "开始日期"),
    END_DATE("enddate", "结束日期"),
    CURRENCY("currency", "货币", "币种"),
    CAMPAIGN("campaignname", "campaign", "广告活动名称", "广告活动"),
    AD_GROUP("adgroupname", "adgroup", "广告组名称", "广告组"),
    SKU("advertisedsku", "sku", "广告sku", "推广的sku", "推广sku", "推广的商品sku", "广告商品sku"),
    ASIN("advertisedasin", "asin", "广告asin", "推广的asin", "推广asin", "推广的商品asin", "广告商品asin"),
    IMPRESSIONS("impressions", "展示量", "曝光量", "展现量"),
    CLICKS("clicks", "点击量", "点击次数"),
    SPEND("spend", "cost", "花费", "支出", "广告花费", "广告支出", "总花费"),
    SALES("7daytotalsales", "7天总销售额", "7天的总销售额", "7天总销售额(美元)", "14daytotalsales", "14天总销售额",
            "totalsales", "sales", "总销售额", "销售额"),
    ORDERS("7daytotalorders", "7天总订单数", "7天的总订单数", "14daytotalorders", "14天总订单数", "orders", "订单数");

    private final List<String> synonyms;

    AdsColumn(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

    /** The field name shown in the layout (snake case, like the JSON). */
    String field() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How well a normalised header names this column: 0 best, -1 not at all. */
    int rank(String base) {
        return synonyms.indexOf(base);
    }

    /** The column a header names, or null. */
    static AdsColumn of(String header) {
        String base = HeaderText.parse(header).base();
        for (AdsColumn c : values()) {
            if (c.rank(base) >= 0) {
                return c;
            }
        }
        return null;
    }

    static int rankOf(String header, AdsColumn column) {
        return column.rank(HeaderText.parse(header).base());
    }
}
