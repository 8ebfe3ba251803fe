package com.pricedesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.imports.CostField;
import com.pricedesk.testing.Workbooks;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import com.pricedesk.ui.imports.ImportViewModel.Phase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import window's logic against the real import service on a real workspace, without FX. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    private AppContext app;
    private final AtomicInteger stored = new AtomicInteger();

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("ws"), Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ImportViewModel vm(Messages msg) {
        return new ImportViewModel(ImportViewModel.Backend.of(app.imports()), new CurrentThreadTaskExecutor(), msg,
                stored::incrementAndGet);
    }

    private Path sheet(Object[]... rows) {
        return Workbooks.xlsx().sheet("成本", rows).save(dir.resolve("sheet-" + System.nanoTime() + ".xlsx"));
    }

    @Test
    void aCleanSheetPreviewsThenImportsAndTheSameSheetThenHasNothingToDo() {
        Path f = sheet(new Object[] {"SKU", "品名", "采购价(RMB)", "重量(kg)"},
                new Object[] {"CASE-1", "硅胶手机壳", 12.3, 0.1}, new Object[] {"CASE-2", "钢化膜", 3.5, 0.05});
        ImportViewModel vm = vm(new Messages(Messages.ENGLISH));
        vm.open(f);

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.PREVIEW);
        assertThat(vm.canImport()).isTrue();
        assertThat(vm.canImportValidRows()).isFalse();
        assertThat(vm.summary()).contains("2 rows", "2 new");
        assertThat(vm.columns()).extracting(ImportViewModel.ColumnRow::field)
                .containsExactly(CostField.SELLER_SKU, CostField.TITLE, CostField.PURCHASE, CostField.WEIGHT);
        assertThat(vm.changes()).extracting(ImportViewModel.ChangeRow::sku).containsExactly("CASE-1", "CASE-2");
        assertThat(stored).hasValue(0);

        vm.commit(false);

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(vm.statusProperty().get()).startsWith("Imported: 2 created");
        assertThat(stored).hasValue(1);
        assertThat(app.imports().batches()).hasSize(1);

        ImportViewModel again = vm(new Messages(Messages.ENGLISH));
        again.open(f);
        assertThat(again.canImport()).isFalse();
        assertThat(again.statusProperty().get()).contains("nothing to import");
    }

    @Test
    void problemsAreLocatedAsExcelShowsThemAndOnlyValidRowsCanBeImported() {
        Path f = sheet(new Object[] {"SKU", "采购价(RMB)"}, new Object[] {"OK-1", 10}, new Object[] {"BAD-1", "abc"});
        ImportViewModel vm = vm(new Messages(Messages.CHINESE));
        vm.open(f);

        assertThat(vm.canImport()).isFalse();
        assertThat(vm.canImportValidRows()).isTrue();
        assertThat(vm.issues()).filteredOn(ImportViewModel.IssueRow::error).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("成本!B3");
            assertThat(i.header()).isEqualTo("采购价(RMB)");
            assertThat(i.value()).isEqualTo("abc");
            assertThat(i.message()).isNotBlank().doesNotContain("excel.");
        });
        vm.commit(false); // refused: the sheet has errors
        assertThat(app.imports().batches()).isEmpty();

        vm.commit(true);
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(app.imports().batches()).singleElement().satisfies(b -> assertThat(b.created()).isEqualTo(1));
    }

    @Test
    void aColumnMappedByTheSellerIsReadWithItAndRememberedForTheNextSheetLikeIt() {
        Path f = sheet(new Object[] {"SKU", "品名", "进口成本价"}, new Object[] {"CASE-1", "手机壳", 12});
        ImportViewModel vm = vm(new Messages(Messages.ENGLISH));
        vm.open(f);
        assertThat(vm.phaseProperty().get()).as(vm.statusProperty().get()).isEqualTo(Phase.PREVIEW);
        ImportViewModel.ColumnRow unknown = vm.columns().get(2);
        assertThat(unknown.field()).isNull();

        vm.remap(unknown, CostField.PURCHASE);

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.PREVIEW);
        assertThat(vm.columns().get(2).field()).isEqualTo(CostField.PURCHASE);
        assertThat(vm.canImport()).isTrue();
        ImportViewModel next = vm(new Messages(Messages.ENGLISH));
        next.open(sheet(new Object[] {"SKU", "品名", "进口成本价"}, new Object[] {"CASE-9", "钢化膜", 30}));
        assertThat(next.columns().get(2).field()).isEqualTo(CostField.PURCHASE);
    }

    @Test
    void aFileThatIsNotASpreadsheetFailsWithAMessageAndStoresNothing() throws Exception {
        Path f = dir.resolve("costs.xlsx");
        Files.writeString(f, "this is not a workbook", StandardCharsets.UTF_8);
        ImportViewModel vm = vm(new Messages(Messages.ENGLISH));
        vm.open(f);

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(vm.statusProperty().get()).isNotBlank().doesNotContain("excel.error");
        assertThat(vm.canImport()).isFalse();
        assertThat(app.imports().batches()).isEmpty();
    }
}
