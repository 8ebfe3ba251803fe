package com.pricedesk.excel;

import com.pricedesk.domain.port.CostSheetSink;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostSheetWriterTest {
    @TempDir
    Path dir;

    private static SkuSnapshot snapshot(String sku, String title, Money purchase) {
        return new SkuSnapshot(new Sku(sku, null, title, null, "Home", Tier.HERO, List.of("a"), null, null),
                new CostProfile(purchase, FreightBasis.PER_KG, Money.cny("12"), 6000, new BigDecimal("7.5"), null,
                        null, null, null, null, null, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO));
    }

    @Test
    void userTextThatLooksLikeAFormulaStaysText() throws Exception {
        List<SkuSnapshot> rows = List.of(snapshot("=1+1", "=HYPERLINK(\"http://x\")", Money.cny("12.3")),
                snapshot("+SKU", "-2", Money.cny("0.1")), snapshot("@SKU", "@title", Money.cny("1")));
        Consumer<Consumer<SkuSnapshot>> source = rows::forEach;
        Path out = dir.resolve("costs.xlsx");
        new CostSheetWriter().write(out, CostSheetSink.Headings.ZH, CostSheetWriter.uniformCurrenciesOf(source), source);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int r = 1; r <= 3; r++) {
                assertThat(s.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(s.getRow(r).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(s.getRow(0).getCell(7).getStringCellValue()).isEqualTo("采购价(RMB)");
            assertThat(s.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(12.3);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    @Test
    void mixedCurrenciesAreWrittenAsTextWithTheirSymbol() throws Exception {
        List<SkuSnapshot> rows = List.of(snapshot("A", "a", Money.cny("12.3")), snapshot("B", "b", Money.usd("3.2")));
        Consumer<Consumer<SkuSnapshot>> source = rows::forEach;
        Path out = dir.resolve("mixed.xlsx");
        new CostSheetWriter().write(out, CostSheetSink.Headings.EN, CostSheetWriter.uniformCurrenciesOf(source), source);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Purchase cost");
            assertThat(s.getRow(1).getCell(7).getStringCellValue()).isEqualTo("¥12.3");
            assertThat(s.getRow(2).getCell(7).getStringCellValue()).isEqualTo("US$3.2");
            assertThat(s.getRow(0).getCell(8).getStringCellValue()).isEqualTo("First-leg freight (RMB)");
        }
    }
}
