package com.pricedesk.excel;

import com.pricedesk.domain.catalog.WeightUnit;
import com.pricedesk.domain.catalog.LengthUnit;

import com.pricedesk.domain.imports.ColumnUnits;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.SheetColumn;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.money.Money;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeaderRecognizerTest {
    private final HeaderRecognizer recognizer = new HeaderRecognizer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "SKU | SELLER_SKU", "平台SKU | SELLER_SKU", "seller-sku | SELLER_SKU", "本地SKU | SELLER_SKU",
            "ASIN | ASIN", "品名 | TITLE", "商品名称 | TITLE", "Product title | TITLE", "中文名 | LOCAL_TITLE",
            "类目 | CATEGORY", "采购价(RMB) | PURCHASE", "采购成本 | PURCHASE", "最新采购价(RMB) | PURCHASE",
            "采购价（元） | PURCHASE", "Purchase price (USD) | PURCHASE", "unit_cost | PURCHASE", "COGS(RMB) | PURCHASE",
            "头程运费 | FREIGHT", "头程运费(RMB/kg) | FREIGHT", "头程 | FREIGHT", "First-leg freight | FREIGHT",
            "头程运费计费单位 | FREIGHT_BASIS", "关税 | TARIFF", "关税(%) | TARIFF", "Duty rate | TARIFF",
            "申报价值(USD) | CUSTOMS_VALUE", "产品报关价(USD) | CUSTOMS_VALUE", "包装费 | PACKAGING", "包装 | PACKAGING",
            "耗材 | PACKAGING", "杂费 | OTHER", "其它费用 | OTHER", "入库配置费 | INBOUND_PLACEMENT",
            "退货率 | RETURN_RATE", "Return rate % | RETURN_RATE", "不可售率 | UNSELLABLE", "广告占比 | TACOS",
            "ACoS | ", "重量(kg) | WEIGHT", "毛重(g) | WEIGHT", "Shipping weight (lb) | WEIGHT", "长(cm) | LENGTH",
            "带包装 长(cm) | LENGTH", "宽 | WIDTH", "高度(cm) | HEIGHT", "package length (in) | LENGTH",
            "带包装长-宽-高-重量 | DIMENSIONS_WEIGHT", "长*宽*高 | DIMENSIONS_WEIGHT", "汇率 | EXCHANGE_RATE",
            "FBA配送费 | FBA_FEE", "FBA费 | FBA_FEE", "佣金比例 | REFERRAL", "佣金 | REFERRAL", "售价(USD) | PRICE",
            "利润率 | PROFIT", "备注 | ", "供应商 | ", "Tags | TAGS", "packaging | PACKAGING"})
    void recognisesSellersHeadings(String header, String field) {
        assertThat(recognizer.fieldOf(header)).isEqualTo(field == null ? null : CostField.valueOf(field));
    }

    @Test
    void readsUnitsAndCurrencyFromTheHeader() {
        ColumnUnits freight = HeaderText.parse("头程运费(RMB/kg)").units();
        assertThat(freight.currency()).isEqualTo(Money.CNY);
        assertThat(freight.freightBasis()).isEqualTo(FreightBasis.PER_KG);
        assertThat(HeaderText.parse("头程运费（元/CBM）").units().freightBasis()).isEqualTo(FreightBasis.PER_CBM);
        assertThat(HeaderText.parse("FBA Fee (USD)").units().currency()).isEqualTo(Money.USD);
        assertThat(HeaderText.parse("采购价 US$").units().currency()).isEqualTo(Money.USD);
        assertThat(HeaderText.parse("毛重(g)").units().weightUnit()).isEqualTo(WeightUnit.G);
        assertThat(HeaderText.parse("重量kg").units().weightUnit()).isEqualTo(WeightUnit.KG);
        assertThat(HeaderText.parse("Length (in)").units().lengthUnit()).isEqualTo(LengthUnit.IN);
        assertThat(HeaderText.parse("关税%").units().percent()).isTrue();
        assertThat(HeaderText.parse("退货率").units().percent()).isFalse();
    }

    @Test
    void aFieldClaimedTwiceKeepsItsFirstColumnAndLeavesTheOtherVisible() {
        var cols = recognizer.recognise(Map.of(0, "SKU", 1, "采购价", 2, "采购成本"));
        assertThat(cols).extracting(SheetColumn::field).containsExactly(CostField.SELLER_SKU, CostField.PURCHASE, null);
    }

    @Test
    void columnLettersFollowExcel() {
        assertThat(SheetColumn.letter(0)).isEqualTo("A");
        assertThat(SheetColumn.letter(25)).isEqualTo("Z");
        assertThat(SheetColumn.letter(26)).isEqualTo("AA");
        assertThat(SheetColumn.letter(701)).isEqualTo("ZZ");
        assertThat(SheetColumn.letter(702)).isEqualTo("AAA");
    }
}
