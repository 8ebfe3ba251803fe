package com.pricedesk.app.imports;

import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.port.CostSheetSink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.AppContext;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.CostField;
import com.pricedesk.excel.CostSheetWriter;
import com.pricedesk.store.JdbiSkuSnapshotRepository;
import com.pricedesk.testing.Workbooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;

    private AppContext app;
    private ImportService imports;
    private JdbiSkuSnapshotRepository snapshots;
    private String existing;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("ws"), Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC));
        app.demo().create(7, 5, false);
        imports = app.imports();
        snapshots = new JdbiSkuSnapshotRepository(workspaceJdbi());
        existing = app.catalog().overview(Optional.empty()).get(0).sellerSku();
    }

    private org.jdbi.v3.core.Jdbi workspaceJdbi() {
        // the test reads the store the way the service does, through the same database file
        return org.jdbi.v3.core.Jdbi.create("jdbc:h2:file:" + dir.resolve("ws").resolve("pricedesk").toAbsolutePath()
                + ";AUTO_SERVER=TRUE", "pricedesk", "").installPlugin(new org.jdbi.v3.sqlobject.SqlObjectPlugin());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Map<String, SkuSnapshot> everything() {
        Map<String, SkuSnapshot> all = new LinkedHashMap<>();
        snapshots.forEach(s -> all.put(s.sellerSku(), s));
        return all;
    }

    private static void assertSameStore(Map<String, SkuSnapshot> before, Map<String, SkuSnapshot> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((k, v) -> assertThat(SnapshotDiff.changed(v, after.get(k))).as(k).isEmpty());
    }

    private Path sheet(Object[]... rows) {
        return Workbooks.xlsx().sheet("成本", rows).save(dir.resolve("sheet-" + System.nanoTime() + ".xlsx"));
    }

    @Test
    void dryRunShowsTheDiffAndStoresNothing() {
        var before = everything();
        Path f = sheet(new Object[] {"SKU", "采购价(RMB)"}, new Object[] {"NEW-1", 10}, new Object[] {existing, 999});
        ImportResult r = imports.importCosts(f, null, true, false);
        assertThat(r.stored()).isFalse();
        assertThat(r.batchId()).isNull();
        assertThat(r.preview().created()).isEqualTo(1);
        assertThat(r.preview().updated()).isEqualTo(1);
        assertThat(r.preview().changes()).filteredOn(c -> c.sellerSku().equals(existing)).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly("purchase"));
        assertSameStore(before, everything());
        assertThat(imports.batches()).isEmpty();
    }

    @Test
    void commitStoresExactValuesAsOneBatch() {
        Path f = sheet(new Object[] {"SKU", "品名", "采购价(RMB)", "头程运费(RMB/kg)", "关税(%)", "重量(kg)", "长-宽-高"},
                new Object[] {"NEW-1", "硅胶手机壳", 12.3, 12, 7.5, 0.1, "20*15*5"});
        ImportResult r = imports.importCosts(f, null, false, false);
        assertThat(r.stored()).isTrue();
        SkuSnapshot s = everything().get("NEW-1");
        assertThat(s.sku().title()).isEqualTo("硅胶手机壳");
        assertThat(s.cost().purchase().amount()).isEqualByComparingTo("12.3");
        assertThat(s.cost().purchase().currency()).isEqualTo(Money.CNY);
        assertThat(s.cost().freightBasis()).isEqualTo(FreightBasis.PER_KG);
        assertThat(s.cost().tariffPct()).isEqualByComparingTo("7.5");
        assertThat(s.sku().weight().kg()).isEqualByComparingTo("0.1");
        assertThat(s.sku().dimensions().heightCm()).isEqualByComparingTo("5");
        assertThat(imports.batches()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo(r.batchId());
            assertThat(b.created()).isEqualTo(1);
            assertThat(b.contentSha256()).hasSize(64);
        });
    }

    @Test
    void brokenCellsAreReportedAndNothingIsStored() {
        var before = everything();
        Path f = sheet(new Object[] {"SKU", "采购价(RMB)", "重量(kg)"},
                new Object[] {existing, 1, 0.2},
                new Object[] {"NEW-2", "abc", 0.2},
                new Object[] {"NEW-3", 2, -1});
        ImportResult r = imports.importCosts(f, null, false, false);
        assertThat(r.stored()).isFalse();
        assertThat(r.preview().errors()).extracting(CellIssue::row, CellIssue::column, CellIssue::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "B", "excel.value.notNumber"),
                        org.assertj.core.groups.Tuple.tuple(4, "C", "excel.value.notPositive"));
        assertSameStore(before, everything());
        assertThat(imports.batches()).isEmpty();
    }

    @Test
    void duplicatesListEveryRowInvolved() {
        Path f = sheet(new Object[] {"SKU", "采购价"}, new Object[] {"D-1", 1}, new Object[] {"D-2", 1},
                new Object[] {"D-1", 2}, new Object[] {"D-1", 3});
        ImportPreview p = imports.preview(f, null);
        assertThat(p.errors()).hasSize(3).allSatisfy(e -> {
            assertThat(e.key()).isEqualTo("excel.row.duplicate");
            assertThat(e.args()).containsExactly("D-1", "2, 4, 5");
        });
        assertThat(p.errors()).extracting(CellIssue::row).containsExactly(2, 4, 5);
        assertThat(p.created()).isEqualTo(1);
    }

    @Test
    void skipInvalidStoresTheValidRowsAndReportsTheRest() {
        Path f = sheet(new Object[] {"SKU", "采购价"}, new Object[] {"OK-1", 1}, new Object[] {"BAD-1", "x"});
        ImportResult r = imports.importCosts(f, null, false, true);
        assertThat(r.stored()).isTrue();
        assertThat(r.preview().invalidRows()).isEqualTo(1);
        assertThat(everything()).containsKey("OK-1").doesNotContainKey("BAD-1");
        assertThat(imports.batches().get(0).skipped()).isEqualTo(1);
    }

    @Test
    void skipInvalidTakesBackADuplicateAlreadyWrittenInAnEarlierChunk() {
        var before = everything();
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(new Object[] {"SKU", "采购价"});
        rows.add(new Object[] {existing, 777});
        rows.add(new Object[] {"DUP-NEW", 1});
        for (int i = 0; i < 1200; i++) {
            rows.add(new Object[] {"BULK-" + i, 2});
        }
        rows.add(new Object[] {existing, 778});
        rows.add(new Object[] {"DUP-NEW", 3});
        ImportResult r = imports.importCosts(sheet(rows.toArray(Object[][]::new)), null, false, true);
        assertThat(r.stored()).isTrue();
        assertThat(r.preview().created()).isEqualTo(1200);
        assertThat(r.preview().invalidRows()).isEqualTo(4);
        var after = everything();
        assertThat(after).doesNotContainKey("DUP-NEW").containsKey("BULK-1199");
        assertThat(SnapshotDiff.changed(before.get(existing), after.get(existing))).isEmpty();
        long batch = r.batchId();
        imports.revert(batch);
        assertSameStore(before, everything());
    }

    @Test
    void revertRestoresEveryPreviousValueExactly() {
        var before = everything();
        Path f = sheet(new Object[] {"SKU", "采购价(USD)", "头程运费计费单位", "头程运费", "标签", "重量(g)", "退货率"},
                new Object[] {existing, 3.1, "CBM", 900, "新标签", 250, "4%"},
                new Object[] {"NEW-9", 0.1, "kg", 12, null, 100, 0.02});
        long id = imports.importCosts(f, null, false, false).batchId();
        assertThat(everything().get(existing).cost().purchase().currency()).isEqualTo(Money.USD);
        imports.revert(id);
        assertSameStore(before, everything());
        assertThat(imports.batches().get(0).reverted()).isTrue();
        assertThatThrownBy(() -> imports.revert(id)).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("imports.error.alreadyReverted");
    }

    @Test
    void revertIsRefusedAfterAnEditAndThenRestoresEveryRecordExactly() {
        var before = everything();
        long id = imports.importCosts(sheet(new Object[] {"SKU", "采购价", "重量(kg)", "长(cm)", "宽(cm)", "高(cm)"},
                new Object[] {existing, 5.55, 0.5, 20, 15.5, 5}, new Object[] {"NEW-1", 2, 0.1, 1, 2, 3}), null, false,
                false).batchId();
        SkuSnapshot imported = everything().get(existing);
        var k = imported.sku();
        SkuSnapshot edited = new SkuSnapshot(new com.pricedesk.domain.catalog.Sku(k.sellerSku(), k.asin(),
                k.title() + " (edited)", k.localTitle(), k.category(), k.tier(), k.tags(), k.dimensions(), k.weight()),
                imported.cost());
        snapshots.saveAll(List.of(edited));
        var afterEdit = everything();
        assertThatThrownBy(() -> imports.revert(id)).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("imports.error.changedSince");
        assertThat(everything()).isEqualTo(afterEdit);
        snapshots.saveAll(List.of(imported));
        imports.revert(id);
        // record equality: every decimal at its stored scale, tags, nulls — not only equal by value
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void revertIsRefusedWhileALaterImportTouchedTheSameSkus() {
        long first = imports.importCosts(sheet(new Object[] {"SKU", "采购价"}, new Object[] {existing, 5}), null, false,
                false).batchId();
        long second = imports.importCosts(sheet(new Object[] {"SKU", "采购价"}, new Object[] {existing, 6}), null, false,
                false).batchId();
        assertThatThrownBy(() -> imports.revert(first)).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("imports.error.laterBatch");
        imports.revert(second);
        imports.revert(first);
        assertThatThrownBy(() -> imports.revert(99)).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("imports.error.notFound");
    }

    @Test
    void exportThenImportChangesNothing() {
        // a USD purchase among RMB ones makes the purchase column mixed: written as text with symbols
        // and the seller's prices: set on one row, blank (none) on the other
        imports.importCosts(sheet(new Object[] {"SKU", "采购价", "包装费(USD)", "ASIN", "标签", "产品分级", "最低价",
                                "封顶价(USD)", "Regular price"},
                new Object[] {"MIX-1", "US$4.05", 0.1, "B0C1234567", "a, b", "清仓款", 12.5, "$39.99", "24.99"},
                new Object[] {"=cmd|' /C calc'!A0", "¥0.1", null, null, null, null, null, null, null}), null, false,
                false);
        for (CostSheetSink.Headings h : CostSheetSink.Headings.values()) {
            Path out = dir.resolve("export-" + h + ".xlsx");
            int rows = app.exports().exportCosts(out, h);
            ImportPreview p = imports.preview(out, null);
            assertThat(p.errors()).isEmpty();
            assertThat(p.rowsRead()).isEqualTo(rows).isEqualTo(7);
            assertThat(p.unchanged()).as(h.name()).isEqualTo(7);
            assertThat(p.created() + p.updated()).isZero();
        }
    }

    @Test
    void rememberedMappingAppliesToTheSameTemplate() {
        Path f = sheet(new Object[] {"SKU", "进货单价"}, new Object[] {"M-1", 5});
        assertThatThrownBy(() -> imports.preview(f, null)).isInstanceOf(com.pricedesk.domain.imports.SpreadsheetException.class)
                .hasMessageStartingWith("excel.error.onlySku");
        imports.rememberMapping(List.of("SKU", "进货单价"), Map.of("进货单价", Optional.of(CostField.PURCHASE)));
        ImportPreview p = imports.preview(f, null);
        assertThat(p.layout().column(CostField.PURCHASE)).isPresent();
        assertThat(p.created()).isEqualTo(1);
    }

    @Test
    void plausibilityWarningsDoNotBlock() {
        Path f = sheet(new Object[] {"SKU", "采购价(RMB)", "重量(kg)"}, new Object[] {"PHONE-CASE", 9, 300},
                new Object[] {existing, 99999, null});
        ImportResult r = imports.importCosts(f, null, false, false);
        assertThat(r.stored()).isTrue();
        assertThat(r.preview().warnings()).extracting(CellIssue::row, CellIssue::key).contains(
                org.assertj.core.groups.Tuple.tuple(2, "excel.warn.weight"),
                org.assertj.core.groups.Tuple.tuple(3, "excel.warn.purchase"),
                org.assertj.core.groups.Tuple.tuple(3, "excel.warn.lossAtPrice"));
    }

    @Test
    void numbersKeepTheirExactValue() {
        Path f = sheet(new Object[] {"SKU", "采购价(RMB)", "头程运费(RMB)"}, new Object[] {"X-1", 12.3, 0.1});
        imports.importCosts(f, null, false, false);
        SkuSnapshot s = everything().get("X-1");
        assertThat(s.cost().purchase().amount()).isEqualByComparingTo(new BigDecimal("12.3"));
        assertThat(s.cost().freightRate().amount()).isEqualByComparingTo(new BigDecimal("0.1"));
    }
}
