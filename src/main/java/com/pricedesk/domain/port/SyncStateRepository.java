package com.pricedesk.domain.port;

import com.pricedesk.domain.market.Freshness;
import com.pricedesk.domain.market.SyncKind;
import java.time.Instant;
import java.util.List;

/** Per kind of data: when it was last fresh and where an interrupted sync resumes. */
public interface SyncStateRepository {

    Freshness freshness(SyncKind kind);

    List<Freshness> all();

    /** Records progress of a running sync: {@code lastSku} and everything before it are stored. */
    void saveProgress(SyncKind kind, String lastSku, Instant attemptedAt);

    /** Records a completed sync: the data is fresh as of {@code asOf}; the resume point is cleared. */
    void markFresh(SyncKind kind, Instant asOf);

    void deleteAll();
}
