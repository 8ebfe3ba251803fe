package com.pricedesk.domain.port;

import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.QueuedChange;
import java.nio.file.Path;
import java.util.List;

/** Writes the audit log (调价日志) and the approval queue as spreadsheets. */
public interface ChangeLogSink {

    /** Writes one row per audit line; returns the rows written. */
    int writeLog(Path target, CostSheetSink.Headings headings, List<ChangeEvent> events);

    /** Writes one row per change with its current state; returns the rows written. */
    int writeQueue(Path target, CostSheetSink.Headings headings, List<QueuedChange> changes);
}
