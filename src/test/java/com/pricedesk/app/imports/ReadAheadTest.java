package com.pricedesk.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.CostSheetRow;
import com.pricedesk.domain.imports.FileFormat;
import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.imports.TableLayout;
import com.pricedesk.domain.port.CostSheetSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    private static final TableLayout LAYOUT = new TableLayout(FileFormat.CSV, "costs", 1, 1, List.of(), Map.of(),
            List.of());

    /** A reader that produces {@code rows} rows, then optionally fails, and records how it ended. */
    private static final class FakeSheet implements CostSheetSource {
        final int rows;
        final RuntimeException failAtEnd;
        final AtomicReference<Thread> readOn = new AtomicReference<>();
        final AtomicBoolean closed = new AtomicBoolean();
        final java.util.concurrent.atomic.AtomicInteger produced = new java.util.concurrent.atomic.AtomicInteger();
        final CountDownLatch done = new CountDownLatch(1);

        FakeSheet(int rows, RuntimeException failAtEnd) {
            this.rows = rows;
            this.failAtEnd = failAtEnd;
        }

        @Override
        public TableLayout read(Path file, Options options, Listener listener) {
            readOn.set(Thread.currentThread());
            try {
                listener.layout(LAYOUT);
                for (int i = 0; i < rows; i++) {
                    listener.row(new CostSheetRow(i + 2, Map.of(CostField.SELLER_SKU, "SKU-" + i), List.of()));
                    produced.incrementAndGet();
                }
                if (failAtEnd != null) {
                    throw failAtEnd;
                }
                return LAYOUT;
            } finally {
                closed.set(true); // what try-with-resources on the workbook does
                done.countDown();
            }
        }
    }

    private static final class Collector implements CostSheetSource.Listener {
        final List<Integer> rows = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        TableLayout layout;

        @Override
        public void layout(TableLayout l) {
            layout = l;
            threads.add(Thread.currentThread());
        }

        @Override
        public void row(CostSheetRow row) {
            rows.add(row.rowNumber());
            threads.add(Thread.currentThread());
        }
    }

    @Test
    void everyRowArrivesInFileOrderOnTheCallersThreadWhileTheFileIsReadOnAnother() {
        FakeSheet sheet = new FakeSheet(10_001, null);
        Collector c = new Collector();

        TableLayout result = new ReadAhead(sheet).read(Path.of("costs.csv"), defaults(), c);

        assertThat(result).isSameAs(LAYOUT);
        assertThat(c.layout).isSameAs(LAYOUT);
        assertThat(c.rows).hasSize(10_001).isSorted().startsWith(2).endsWith(10_002);
        assertThat(c.threads).containsOnly(Thread.currentThread());
        assertThat(sheet.readOn.get()).isNotSameAs(Thread.currentThread());
        assertThat(sheet.closed).isTrue();
    }

    @Test
    void aBrokenSheetThrowsItsOwnErrorOnTheCallersThreadAfterTheRowsBeforeIt() {
        SpreadsheetException broken = new SpreadsheetException("excel.error.unreadable", "costs.xlsx", "truncated");
        FakeSheet sheet = new FakeSheet(300, broken);
        Collector c = new Collector();

        assertThatThrownBy(() -> new ReadAhead(sheet).read(Path.of("costs.xlsx"), defaults(), c)).isSameAs(broken);
        assertThat(c.rows).hasSize(300);
        assertThat(sheet.closed).isTrue();
    }

    @Test
    void whenStoringFailsTheReaderIsStoppedAndTheFileClosedBeforeTheErrorComesBack() throws Exception {
        FakeSheet sheet = new FakeSheet(1_000_000, null);
        IllegalStateException dbDown = new IllegalStateException("database closed");
        CostSheetSource.Listener failing = new CostSheetSource.Listener() {
            int seen;

            @Override
            public void layout(TableLayout l) {
            }

            @Override
            public void row(CostSheetRow row) {
                if (++seen == 1_000) {
                    throw dbDown;
                }
            }
        };

        assertThatThrownBy(() -> new ReadAhead(sheet).read(Path.of("costs.xlsx"), defaults(), failing)).isSameAs(dbDown);
        // the reader was unwound long before it produced a million rows, and had closed the file on return
        assertThat(sheet.done.await(0, TimeUnit.SECONDS)).isTrue();
        assertThat(sheet.closed).isTrue();
        assertThat(sheet.readOn.get().isAlive()).isFalse();
        assertThat(sheet.produced.get()).isLessThan(1_000_000);
    }

    private static CostSheetSource.Options defaults() {
        return CostSheetSource.Options.defaults();
    }
}
