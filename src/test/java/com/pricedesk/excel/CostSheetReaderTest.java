package com.pricedesk.excel;

import com.pricedesk.domain.imports.FileFormat;
import com.pricedesk.domain.imports.MappingNote;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.CostSheetRow;
import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.TableLayout;
import com.pricedesk.domain.imports.SheetColumn;
import com.pricedesk.domain.imports.DimensionsWeight;
import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.port.CostSheetSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.money.Money;
import com.pricedesk.testing.Workbooks;
import com.pricedesk.testing.Workbooks.Formula;
import com.pricedesk.testing.Workbooks.Percent;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostSheetReaderTest {
    @TempDir
    Path dir;

    private final HeaderRecognizer recognizer = new HeaderRecognizer();
    private final CostSheetReader reader = new CostSheetReader(new WorkbookOpener(new FormatSniffer(),
            new CharsetSniffer()), new TableLocator(recognizer), recognizer, new CellReader());

    private record Read(TableLayout layout, List<CostSheetRow> rows) {
        CostSheetRow row(int n) {
            return rows.stream().filter(r -> r.rowNumber() == n).findFirst().orElseThrow();
        }
    }

    private Read read(Path file) {
        return read(file, CostSheetSource.Options.defaults());
    }

    private Read read(Path file, CostSheetSource.Options options) {
        List<CostSheetRow> rows = new ArrayList<>();
        TableLayout[] layout = new TableLayout[1];
        reader.read(file, options, new CostSheetSource.Listener() {
            @Override
            public void layout(TableLayout l) {
                layout[0] = l;
            }

            @Override
            public void row(CostSheetRow r) {
                rows.add(r);
            }
        });
        return new Read(layout[0], rows);
    }

    @Test
    void chineseHeadersRmbAndPerKgFreight() {
        Path f = Workbooks.xlsx().sheet("成本表",
                new Object[] {"SKU", "品名", "采购价(RMB)", "头程运费(RMB/kg)", "关税", "重量(kg)", "长(cm)", "宽(cm)", "高(cm)",
                        "FBA配送费", "备注"},
                new Object[] {"PC-001", "手机壳", 12.3, 12, 0.15, 0.1, 20, 15, 5, 3.22, "新款"}).save(dir.resolve("c.xlsx"));
        Read r = read(f);
        assertThat(r.layout().format()).isEqualTo(FileFormat.XLSX);
        assertThat(r.layout().headerRow()).isEqualTo(1);
        CostSheetRow row = r.row(2);
        assertThat(row.issues()).isEmpty();
        assertThat(row.sellerSku()).isEqualTo("PC-001");
        assertThat((Money) row.values().get(CostField.PURCHASE)).isEqualTo(new Money(new BigDecimal("12.3"), Money.CNY));
        assertThat(((Money) row.values().get(CostField.FREIGHT)).currency()).isEqualTo(Money.CNY);
        assertThat(r.layout().column(CostField.FREIGHT).orElseThrow().units().freightBasis())
                .isEqualTo(FreightBasis.PER_KG);
        assertThat((BigDecimal) row.values().get(CostField.TARIFF)).isEqualByComparingTo("15");
        assertThat((BigDecimal) row.values().get(CostField.WEIGHT)).isEqualByComparingTo("0.1");
        assertThat(row.values()).doesNotContainKey(CostField.FBA_FEE);
        assertThat(r.layout().columns()).filteredOn(c -> c.header().equals("备注")).singleElement()
                .satisfies(c -> assertThat(c.recognised()).isFalse());
        assertThat(r.layout().notes()).extracting(MappingNote::key)
                .contains("excel.note.unknown", "excel.note.notStored", "excel.note.percentFraction");
    }

    @Test
    void headerOnRow3BelowInstructionRows() {
        Path f = Workbooks.xlsx().sheet("Sheet1",
                new Object[] {"填写说明：请从第4行开始填写，采购价单位为人民币"},
                new Object[] {"带*为必填"},
                new Object[] {"*SKU", "采购成本", "头程"},
                new Object[] {"A-1", "8.8", "2"},
                null,
                new Object[] {"A-2", 9, 3},
                new Object[] {"合计", 17.8, 5}).save(dir.resolve("instr.xlsx"));
        Read r = read(f);
        assertThat(r.layout().headerRow()).isEqualTo(3);
        assertThat(r.rows()).extracting(CostSheetRow::sellerSku).containsExactly("A-1", "A-2");
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.issues()).isEmpty());
    }

    @Test
    void twoRowMergedHeader() {
        Path f = Workbooks.xlsx().sheet("产品",
                new Object[] {"SKU", "成本(RMB)", null, "带包装", null, null, null},
                new Object[] {null, "采购价", "头程运费", "长(cm)", "宽(cm)", "高(cm)", "重量(kg)"},
                new Object[] {"B-7", 30, 4.5, 30, 20, 10, 0.85})
                .merge(0, 1, 0, 0).merge(0, 0, 1, 2).merge(0, 0, 3, 6).save(dir.resolve("two.xlsx"));
        Read r = read(f);
        assertThat(r.layout().headerRowCount()).isEqualTo(2);
        assertThat(r.layout().firstDataRow()).isEqualTo(3);
        assertThat(r.layout().columns()).extracting(SheetColumn::field).containsExactly(CostField.SELLER_SKU,
                CostField.PURCHASE, CostField.FREIGHT, CostField.LENGTH, CostField.WIDTH, CostField.HEIGHT,
                CostField.WEIGHT);
        CostSheetRow row = r.row(3);
        assertThat(((Money) row.values().get(CostField.FREIGHT)).currency()).isEqualTo(Money.CNY);
        assertThat((BigDecimal) row.values().get(CostField.WEIGHT)).isEqualByComparingTo("0.85");
    }

    @Test
    void gbkCsv() throws Exception {
        Path f = Workbooks.csv(dir.resolve("gbk.csv"), Charset.forName("GBK"), false,
                "SKU,品名,采购价(RMB),退货率", "C-1,蓝牙耳机,\"1,234.50\",5%", "C-2,数据线,¥8,3%");
        Read r = read(f);
        assertThat(r.layout().format()).isEqualTo(FileFormat.CSV);
        assertThat(r.layout().notes()).anySatisfy(n -> assertThat(n.args()).containsExactly("GB18030"));
        assertThat(r.row(2).values().get(CostField.TITLE)).isEqualTo("蓝牙耳机");
        assertThat(((Money) r.row(2).values().get(CostField.PURCHASE)).amount()).isEqualByComparingTo("1234.5");
        assertThat((BigDecimal) r.row(3).values().get(CostField.RETURN_RATE)).isEqualByComparingTo("3");
    }

    @Test
    void utf8BomCsvWithSemicolons() {
        Path f = Workbooks.csv(dir.resolve("bom.csv"), StandardCharsets.UTF_8, true,
                "SKU;采购价(RMB);重量(g)", "D-1;１２.５;300");
        Read r = read(f);
        assertThat(r.layout().columns().get(0).field()).isEqualTo(CostField.SELLER_SKU);
        assertThat(((Money) r.row(2).values().get(CostField.PURCHASE)).amount()).isEqualByComparingTo("12.5");
        assertThat((BigDecimal) r.row(2).values().get(CostField.WEIGHT)).isEqualByComparingTo("0.3");
    }

    @Test
    void xlsSavedUnderAnXlsxName() {
        Path f = Workbooks.xls().sheet("WPS", new Object[] {"SKU", "采购价(RMB)"}, new Object[] {"E-1", 6.6})
                .save(dir.resolve("wps-saved.xlsx"));
        Read r = read(f);
        assertThat(r.layout().format()).isEqualTo(FileFormat.XLS);
        assertThat(((Money) r.row(2).values().get(CostField.PURCHASE)).amount()).isEqualByComparingTo("6.6");
    }

    @Test
    void hiddenSheetsAreSkippedAndTheRecognisedSheetIsChosen() {
        Path f = Workbooks.xlsx()
                .sheet("说明", new Object[] {"本表用于记录产品成本"})
                .sheet("旧成本", new Object[] {"SKU", "采购价"}, new Object[] {"OLD", 1}).hidden()
                .sheet("成本", new Object[] {"SKU", "采购价"}, new Object[] {"NEW", 2})
                .save(dir.resolve("multi.xlsx"));
        assertThat(read(f).layout().sheet()).isEqualTo("成本");
        Read chosen = read(f, new CostSheetSource.Options("旧成本", h -> Map.of()));
        assertThat(chosen.rows()).extracting(CostSheetRow::sellerSku).containsExactly("OLD");
    }

    @Test
    void formulasGiveTheirCachedValuesAndPercentFormatsAreUnderstood() {
        Path f = Workbooks.xlsx().sheet("s",
                new Object[] {"SKU", "采购价(RMB)", "头程运费(RMB)", "退货率"},
                new Object[] {"F-1", 10, new Formula("B2*0.1+0.2"), new Percent(0.125)}).save(dir.resolve("f.xlsx"));
        CostSheetRow row = read(f).row(2);
        assertThat(((Money) row.values().get(CostField.FREIGHT)).amount()).isEqualByComparingTo("1.2");
        assertThat((BigDecimal) row.values().get(CostField.RETURN_RATE)).isEqualByComparingTo("12.5");
    }

    @Test
    void sizeInOneCellAndEnglishHeaders() {
        Path f = Workbooks.xlsx().sheet("Costs",
                new Object[] {"Seller SKU", "Unit cost (USD)", "Dimensions (cm, kg)", "Return rate"},
                new Object[] {"G-1", "US$3.10", "20-15-5-0.3", 8}).save(dir.resolve("en.xlsx"));
        Read r = read(f);
        CostSheetRow row = r.row(2);
        assertThat(row.values().get(CostField.PURCHASE)).isEqualTo(new Money(new BigDecimal("3.1"), Money.USD));
        DimensionsWeight d = (DimensionsWeight) row.values().get(CostField.DIMENSIONS_WEIGHT);
        assertThat(d.weightKg()).isEqualByComparingTo("0.3");
        assertThat((BigDecimal) row.values().get(CostField.RETURN_RATE)).isEqualByComparingTo("8");
        assertThat(r.layout().notes()).extracting(MappingNote::key).contains("excel.note.percentPoints");
    }

    @Test
    void brokenCellsAreLocated() {
        Path f = Workbooks.xlsx().sheet("成本",
                new Object[] {"SKU", "采购价(RMB)", "重量(kg)"},
                new Object[] {"H-1", "12,5", "0.3"},
                new Object[] {null, 3, 1}).save(dir.resolve("bad.xlsx"));
        Read r = read(f);
        CellIssue price = r.row(2).issues().get(0);
        assertThat(price).extracting(CellIssue::sheet, CellIssue::row, CellIssue::column, CellIssue::header,
                CellIssue::value, CellIssue::key).containsExactly("成本", 2, "B", "采购价(RMB)", "12,5",
                "excel.value.notNumber");
        assertThat(r.row(3).issues()).extracting(CellIssue::key, CellIssue::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("excel.value.skuMissing", "A"));
    }

    @Test
    void overridesRemapAndIgnoreColumns() {
        Path f = Workbooks.xlsx().sheet("s", new Object[] {"SKU", "进价", "备注"}, new Object[] {"I-1", 5, "x"})
                .save(dir.resolve("o.xlsx"));
        Read r = read(f, new CostSheetSource.Options(null,
                h -> Map.of("进价", Optional.of(CostField.PURCHASE), "SKU", Optional.of(CostField.SELLER_SKU))));
        assertThat(((Money) r.row(2).values().get(CostField.PURCHASE)).amount()).isEqualByComparingTo("5");
    }

    @Test
    void refusesFilesThatAreNotSpreadsheets() throws Exception {
        Path png = Files.write(dir.resolve("photo.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        assertThatThrownBy(() -> read(png)).isInstanceOf(SpreadsheetException.class)
                .extracting(e -> ((SpreadsheetException) e).key()).isEqualTo("excel.error.notSpreadsheet");
    }
}
