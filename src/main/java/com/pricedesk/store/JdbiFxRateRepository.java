package com.pricedesk.store;

import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.port.FxRateRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Dated exchange rates in H2. */
public final class JdbiFxRateRepository implements FxRateRepository {
    private static final RowMapper<FxRate> MAPPER = (rs, ctx) ->
            new FxRate(rs.getObject("rate_date", LocalDate.class), rs.getBigDecimal("cny_per_usd").stripTrailingZeros());
    private final Jdbi jdbi;

    public JdbiFxRateRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<FxRate> rateOn(LocalDate date) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM fx_rate WHERE rate_date <= :d ORDER BY rate_date DESC FETCH FIRST 1 ROW ONLY")
                .bind("d", date).map(MAPPER).findOne());
    }

    @Override
    public List<FxRate> history() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM fx_rate ORDER BY rate_date").map(MAPPER).list());
    }

    @Override
    public void save(FxRate rate) {
        jdbi.useHandle(h -> h.createUpdate(
                        "MERGE INTO fx_rate (rate_date, cny_per_usd) KEY (rate_date) VALUES (:d, :r)")
                .bind("d", rate.date()).bind("r", rate.cnyPerUsd()).execute());
    }
}
