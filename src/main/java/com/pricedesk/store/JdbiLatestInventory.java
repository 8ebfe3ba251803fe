package com.pricedesk.store;

import com.pricedesk.domain.port.LatestInventory;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Reads the newest {@code inventory_snapshot} row per SKU in one query. */
public final class JdbiLatestInventory implements LatestInventory {
    private final Jdbi jdbi;

    public JdbiLatestInventory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, Integer> latestFulfillable() {
        return jdbi.withHandle(h -> {
            Map<String, Integer> out = new HashMap<>();
            h.createQuery("""
                            SELECT s.seller_sku, s.fulfillable FROM inventory_snapshot s
                            JOIN (SELECT seller_sku, MAX(as_of) AS latest FROM inventory_snapshot GROUP BY seller_sku) l
                              ON l.seller_sku = s.seller_sku AND l.latest = s.as_of""")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }
}
