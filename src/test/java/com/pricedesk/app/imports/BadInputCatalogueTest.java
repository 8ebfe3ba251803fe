package com.pricedesk.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pricedesk.AppContext;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.store.JdbiSkuSnapshotRepository;
import com.pricedesk.testing.Workbooks;
import com.pricedesk.testing.Workbooks.Formula;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of bad and odd inputs, each a real file, each with the located message the seller
 * gets; after every rejected import the database must be exactly as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueTest {
    @TempDir
    static Path dir;

    private AppContext app;
    private JdbiSkuSnapshotRepository store;
    private Map<String, SkuSnapshot> baseline;
    private String existing;

    /** One bad input: how to make it, the sheet to ask for, the expected key and (for cells) where. */
    record Case(String name, Function<Path, Path> file, String sheet, String key, Integer row, String column) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void open() {
        app = AppContext.open(dir.resolve("ws"), Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC));
        app.demo().create(3, 4, false);
        store = new JdbiSkuSnapshotRepository(Jdbi.create("jdbc:h2:file:" + dir.resolve("ws").resolve("pricedesk")
                + ";AUTO_SERVER=TRUE", "pricedesk", "").installPlugin(new org.jdbi.v3.sqlobject.SqlObjectPlugin()));
        baseline = everything();
        existing = baseline.keySet().iterator().next();
    }

    @AfterAll
    void close() {
        app.close();
    }

    private Map<String, SkuSnapshot> everything() {
        Map<String, SkuSnapshot> all = new LinkedHashMap<>();
        store.forEach(s -> all.put(s.sellerSku(), s));
        return all;
    }

    private static Case file(String name, Function<Path, Path> f, String key) {
        return new Case(name, f, null, key, null, null);
    }

    private static Case cell(String name, String key, int row, String column, Object[]... rows) {
        return new Case(name, d -> Workbooks.xlsx().sheet("成本", rows).save(d.resolve(slug(name) + ".xlsx")), null, key,
                row, column);
    }

    private static String slug(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static Object[] r(Object... cells) {
        return cells;
    }

    private static Path bytes(Path p, byte[] b) {
        try {
            return Files.write(p, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path validXlsx(Path d) {
        return Workbooks.xlsx().sheet("成本", r("SKU", "采购价"), r("OK-1", 1)).save(d.resolve("valid-" + System.nanoTime()
                + ".xlsx"));
    }

    private static Path encrypted(Path d) {
        Path plain = validXlsx(d);
        Path target = d.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("密码");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
            return target;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path zipOf(Path target, String entry) {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(target))) {
            z.putNextEntry(new ZipEntry(entry));
            z.write("hello".getBytes());
            z.closeEntry();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path ole2NotWorkbook(Path target) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(target)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path truncated(Path d) {
        try {
            byte[] all = Files.readAllBytes(validXlsx(d));
            return Files.write(d.resolve("truncated.xlsx"), Arrays.copyOf(all, all.length / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[][] percentColumnOfFractionsThenFive() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(r("SKU", "采购价", "退货率"));
        for (int i = 0; i < 35; i++) {
            rows.add(r("P-" + i, 1, 0.05));
        }
        rows.add(r("P-X", 1, 5));
        return rows.toArray(Object[][]::new);
    }

    Stream<Case> cases() {
        return Stream.of(
                file("empty file", d -> bytes(d.resolve("empty.xlsx"), new byte[0]), "excel.error.emptyFile"),
                file("a PNG named .xlsx", d -> bytes(d.resolve("photo.xlsx"),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}), "excel.error.notSpreadsheet"),
                file("half an xlsx (still being written)", BadInputCatalogueTest::truncated, "excel.error.corrupt"),
                file("a zip that is not a workbook", d -> zipOf(d.resolve("archive.xlsx"), "readme.txt"),
                        "excel.error.notSpreadsheet"),
                file("password-protected xlsx", BadInputCatalogueTest::encrypted, "excel.error.encrypted"),
                file("Excel's lock file of an open workbook", d -> bytes(d.resolve("~$成本.xlsx"),
                        new byte[] {6, 'O', 'w', 'n', 'e', 'r', 0, 0}), "excel.error.lockFile"),
                file("a Word document in OLE2", d -> ole2NotWorkbook(d.resolve("doc.xls")), "excel.error.notSpreadsheet"),
                file("missing file", d -> d.resolve("nowhere.xlsx"), "excel.error.notFound"),
                file("a folder", d -> d, "excel.error.notFound"),
                file("no header row", d -> Workbooks.xlsx().sheet("数据", r(1, 2, 3), r(4, 5, 6))
                        .save(d.resolve("numbers.xlsx")), "excel.error.noHeader"),
                file("no sheet with a header", d -> Workbooks.xlsx().sheet("A", r("x")).sheet("B", r("y"))
                        .save(d.resolve("twosheets.xlsx")), "excel.error.noHeaderInAnySheet"),
                new Case("--sheet that does not exist", BadInputCatalogueTest::validXlsx, "利润表",
                        "excel.error.noSuchSheet", null, null),
                file("every sheet hidden", d -> Workbooks.xlsx().sheet("a", r("SKU", "采购价")).hidden()
                        .sheet("b", r("SKU", "采购价")).hidden().save(d.resolve("hidden.xlsx")),
                        "excel.error.noVisibleSheet"),
                file("header wider than 500 columns", d -> {
                    Object[] header = new Object[601];
                    header[0] = "SKU";
                    header[1] = "采购价";
                    header[600] = "备注";
                    return Workbooks.xlsx().sheet("wide", header).save(d.resolve("wide.xlsx"));
                }, "excel.error.tooManyColumns"),
                file("only the SKU column is recognised", d -> Workbooks.xlsx().sheet("s", r("SKU", "进货单价"),
                        r("Q-1", 3)).save(d.resolve("skuonly.xlsx")), "excel.error.onlySku"),
                file("a text file of binary junk named .csv", d -> bytes(d.resolve("junk.csv"),
                        new byte[] {'S', 'K', 'U', 0, 1, 2}), "excel.error.notSpreadsheet"),
                cell("decimal comma", "excel.value.notNumber", 2, "B", r("SKU", "采购价(RMB)"), r("N-1", "12,5")),
                cell("words in a money cell", "excel.value.notNumber", 3, "B", r("SKU", "采购价"), r("N-1", 1),
                        r("N-2", "待定")),
                cell("negative cost", "excel.value.negative", 2, "C", r("SKU", "采购价", "头程运费"), r("N-1", 1, -2)),
                cell("dollar under an RMB header", "excel.value.currencyConflict", 2, "B", r("SKU", "采购价(RMB)"),
                        r("N-1", "$3")),
                cell("two currencies in one cell", "excel.value.twoCurrencies", 2, "B", r("SKU", "采购价"),
                        r("N-1", "$3元")),
                cell("percent in a money column", "excel.value.percentInMoney", 2, "B", r("SKU", "采购价"),
                        r("N-1", "15%")),
                cell("zero weight", "excel.value.notPositive", 2, "C", r("SKU", "采购价", "重量(kg)"), r("N-1", 1, 0)),
                cell("bad ASIN", "excel.value.asin", 2, "B", r("SKU", "ASIN", "采购价"), r("N-1", "B0-12", 1)),
                cell("size with two numbers", "excel.value.dimensions", 2, "C", r("SKU", "采购价", "长-宽-高-重量"),
                        r("N-1", 1, "20-15")),
                cell("unknown tier", "excel.value.tier", 2, "C", r("SKU", "采购价", "产品分级"), r("N-1", 1, "爆款")),
                cell("fractional divisor", "excel.value.notInteger", 2, "C", r("SKU", "采购价", "材积基数"),
                        r("N-1", 1, 6000.5)),
                cell("5 in a column of fractions", "excel.value.percentAmbiguous", 37, "C",
                        percentColumnOfFractionsThenFive()),
                cell("formula error", "excel.value.formulaError", 2, "B", r("SKU", "采购价"), r("N-1", new Formula("1/0"))),
                cell("values without SKU", "excel.value.skuMissing", 3, "A", r("SKU", "采购价"), r("N-1", 1),
                        r(null, 2)),
                cell("duplicate SKU", "excel.row.duplicate", 3, "A", r("SKU", "采购价"), r("N-1", 1), r("N-1", 2)),
                cell("new SKU without purchase cost", "excel.row.purchaseRequired", 2, "A", r("SKU", "头程运费"),
                        r("N-NEW", 3)),
                cell("length without width and height", "excel.row.dimensionsIncomplete", 2, "A",
                        r("SKU", "采购价", "长(cm)"), r("N-NEW", 1, 20)),
                cell("SKU longer than 64", "excel.value.tooLong", 2, "A", r("SKU", "采购价"), r("X".repeat(65), 1)),
                cell("unknown freight basis", "excel.value.freightBasis", 2, "C", r("SKU", "采购价", "计费单位"),
                        r("N-1", 1, "按票")),
                cell("tariff above 1000%", "excel.value.percentRange", 2, "C", r("SKU", "采购价", "关税(%)"),
                        r("N-1", 1, 2000)),
                new Case("GBK CSV with a bad number", d -> Workbooks.csv(d.resolve("gbk-bad.csv"), Charset.forName("GBK"),
                        false, "SKU,采购价(RMB)", "C-1,十二"), null, "excel.value.notNumber", 2, "B"),
                new Case("xls with a bad number", d -> Workbooks.xls().sheet("老表", r("SKU", "采购价"), r("X-1", "n/a"))
                        .save(d.resolve("old.xls")), null, "excel.value.notNumber", 2, "B"),
                new Case("two-row header with a bad weight", d -> Workbooks.xlsx().sheet("s",
                        r("SKU", "采购价", "带包装", null), r(null, null, "长(cm)", "重量(kg)"), r("T-1", 1, 20, "0.3kg?"))
                        .save(d.resolve("tworow-bad.xlsx")), null, "excel.value.notNumber", 3, "D"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithALocatedMessageAndNothingStored(Case c) {
        Path f = c.file().apply(Files.isDirectory(dir.resolve(slug(c.name()))) ? dir.resolve(slug(c.name()))
                : mkdir(dir.resolve(slug(c.name()))));
        if (c.row() == null) {
            SpreadsheetException e = catchThrowableOfType(SpreadsheetException.class,
                    () -> app.imports().importCosts(f, c.sheet(), false, false));
            assertThat(e).as("file-level rejection").isNotNull();
            assertThat(e.key()).isEqualTo(c.key());
        } else {
            ImportResult r = app.imports().importCosts(f, c.sheet(), false, false);
            assertThat(r.stored()).isFalse();
            assertThat(r.preview().errors()).anySatisfy(i -> {
                assertThat(i.key()).isEqualTo(c.key());
                assertThat(i.row()).isEqualTo(c.row());
                assertThat(i.column()).isEqualTo(c.column());
                assertThat(i.sheet()).isNotBlank();
                assertThat(i.severity()).isEqualTo(CellIssue.Severity.ERROR);
            });
        }
        Map<String, SkuSnapshot> now = everything();
        assertThat(now.keySet()).isEqualTo(baseline.keySet());
        baseline.forEach((k, v) -> assertThat(SnapshotDiff.changed(v, now.get(k))).isEmpty());
        assertThat(app.imports().batches()).isEmpty();
    }

    private static Path mkdir(Path p) {
        try {
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
