package com.pricedesk.store;

import com.pricedesk.domain.imports.AdDayChange;
import com.pricedesk.domain.imports.AdDayKey;
import com.pricedesk.domain.imports.AdFigures;
import com.pricedesk.domain.port.AdImportRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Ads import changes in H2 (schema V11) and the ad columns of {@code sku_day} they replace. */
public final class JdbiAdImportRepository implements AdImportRepository {
    private final Jdbi jdbi;

    public JdbiAdImportRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<AdDayKey, AdFigures> adFigures(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> {
            Map<AdDayKey, AdFigures> out = new HashMap<>();
            h.createQuery("SELECT seller_sku, as_of_date, ad_spend, ad_sales FROM sku_day "
                            + "WHERE as_of_date BETWEEN :f AND :t")
                    .bind("f", from).bind("t", to)
                    .map((rs, ctx) -> Map.entry(new AdDayKey(rs.getString(1), rs.getObject(2, LocalDate.class)),
                            new AdFigures(rs.getBigDecimal(3), rs.getBigDecimal(4))))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    @Override
    public void addChanges(long batchId, Collection<AdDayChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch b = h.prepareBatch("INSERT INTO import_batch_ad_day (batch_id, seller_sku, as_of_date, "
                    + "spend_before, sales_before, spend_after, sales_after) VALUES (?, ?, ?, ?, ?, ?, ?)");
            for (AdDayChange c : changes) {
                b.bind(0, batchId).bind(1, c.sellerSku()).bind(2, c.day()).bind(3, c.spendBefore())
                        .bind(4, c.salesBefore()).bind(5, c.spendAfter()).bind(6, c.salesAfter()).add();
            }
            b.execute();
        });
    }

    @Override
    public List<AdDayChange> changes(long batchId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT seller_sku, as_of_date, spend_before, sales_before, "
                        + "spend_after, sales_after FROM import_batch_ad_day WHERE batch_id = :b "
                        + "ORDER BY seller_sku, as_of_date")
                .bind("b", batchId)
                .map((rs, ctx) -> change(rs))
                .list());
    }

    private static AdDayChange change(ResultSet rs) throws SQLException {
        return new AdDayChange(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6));
    }

    @Override
    public Set<AdDayKey> touchedAfter(long batchId) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("""
                        SELECT DISTINCT c.seller_sku, c.as_of_date FROM import_batch_ad_day c
                        JOIN import_batch b ON b.id = c.batch_id WHERE b.id > :id AND b.reverted_at IS NULL""")
                .bind("id", batchId)
                .map((rs, ctx) -> new AdDayKey(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list()));
    }
}
