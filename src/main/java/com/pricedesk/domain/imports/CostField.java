package com.pricedesk.domain.imports;

import java.util.List;
import java.util.Locale;

/**
 * Every column PriceDesk recognises in a seller's cost sheet, with the headings sellers actually use
 * (see shared/reference/seller-cost-sheets.md). Synonyms are written in {@link HeaderText#base} form:
 * lower case, no spaces, no units.
 */
public enum CostField {
    SELLER_SKU(ColumnKind.TEXT, "SKU", "sku", "平台sku", "sellersku", "msku", "商品sku", "sku编码", "本地sku", "子sku",
            "型号"),
    ASIN(ColumnKind.TEXT, "ASIN", "asin"),
    TITLE(ColumnKind.TEXT, "品名", "品名", "商品名称", "产品名称", "名称", "英文名", "英文品名", "title", "producttitle",
            "itemname", "productname", "name"),
    LOCAL_TITLE(ColumnKind.TEXT, "中文名", "中文名", "中文品名", "本地品名", "localname", "localtitle"),
    CATEGORY(ColumnKind.TEXT, "类目", "类目", "分类", "类别", "一级类目", "category"),
    TIER(ColumnKind.TIER, "产品分级", "产品分级", "分级", "tier"),
    TAGS(ColumnKind.TAGS, "标签", "标签", "tags", "tag"),
    PURCHASE(ColumnKind.MONEY, "采购价", "采购价", "采购成本", "采购单价", "最新采购价", "最新的采购价", "最新供货价",
            "供货价", "国内采购价", "成本", "进货价", "purchaseprice", "purchasecost", "unitcost", "cogs", "pricermb",
            "cost"),
    FREIGHT(ColumnKind.MONEY, "头程运费", "头程运费", "头程", "头程费用", "头程费", "真实头程运费", "头程成本",
            "firstlegfreight", "firstleg", "freight", "inboundfreight", "inboundshipping", "firstclass"),
    FREIGHT_BASIS(ColumnKind.FREIGHT_BASIS, "头程运费计费单位", "头程运费计费单位", "计费单位", "计价单位", "头程计费方式",
            "freightbasis"),
    VOLUMETRIC_DIVISOR(ColumnKind.INTEGER, "材积基数", "材积基数", "体积重系数", "抛重系数", "材积除数",
            "volumetricdivisor"),
    TARIFF(ColumnKind.PERCENT, "关税", "关税", "关税率", "税率", "清关关税", "关税比例", "duty", "dutyrate", "tariff",
            "tariffrate"),
    CUSTOMS_VALUE(ColumnKind.MONEY, "申报价值", "申报价值", "申报单价", "产品报关价", "报关价", "申报价", "declaredvalue",
            "customsvalue"),
    PACKAGING(ColumnKind.MONEY, "包装费", "包装费", "包装", "耗材", "耗材费", "包材", "packaging", "packagingcost",
            "packagecost"),
    LABELING(ColumnKind.MONEY, "贴标费", "贴标费", "贴标", "labeling", "labelling", "labelcost"),
    PREP(ColumnKind.MONEY, "预处理费", "预处理费", "prep", "prepcost", "prepfee"),
    OTHER(ColumnKind.MONEY, "其他费用", "其他费用", "其它费用", "其他成本", "其它成本", "杂费", "other", "othercost",
            "misc", "miscfee", "extra"),
    INBOUND_PLACEMENT(ColumnKind.MONEY, "入库配置费", "入库配置费", "inboundplacement", "inboundplacementfee",
            "placementfee"),
    RETURN_RATE(ColumnKind.PERCENT, "退货率", "退货率", "退款率", "returnrate", "refundrate"),
    UNSELLABLE(ColumnKind.PERCENT, "不可售比例", "不可售比例", "不可售率", "unsellable", "unsellableshare",
            "unsellablerate"),
    TACOS(ColumnKind.PERCENT, "广告占比", "广告占比", "广告费率", "广告比例", "tacos", "adrate", "advertisingrate",
            "spendrate"),
    STORAGE_MONTHS(ColumnKind.DECIMAL, "库存月数", "库存月数", "仓储月数", "storagemonths", "monthsinstorage"),
    LENGTH(ColumnKind.LENGTH, "长", "长", "长度", "length", "l"),
    WIDTH(ColumnKind.LENGTH, "宽", "宽", "宽度", "width", "w"),
    HEIGHT(ColumnKind.LENGTH, "高", "高", "高度", "height", "h"),
    WEIGHT(ColumnKind.WEIGHT, "重量", "重量", "毛重", "实重", "发货重量", "weight", "grossweight", "shippingweight"),
    DIMENSIONS_WEIGHT(ColumnKind.DIMENSIONS_WEIGHT, "长-宽-高-重量", "长宽高重量", "长宽高", "尺寸", "尺寸重量", "规格",
            "lwhkg", "lwh", "lwhweight", "dimensions", "dimensionsweight"),
    MIN_PRICE(ColumnKind.USD_PRICE, "最低价", "最低价", "最低售价", "底价", "最低价格", "手动最低价", "minprice",
            "minimumprice", "pricemin", "lowestprice"),
    MAX_PRICE(ColumnKind.USD_PRICE, "封顶价", "封顶价", "最高价", "最高售价", "最高价格", "手动最高价", "maxprice",
            "maximumprice", "pricemax", "highestprice", "ceilingprice"),
    REGULAR_PRICE(ColumnKind.USD_PRICE, "常规售价", "常规售价", "常规价", "标准价", "标准售价", "正常售价", "regularprice",
            "listprice", "standardprice"),
    EXCHANGE_RATE(ColumnKind.NOT_STORED, "汇率", "汇率", "exchangerate", "fxrate", "fx"),
    FBA_FEE(ColumnKind.NOT_STORED, "FBA配送费", "fba配送费", "fba费", "fba", "fbafee", "fulfillmentfee"),
    REFERRAL(ColumnKind.NOT_STORED, "佣金比例", "佣金", "佣金比例", "佣金费率", "平台费率", "推荐费", "平台手续费",
            "referral", "referralfee", "referralrate", "commission", "commissionrate"),
    PRICE(ColumnKind.NOT_STORED, "售价", "售价", "价格", "price", "saleprice"),
    PROFIT(ColumnKind.NOT_STORED, "利润", "利润", "利润率", "毛利率", "净利率", "roi", "profit", "margin", "保本acos");

    private final ColumnKind kind;
    private final String exportHeading;
    private final List<String> synonyms;

    CostField(ColumnKind kind, String exportHeading, String... synonyms) {
        this.kind = kind;
        this.exportHeading = exportHeading;
        this.synonyms = List.of(synonyms);
    }

    public ColumnKind kind() {
        return kind;
    }

    /** The Chinese heading (without unit) used when PriceDesk writes a cost sheet. */
    public String exportHeading() {
        return exportHeading;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    public boolean stored() {
        return kind != ColumnKind.NOT_STORED;
    }

    /** Message key of the field's display name, e.g. {@code excel.field.purchase}. */
    public String messageKey() {
        return "excel.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
