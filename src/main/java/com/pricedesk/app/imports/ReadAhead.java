package com.pricedesk.app.imports;

import com.pricedesk.domain.imports.CostSheetRow;
import com.pricedesk.domain.imports.TableLayout;
import com.pricedesk.domain.port.CostSheetSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Reads a sheet on a thread of its own while the caller's thread checks and stores the rows.
 *
 * <p>Why: parsing the sheet (POI's XML, cell text, units) and storing it (lookups and writes in H2) each
 * cost about as much as the bare read, and run one after the other they made an import twice as slow as
 * reading the file. Overlapped on a second core, the import takes about as long as the slower of the two.
 * The caller's thread keeps the transaction: every lookup and write still happens on it, in file order,
 * so what is stored (and the batch that {@code imports revert} undoes) is exactly as before.
 *
 * <p>The reading thread hands rows over in small batches through a bounded queue, so memory stays flat.
 * A failure on either side stops both: the reader's exception is rethrown on the caller's thread as it
 * was thrown, and a failing caller cancels the reader, which then closes the file before this returns.
 */
final class ReadAhead {
    private static final int BATCH = 256;
    private static final int QUEUE = 16;

    private sealed interface Event permits Layout, Rows, End, Failed {
    }

    private record Layout(TableLayout layout) implements Event {
    }

    private record Rows(List<CostSheetRow> rows) implements Event {
    }

    private record End(TableLayout layout) implements Event {
    }

    private record Failed(Throwable error) implements Event {
    }

    private final CostSheetSource reader;

    ReadAhead(CostSheetSource reader) {
        this.reader = reader;
    }

    /** Same contract as {@link CostSheetSource#read}: {@code listener} is called on the caller's thread. */
    TableLayout read(Path file, CostSheetSource.Options options, CostSheetSource.Listener listener) {
        BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);
        Producer producer = new Producer(queue);
        Thread thread = new Thread(() -> producer.run(file, options), "pricedesk-sheet-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Event e = take(queue);
                if (e instanceof Layout l) {
                    listener.layout(l.layout());
                } else if (e instanceof Rows r) {
                    for (CostSheetRow row : r.rows()) {
                        listener.row(row);
                    }
                } else if (e instanceof End end) {
                    return end.layout();
                } else if (e instanceof Failed f) {
                    throw rethrow(f.error());
                }
            }
        } finally {
            producer.cancelled = true;
            stop(thread, queue);
        }
    }

    /** Waits for the reading thread to finish, emptying the queue so it is never stuck on a full one. */
    private static void stop(Thread thread, BlockingQueue<Event> queue) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(20);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Event take(BlockingQueue<Event> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(t);
    }

    /** Runs the reader and turns its callbacks into events. */
    private final class Producer implements CostSheetSource.Listener {
        private final BlockingQueue<Event> queue;
        private List<CostSheetRow> batch = new ArrayList<>(BATCH);
        volatile boolean cancelled;

        Producer(BlockingQueue<Event> queue) {
            this.queue = queue;
        }

        void run(Path file, CostSheetSource.Options options) {
            try {
                TableLayout layout = reader.read(file, options, this);
                flush();
                put(new End(layout));
            } catch (Throwable t) {
                if (!cancelled) {
                    try {
                        flush(); // the rows before the fault, as a reader calling the listener directly would
                        put(new Failed(t));
                    } catch (CancellationException stopped) {
                        // the caller gave up meanwhile and no longer reads the queue
                    }
                }
            }
        }

        @Override
        public void layout(TableLayout layout) {
            put(new Layout(layout));
        }

        @Override
        public void row(CostSheetRow row) {
            batch.add(row);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        private void flush() {
            if (!batch.isEmpty()) {
                put(new Rows(batch));
                batch = new ArrayList<>(BATCH);
            }
        }

        /** Blocks while the caller is behind; gives up (unwinding the reader) once the caller has stopped. */
        private void put(Event e) {
            try {
                // checked before every offer: the caller empties the queue while it waits for this thread
                while (cancelled || !queue.offer(e, 50, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new CancellationException("the import stopped reading");
                    }
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new CancellationException("import interrupted");
            }
        }
    }
}
