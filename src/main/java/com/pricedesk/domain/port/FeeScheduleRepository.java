package com.pricedesk.domain.port;

import com.pricedesk.domain.cost.fees.FeeOverride;
import com.pricedesk.domain.cost.fees.FeeSchedules;
import java.util.List;

/** The fee tables: shipped versions with the user's stored overrides applied on top. */
public interface FeeScheduleRepository {
    /** Shipped tables with every stored override applied, in the order they were saved. */
    FeeSchedules current();

    List<StoredFeeOverride> overrides();

    /** Stores an override after checking it applies; returns its id. */
    long save(FeeOverride override, String note);

    void delete(long id);

    /** An override as stored, with its id and the user's note. */
    record StoredFeeOverride(long id, FeeOverride override, String note) {
    }
}
