package com.pricedesk.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.AppContext;
import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostSheetSink;
import com.pricedesk.domain.pricing.PriceSettings;
import com.pricedesk.store.JdbiSkuSnapshotRepository;
import com.pricedesk.store.PricedSkuSnapshots;
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
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prices a seller sets per SKU (最低价, 封顶价, 常规售价) as cost-sheet columns: recognised in Chinese
 * and English, validated cell by cell with located messages, shown in the diff, stored in the import's
 * transaction, restored exactly by a revert (including "had none"), and exported for a lossless round trip.
 */
class PriceSettingsImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private AppContext app;
    private ImportService imports;
    private PricedSkuSnapshots snapshots;
    private String a;
    private String b;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("ws"), CLOCK);
        app.demo().create(7, 5, false);
        imports = app.imports();
        Jdbi jdbi = Jdbi.create("jdbc:h2:file:" + dir.resolve("ws").resolve("pricedesk").toAbsolutePath()
                + ";AUTO_SERVER=TRUE", "pricedesk", "").installPlugin(new org.jdbi.v3.sqlobject.SqlObjectPlugin());
        snapshots = new PricedSkuSnapshots(new JdbiSkuSnapshotRepository(jdbi), jdbi, CLOCK);
        var overview = app.catalog().overview(Optional.empty());
        a = overview.get(0).sellerSku();
        b = overview.get(1).sellerSku();
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

    private PriceSettings prices(String sku) {
        return everything().get(sku).prices();
    }

    private Path sheet(Object[]... rows) {
        return Workbooks.xlsx().sheet("成本", rows).save(dir.resolve("sheet-" + System.nanoTime() + ".xlsx"));
    }

    private static Money usd(String v) {
        return Money.usd(new BigDecimal(v));
    }

    @Test
    void chineseHeadersSetEachPriceAndThePreviewNamesTheFields() {
        Path f = sheet(new Object[] {"SKU", "最低价(USD)", "封顶价", "常规售价"},
                new Object[] {a, 12.5, "$39.99", "２４.９９"},
                new Object[] {"NEW-1", "US$9", null, null});
        ImportPreview preview = imports.preview(f, null);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.layout().columns()).extracting(c -> c.field() == null ? null : c.field().name())
                .containsExactly("SELLER_SKU", "MIN_PRICE", "MAX_PRICE", "REGULAR_PRICE");
        assertThat(preview.changes()).filteredOn(c -> c.sellerSku().equals(a)).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly("min_price", "max_price", "regular_price"));
        assertThat(preview.layout().notes()).anySatisfy(n -> assertThat(n.key()).isEqualTo("excel.note.priceSetting"));
        assertThat(prices(a)).isEqualTo(PriceSettings.NONE);

        assertThat(imports.importCosts(f, null, false, false).stored()).isTrue();
        assertThat(prices(a)).isEqualTo(new PriceSettings(usd("12.50"), usd("39.99"), usd("24.99")));
        assertThat(prices("NEW-1")).isEqualTo(new PriceSettings(usd("9.00"), null, null));
        // the engine's sources see them too
        assertThat(app.priceSettings().settings(a)).isEqualTo(prices(a));
        assertThat(app.regularPrices().regularPrice(a)).contains(usd("24.99"));
    }

    @Test
    void englishHeadersAreRecognisedAndABlankCellKeepsTheStoredPrice() {
        imports.importCosts(sheet(new Object[] {"SKU", "Min price", "Maximum price (USD)", "List price"},
                new Object[] {a, 10, 30, 20}), null, false, false);
        ImportResult second = imports.importCosts(sheet(new Object[] {"SKU", "Minimum price", "Max price", "Regular price"},
                new Object[] {a, 11, null, null}), null, false, false);
        assertThat(second.preview().changes()).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly("min_price"));
        assertThat(prices(a)).isEqualTo(new PriceSettings(usd("11.00"), usd("30.00"), usd("20.00")));
        ImportResult same = imports.importCosts(sheet(new Object[] {"SKU", "最低售价", "最高价", "标准价"},
                new Object[] {a, "11.00", 30, "$20"}), null, false, false);
        assertThat(same.preview().unchanged()).isEqualTo(1);
    }

    @Test
    void badPricesAreLocatedInBothLanguagesAndNothingIsStored() {
        imports.importCosts(sheet(new Object[] {"SKU", "封顶价"}, new Object[] {b, 20}), null, false, false);
        var before = everything();
        Path f = sheet(new Object[] {"SKU", "最低价", "封顶价", "常规售价"},
                new Object[] {a, -1, null, null},
                new Object[] {"NEW-1", 0, null, null},
                new Object[] {"NEW-2", "¥12", null, null},
                new Object[] {"NEW-3", 12.345, null, null},
                new Object[] {"NEW-4", null, 25000, null},
                new Object[] {"NEW-5", 30, 20, null},
                new Object[] {b, 25, null, null});
        ImportResult r = imports.importCosts(f, null, false, false);
        assertThat(r.stored()).isFalse();
        assertThat(r.preview().errors()).extracting(i -> i.row() + i.column() + " " + i.key()).containsExactly(
                "2B excel.value.notPositive",
                "3B excel.value.notPositive",
                "4B excel.value.priceNotUsd",
                "5B excel.value.priceCents",
                "6C excel.value.priceAbsurd",
                "7B excel.row.minAboveMax",
                "8B excel.row.minAboveMax");
        // row 8 sets only the minimum: the stored maximum it collides with is named in the message
        CellIssue stored = r.preview().errors().get(6);
        assertThat(stored.args()).containsExactly("25.00", "20.00");
        assertThat(stored.header()).isEqualTo("最低价");
        for (java.util.Locale l : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
            var msg = new com.pricedesk.app.i18n.Messages(l);
            for (CellIssue i : r.preview().errors()) {
                assertThat(msg.get(i.key(), i.args().toArray())).as(i.key()).doesNotContain("{").isNotBlank();
            }
        }
        assertThat(new com.pricedesk.app.i18n.Messages(java.util.Locale.SIMPLIFIED_CHINESE)
                .get(stored.key(), stored.args().toArray())).contains("最低价 $25.00").contains("封顶价 $20.00");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aRegularPriceOutsideTheLimitsIsAWarningNotAnError() {
        ImportResult r = imports.importCosts(sheet(new Object[] {"SKU", "最低价", "封顶价", "常规售价"},
                new Object[] {a, 10, 20, 25}), null, false, false);
        assertThat(r.stored()).isTrue();
        assertThat(r.preview().warnings()).filteredOn(w -> w.key().equals("excel.row.regularOutsideLimits"))
                .singleElement().satisfies(w -> {
                    assertThat(w.column()).isEqualTo("D");
                    assertThat(w.args()).containsExactly("25.00", "10.00", "20.00");
                });
        assertThat(prices(a).regularPrice()).isEqualTo(usd("25.00"));
    }

    @Test
    void revertRestoresThePreviousPricesExactlyIncludingNone() {
        app.priceSettings().change(a, Map.of(PriceSettingField.MIN, Optional.of(new BigDecimal("8.00")),
                PriceSettingField.REGULAR, Optional.of(new BigDecimal("19.99"))));
        var before = everything();
        assertThat(before.get(b).prices()).isEqualTo(PriceSettings.NONE);
        long id = imports.importCosts(sheet(new Object[] {"SKU", "最低价", "封顶价", "常规售价"},
                new Object[] {a, 9, 30, 21}, new Object[] {b, 5, 6, null}, new Object[] {"NEW-1", 1, 2, 1.5}),
                null, false, false).batchId();
        assertThat(prices(b)).isEqualTo(new PriceSettings(usd("5.00"), usd("6.00"), null));
        imports.revert(id);
        assertThat(everything()).isEqualTo(before);
        assertThat(prices(a)).isEqualTo(new PriceSettings(usd("8.00"), null, usd("19.99")));
        assertThat(prices(b)).isEqualTo(PriceSettings.NONE);
    }

    @Test
    void revertIsRefusedWhenAPriceWasChangedSince() {
        long id = imports.importCosts(sheet(new Object[] {"SKU", "最低价"}, new Object[] {a, 9}), null, false, false)
                .batchId();
        app.priceSettings().set(a, PriceSettingField.MAX, Optional.of(new BigDecimal("50")));
        var edited = everything();
        assertThatThrownBy(() -> imports.revert(id)).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("imports.error.changedSince");
        assertThat(everything()).isEqualTo(edited);
        app.priceSettings().set(a, PriceSettingField.MAX, Optional.empty());
        imports.revert(id);
        assertThat(prices(a)).isEqualTo(PriceSettings.NONE);
    }

    @Test
    void aSheetWithoutPriceColumnsLeavesThePricesAloneAndItsRevertToo() {
        app.priceSettings().set(a, PriceSettingField.MIN, Optional.of(new BigDecimal("8")));
        long id = imports.importCosts(sheet(new Object[] {"SKU", "采购价"}, new Object[] {a, 3.3}), null, false, false)
                .batchId();
        assertThat(prices(a)).isEqualTo(new PriceSettings(usd("8.00"), null, null));
        // a price changed after the import is no edit of what the import wrote: the revert goes ahead
        // and keeps it
        app.priceSettings().set(a, PriceSettingField.MIN, Optional.of(new BigDecimal("9")));
        imports.revert(id);
        assertThat(prices(a)).isEqualTo(new PriceSettings(usd("9.00"), null, null));
    }

    @Test
    void exportCarriesThePricesInTheImportLayout() {
        imports.importCosts(sheet(new Object[] {"SKU", "最低价", "封顶价", "常规售价"},
                new Object[] {a, 9.5, 30, 21}, new Object[] {b, null, 6, null}), null, false, false);
        for (CostSheetSink.Headings h : CostSheetSink.Headings.values()) {
            Path out = dir.resolve("export-" + h + ".xlsx");
            app.exports().exportCosts(out, h);
            ImportPreview p = imports.preview(out, null);
            assertThat(p.errors()).isEmpty();
            assertThat(p.changes()).filteredOn(c -> c.kind() != PlannedChange.Kind.UNCHANGED)
                    .extracting(c -> c.sellerSku() + " " + c.fields()).isEmpty();
            assertThat(p.layout().columns()).extracting(c -> c.field() == null ? "" : c.field().name())
                    .contains("MIN_PRICE", "MAX_PRICE", "REGULAR_PRICE");
            assertThat(p.unchanged()).as(h.name()).isEqualTo(p.rowsRead()).isEqualTo(5);
        }
        // and the exported file, imported into a workspace without the prices, sets them
        var before = prices(a);
        app.priceSettings().change(a, Map.of(PriceSettingField.MIN, Optional.empty(), PriceSettingField.MAX,
                Optional.empty(), PriceSettingField.REGULAR, Optional.empty()));
        ImportResult back = imports.importCosts(dir.resolve("export-ZH.xlsx"), null, false, false);
        assertThat(back.preview().updated()).isEqualTo(1);
        assertThat(prices(a)).isEqualTo(before);
    }
}
