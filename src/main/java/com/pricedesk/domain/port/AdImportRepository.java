package com.pricedesk.domain.port;

import com.pricedesk.domain.imports.AdDayChange;
import com.pricedesk.domain.imports.AdDayKey;
import com.pricedesk.domain.imports.AdFigures;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ad figures an Ads report import replaces, and each import's before/after per SKU-day. */
public interface AdImportRepository {
    /** The stored ad spend and sales of every SKU-day from {@code from} to {@code to} that has a daily row. */
    Map<AdDayKey, AdFigures> adFigures(LocalDate from, LocalDate to);

    void addChanges(long batchId, Collection<AdDayChange> changes);

    List<AdDayChange> changes(long batchId);

    /** SKU-days written by Ads imports after {@code batchId} that are not reverted. */
    Set<AdDayKey> touchedAfter(long batchId);
}
