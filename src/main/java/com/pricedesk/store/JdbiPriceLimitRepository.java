package com.pricedesk.store;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.PriceLimitRepository;
import com.pricedesk.domain.pricing.PriceLimits;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Manual minimum and maximum prices per SKU in H2. */
public final class JdbiPriceLimitRepository implements PriceLimitRepository {
    private final Jdbi jdbi;

    public JdbiPriceLimitRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, PriceLimits> findAll() {
        Map<String, PriceLimits> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT seller_sku, min_price, max_price FROM sku_price_limit")
                .map((rs, ctx) -> Map.entry(rs.getString(1), new PriceLimits(usd(rs.getBigDecimal(2)),
                        usd(rs.getBigDecimal(3)))))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    @Override
    public Optional<PriceLimits> find(String sellerSku) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT min_price, max_price FROM sku_price_limit WHERE seller_sku = :s").bind("s", sellerSku)
                .map((rs, ctx) -> new PriceLimits(usd(rs.getBigDecimal(1)), usd(rs.getBigDecimal(2))))
                .findOne());
    }

    /** Stores the limits; with neither a minimum nor a maximum the SKU's row goes. */
    @Override
    public void save(String sellerSku, PriceLimits limits) {
        if (limits.manualMin().isEmpty() && limits.manualMax().isEmpty()) {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM sku_price_limit WHERE seller_sku = :s")
                    .bind("s", sellerSku).execute());
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO sku_price_limit (seller_sku, min_price, max_price, currency) "
                        + "KEY (seller_sku) VALUES (:s, :min, :max, 'USD')")
                .bind("s", sellerSku)
                .bind("min", limits.manualMin().map(m -> m.rounded().amount()).orElse(null))
                .bind("max", limits.manualMax().map(m -> m.rounded().amount()).orElse(null))
                .execute());
    }

    private static Optional<Money> usd(BigDecimal amount) {
        return Optional.ofNullable(amount).map(Money::usd);
    }
}
