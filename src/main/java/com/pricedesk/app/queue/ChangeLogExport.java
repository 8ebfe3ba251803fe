package com.pricedesk.app.queue;

import com.pricedesk.domain.port.ChangeLogSink;
import com.pricedesk.domain.port.CostSheetSink.Headings;
import com.pricedesk.domain.port.PriceChangeRepository;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Exports the audit log for a period (default: the last 24 hours) and the queue, through the Excel layer. */
public final class ChangeLogExport {
    public static final Duration DEFAULT_PERIOD = Duration.ofHours(24);

    private final PriceChangeRepository changes;
    private final ChangeLogSink sink;
    private final Clock clock;

    public ChangeLogExport(PriceChangeRepository changes, ChangeLogSink sink, Clock clock) {
        this.changes = changes;
        this.sink = sink;
        this.clock = clock;
    }

    /** Every audit line from {@code since} (default 24 h ago) until now; returns the rows written. */
    public int exportLog(Path target, Optional<Instant> since, Headings headings) {
        Instant now = clock.instant();
        return sink.writeLog(target, headings, changes.events(since.orElse(now.minus(DEFAULT_PERIOD)), now.plusMillis(1)));
    }

    /**
     * The queue: every change still open or in flight, plus those that changed state since
     * {@code since} (default 24 h ago); returns the rows written.
     */
    public int exportQueue(Path target, Optional<Instant> since, Headings headings) {
        Instant from = since.orElse(clock.instant().minus(DEFAULT_PERIOD));
        List<QueuedChange> rows = changes.inStates(EnumSet.allOf(ChangeState.class)).stream()
                .filter(c -> !c.state().isFinal() || !c.updatedAt().isBefore(from)).toList();
        return sink.writeQueue(target, headings, rows);
    }
}
