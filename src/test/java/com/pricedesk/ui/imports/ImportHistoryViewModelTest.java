package com.pricedesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.imports.ImportBatch;
import com.pricedesk.testing.Workbooks;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportHistoryViewModelTest {
    @TempDir
    Path dir;

    private AppContext app;
    private final AtomicInteger reverted = new AtomicInteger();

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("ws"), Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ImportHistoryViewModel vm() {
        return new ImportHistoryViewModel(ImportHistoryViewModel.Backend.of(app.imports()),
                new CurrentThreadTaskExecutor(), new Messages(Messages.ENGLISH), reverted::incrementAndGet);
    }

    private void importSheet(String sku, Object purchase) {
        Path f = Workbooks.xlsx().sheet("成本", new Object[] {"SKU", "品名", "采购价(RMB)"},
                new Object[] {sku, "手机壳", purchase}).save(dir.resolve("s-" + System.nanoTime() + ".xlsx"));
        assertThat(app.imports().importCosts(f, null, false, false).stored()).isTrue();
    }

    @Test
    void undoingAnImportRemovesWhatItCreatedAndMarksItUndone() {
        importSheet("CASE-1", 12);
        ImportHistoryViewModel vm = vm();
        vm.load();
        ImportBatch batch = vm.batches().get(0);
        assertThat(vm.canRevert(batch)).isTrue();

        vm.revert(batch);

        assertThat(reverted).hasValue(1);
        assertThat(vm.statusProperty().get()).contains("was undone");
        assertThat(vm.batches()).singleElement().satisfies(b -> assertThat(b.reverted()).isTrue());
        assertThat(vm.canRevert(vm.batches().get(0))).isFalse();
        assertThat(app.catalog().overview(Optional.empty())).isEmpty();
    }

    @Test
    void anImportThatALaterOneBuiltOnIsRefusedWithTheReason() {
        importSheet("CASE-1", 12);
        importSheet("CASE-1", 15);
        ImportHistoryViewModel vm = vm();
        vm.load();
        ImportBatch older = vm.batches().get(1); // newest first
        assertThat(older.id()).isLessThan(vm.batches().get(0).id());

        vm.revert(older);

        assertThat(reverted).hasValue(0);
        assertThat(vm.statusProperty().get()).contains("cannot be reverted", "later import");
        assertThat(app.imports().batches()).noneMatch(ImportBatch::reverted);
    }
}
