package com.pricedesk.store;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.PriceRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Current prices in H2. Each is stamped with the workspace clock's time, which is what a newer offers
 * snapshot is compared with (see {@link JdbiMarketSnapshotRepository#saveOffers}).
 */
public final class JdbiPriceRepository implements PriceRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiPriceRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Stamped with the system clock: for tests and tools that do not compare with snapshot times. */
    public JdbiPriceRepository(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    @Override
    public Optional<Money> currentPrice(String sellerSku) {
        return jdbi.withHandle(h -> h.createQuery("SELECT price, currency FROM current_price WHERE seller_sku = :s")
                .bind("s", sellerSku)
                .map((rs, ctx) -> Money.of(rs.getBigDecimal("price"), rs.getString("currency").trim()))
                .findOne());
    }

    @Override
    public Map<String, Money> currentPrices() {
        Map<String, Money> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT seller_sku, price, currency FROM current_price")
                .map((rs, ctx) -> Map.entry(rs.getString(1), Money.of(rs.getBigDecimal(2), rs.getString(3).trim())))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    @Override
    public void saveAll(Map<String, Money> prices) {
        if (prices.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("MERGE INTO current_price (seller_sku, price, currency, updated_at) KEY (seller_sku) "
                    + "VALUES (:s, :p, :c, :at)");
            OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
            prices.forEach((sku, price) -> {
                if (!price.currency().equals(Money.USD)) {
                    throw new IllegalArgumentException("Listing prices are in USD; " + sku + " has " + price);
                }
                BigDecimal cents = price.rounded().amount();
                batch.bind("s", sku).bind("p", cents).bind("c", "USD").bind("at", at).add();
            });
            batch.execute();
        });
    }
}
