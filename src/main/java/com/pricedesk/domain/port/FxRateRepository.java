package com.pricedesk.domain.port;

import com.pricedesk.domain.money.FxRate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Dated CNY-per-USD rates; history is kept so old costs stay reproducible. */
public interface FxRateRepository {
    /** The rate in force on a date: the latest one dated on or before it. */
    Optional<FxRate> rateOn(LocalDate date);

    List<FxRate> history();

    void save(FxRate rate);
}
