package com.pricedesk.domain.port;

import com.pricedesk.domain.kpi.KpiBook;
import java.util.Optional;

/** KPI targets per tier and per-SKU overrides. */
public interface KpiTargetRepository {
    /** The stored targets, or empty when the workspace never had any. */
    Optional<KpiBook> load();

    /** Replaces all tier targets and overrides in one transaction. */
    void save(KpiBook book);
}
