package com.pricedesk.excel;

import com.pricedesk.domain.imports.PercentReading;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.SheetColumn;
import com.pricedesk.domain.imports.DimensionsWeight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellReaderTest {
    private final CellReader reader = new CellReader();

    private static SheetColumn column(String header, CostField field) {
        return new SheetColumn(2, header, field, HeaderText.parse(header).units());
    }

    private Object read(String header, CostField field, String text, PercentReading reading) throws CellProblem {
        return reader.read(column(header, field), SheetCell.text(2, text), reading);
    }

    @ParameterizedTest(name = "{1} under {0} = {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "采购价(RMB) | 12.50 | 12.5 | CNY", "采购价(RMB) | ¥12.50 | 12.5 | CNY", "采购价 | $3 | 3 | USD",
            "采购价 | US$3 | 3 | USD", "采购价 | USD 3.20 | 3.2 | USD", "采购价 | 12元 | 12 | CNY",
            "采购价 | 1,234.50 | 1234.5 | CNY", "采购价 | １２.５ | 12.5 | CNY", "采购价 | ￥８ | 8 | CNY",
            "采购价(USD) | '  3.10 ' | 3.1 | USD", "采购价 | 0.1 | 0.1 | CNY", "申报价值 | 5 | 5 | USD"})
    void readsMoneyAsSellersTypeIt(String header, String text, String amount, String currency) throws CellProblem {
        Money m = (Money) read(header, fieldOf(header), text, null);
        assertThat(m.amount()).isEqualByComparingTo(amount);
        assertThat(m.currency().getCurrencyCode()).isEqualTo(currency);
    }

    private static CostField fieldOf(String header) {
        return new HeaderRecognizer().fieldOf(header);
    }

    @Test
    void numericCellsKeepTheValueExcelShows() {
        assertThat(PoiCells.exact(12.3)).isEqualByComparingTo("12.3");
        assertThat(PoiCells.exact(0.1)).isEqualByComparingTo("0.1");
        assertThat(PoiCells.exact(0.1 + 0.2)).isEqualByComparingTo("0.3");
        assertThat(PoiCells.exact(12.3 * 3)).isEqualByComparingTo("36.9");
        assertThat(PoiCells.exact(1e6).toPlainString()).isEqualTo("1000000");
    }

    @Test
    void percentFormsAreDecidedByHeaderCellAndColumn() throws CellProblem {
        assertThat((BigDecimal) read("退货率", CostField.RETURN_RATE, "12.5%", PercentReading.FRACTION))
                .isEqualByComparingTo("12.5");
        assertThat((BigDecimal) read("退货率", CostField.RETURN_RATE, "0.125", PercentReading.FRACTION))
                .isEqualByComparingTo("12.5");
        assertThat((BigDecimal) read("退货率(%)", CostField.RETURN_RATE, "12.5", PercentReading.POINTS))
                .isEqualByComparingTo("12.5");
        SheetCell formatted = new SheetCell(2, "12.5%", new BigDecimal("0.125"), true, false);
        assertThat((BigDecimal) reader.read(column("关税", CostField.TARIFF), formatted, PercentReading.POINTS))
                .isEqualByComparingTo("12.5");
        assertThatThrownBy(() -> read("退货率", CostField.RETURN_RATE, "5", PercentReading.FRACTION))
                .isInstanceOf(CellProblem.class).hasMessage("excel.value.percentAmbiguous");
    }

    @Test
    void sizesInOneCell() throws CellProblem {
        DimensionsWeight d = (DimensionsWeight) read("带包装长-宽-高-重量", CostField.DIMENSIONS_WEIGHT, "20-15-5-0.3", null);
        assertThat(d.lengthCm()).isEqualByComparingTo("20");
        assertThat(d.heightCm()).isEqualByComparingTo("5");
        assertThat(d.weightKg()).isEqualByComparingTo("0.3");
        DimensionsWeight star = (DimensionsWeight) read("长*宽*高", CostField.DIMENSIONS_WEIGHT, "20*15*5", null);
        assertThat(star.widthCm()).isEqualByComparingTo("15");
        assertThat(star.weightKg()).isNull();
        DimensionsWeight padded = (DimensionsWeight) read("尺寸", CostField.DIMENSIONS_WEIGHT, "1.00-1.00-1.00-0.20",
                null);
        assertThat(padded.weightKg()).isEqualByComparingTo("0.2");
    }

    @Test
    void convertsUnitsNamedInTheHeader() throws CellProblem {
        assertThat((BigDecimal) read("重量(g)", CostField.WEIGHT, "300", null)).isEqualByComparingTo("0.3");
        assertThat((BigDecimal) read("Length (in)", CostField.LENGTH, "10", null)).isEqualByComparingTo("25.4");
        assertThat((BigDecimal) read("长(mm)", CostField.LENGTH, "205", null)).isEqualByComparingTo("20.5");
    }

    @Test
    void tiersAndFreightBasesInSellersWords() throws CellProblem {
        assertThat(read("产品分级", CostField.TIER, "主推款", null)).isEqualTo(Tier.HERO);
        assertThat(read("头程运费计费单位", CostField.FREIGHT_BASIS, "按重量(kg)", null)).isEqualTo(FreightBasis.PER_KG);
        assertThat(read("头程运费计费单位", CostField.FREIGHT_BASIS, "CBM", null)).isEqualTo(FreightBasis.PER_CBM);
        assertThat(read("头程运费计费单位", CostField.FREIGHT_BASIS, "件", null)).isEqualTo(FreightBasis.PER_UNIT);
    }

    @ParameterizedTest(name = "{1} under {0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "采购价 | 12,5 | excel.value.notNumber", "采购价 | abc | excel.value.notNumber",
            "采购价 | -3 | excel.value.negative", "采购价(RMB) | $3 | excel.value.currencyConflict",
            "采购价 | 12% | excel.value.percentInMoney", "重量(kg) | 0 | excel.value.notPositive",
            "ASIN | B0-123 | excel.value.asin", "尺寸 | 20-15 | excel.value.dimensions",
            "产品分级 | 爆款 | excel.value.tier", "材积基数 | 6000.5 | excel.value.notInteger",
            "退货率 | -5% | excel.value.negative", "头程运费计费单位 | 按票 | excel.value.freightBasis"})
    void refusesWhatItCannotRead(String header, String text, String key) {
        assertThatThrownBy(() -> read(header, fieldOf(header), text, PercentReading.POINTS))
                .isInstanceOf(CellProblem.class).hasMessage(key);
    }
}
