package com.pricedesk.app.grid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The grid's rows as last built, kept between sessions so that the workstation shows 100,000 SKUs at
 * once on start while the rows are built afresh behind them (issue 9: a usable window in 3 s). The
 * cache is a copy, never the truth: anything it cannot read is simply absent.
 */
public interface GridRowCache {
    /** The rows of the last full build and when it was made. */
    record Snapshot(Instant builtAt, List<SkuGridRow> rows) {
        public Snapshot {
            rows = List.copyOf(rows);
        }
    }

    /** The last snapshot, or empty when there is none or it cannot be read. */
    Optional<Snapshot> load();

    /** Replaces the snapshot. */
    void save(Snapshot snapshot);

    /** No cache: every start builds the rows. */
    GridRowCache NONE = new GridRowCache() {
        @Override
        public Optional<Snapshot> load() {
            return Optional.empty();
        }

        @Override
        public void save(Snapshot snapshot) {
        }
    };
}
