package com.pricedesk.store;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.kpi.KpiTargets;
import com.pricedesk.domain.port.KpiTargetRepository;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** KPI targets per tier and per-SKU overrides in H2. */
public final class JdbiKpiTargetRepository implements KpiTargetRepository {
    private static final String COLUMNS = "min_margin_pct, target_margin_pct, min_roi_pct, max_days_of_cover, "
            + "min_conversion_pct, max_acos_pct, max_tacos_pct, max_bsr, min_buy_box_share_pct";
    private static final String VALUES = ":min_margin_pct, :target_margin_pct, :min_roi_pct, :max_days_of_cover, "
            + ":min_conversion_pct, :max_acos_pct, :max_tacos_pct, :max_bsr, :min_buy_box_share_pct";
    private final Jdbi jdbi;

    public JdbiKpiTargetRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<KpiBook> load() {
        return jdbi.withHandle(h -> {
            Map<Tier, KpiTargets> tiers = new EnumMap<>(Tier.class);
            h.createQuery("SELECT tier, " + COLUMNS + " FROM kpi_tier_target")
                    .map((rs, ctx) -> Map.entry(Tier.valueOf(rs.getString("tier")), targets(rs)))
                    .forEach(e -> tiers.put(e.getKey(), e.getValue()));
            if (tiers.isEmpty()) {
                return Optional.empty();
            }
            Map<String, KpiTargets> overrides = new LinkedHashMap<>();
            h.createQuery("SELECT seller_sku, " + COLUMNS + " FROM kpi_sku_override")
                    .map((rs, ctx) -> Map.entry(rs.getString("seller_sku"), targets(rs)))
                    .forEach(e -> overrides.put(e.getKey(), e.getValue()));
            return Optional.of(new KpiBook(tiers, overrides));
        });
    }

    @Override
    public void save(KpiBook book) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM kpi_tier_target");
            h.execute("DELETE FROM kpi_sku_override");
            book.tiers().forEach((tier, t) -> bind(h.createUpdate("INSERT INTO kpi_tier_target (tier, " + COLUMNS
                    + ") VALUES (:tier, " + VALUES + ")").bind("tier", tier.name()), t).execute());
            book.skuOverrides().forEach((sku, t) -> insertOverride(h, sku, t));
        });
    }

    private static void insertOverride(Handle h, String sku, KpiTargets t) {
        bind(h.createUpdate("INSERT INTO kpi_sku_override (seller_sku, " + COLUMNS + ") VALUES (:sku, " + VALUES + ")")
                .bind("sku", sku), t).execute();
    }

    private static Update bind(Update u, KpiTargets t) {
        return u.bind("min_margin_pct", t.minMarginPct().orElse(null))
                .bind("target_margin_pct", t.targetMarginPct().orElse(null))
                .bind("min_roi_pct", t.minRoiPct().orElse(null))
                .bind("max_days_of_cover", t.maxDaysOfCover().orElse(null))
                .bind("min_conversion_pct", t.minConversionPct().orElse(null))
                .bind("max_acos_pct", t.maxAcosPct().orElse(null))
                .bind("max_tacos_pct", t.maxTacosPct().orElse(null))
                .bind("max_bsr", t.maxBsr().orElse(null))
                .bind("min_buy_box_share_pct", t.minBuyBoxSharePct().orElse(null));
    }

    private static KpiTargets targets(ResultSet rs) throws SQLException {
        int bsr = rs.getInt("max_bsr");
        Optional<Integer> maxBsr = rs.wasNull() ? Optional.empty() : Optional.of(bsr);
        return new KpiTargets(dec(rs, "min_margin_pct"), dec(rs, "target_margin_pct"), dec(rs, "min_roi_pct"),
                dec(rs, "max_days_of_cover"), dec(rs, "min_conversion_pct"), dec(rs, "max_acos_pct"),
                dec(rs, "max_tacos_pct"), maxBsr, dec(rs, "min_buy_box_share_pct"));
    }

    private static Optional<BigDecimal> dec(ResultSet rs, String column) throws SQLException {
        // stripTrailingZeros: DECIMAL(7,3) gives back 20.000 for 20; the seller typed 20.
        return Optional.ofNullable(rs.getBigDecimal(column)).map(JdbiKpiTargetRepository::plain);
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
