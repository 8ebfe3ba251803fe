package com.pricedesk.store;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.ReferencePriceRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Regular prices and listing maxima per SKU in H2 (V17). */
public final class JdbiReferencePriceRepository implements ReferencePriceRepository {
    /** Up to this many SKUs are looked up by key; more are read in one pass over the table. */
    static final int LOOKUP_BY_KEY_UP_TO = 1_000;
    private final Jdbi jdbi;

    public JdbiReferencePriceRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, Money> regularPrices(Collection<String> sellerSkus) {
        return pricesOf("SELECT seller_sku, regular_price FROM sku_regular_price WHERE 1 = 1", sellerSkus);
    }

    @Override
    public void saveRegularPrice(String sellerSku, Optional<Money> price, Instant at) {
        jdbi.useHandle(h -> {
            if (price.isEmpty()) {
                h.createUpdate("DELETE FROM sku_regular_price WHERE seller_sku = :s").bind("s", sellerSku).execute();
                return;
            }
            h.createUpdate("MERGE INTO sku_regular_price (seller_sku, regular_price, currency, updated_at) "
                            + "KEY (seller_sku) VALUES (:s, :p, 'USD', :at)")
                    .bind("s", sellerSku).bind("p", price.get().rounded().amount()).bind("at", utc(at)).execute();
        });
    }

    @Override
    public Map<String, Money> listingMaxima(Collection<String> sellerSkus) {
        return pricesOf("SELECT seller_sku, max_price FROM sku_listing_max WHERE max_price IS NOT NULL", sellerSkus);
    }

    /**
     * The (SKU, price) rows of {@code select} for {@code sellerSkus}: a few SKUs (a grid row, a detail)
     * are looked up by key; a whole shop is read in one pass and filtered, cheaper than a huge IN list.
     */
    private Map<String, Money> pricesOf(String select, Collection<String> sellerSkus) {
        Map<String, Money> out = new HashMap<>();
        if (sellerSkus.isEmpty()) {
            return out;
        }
        boolean few = sellerSkus.size() <= LOOKUP_BY_KEY_UP_TO;
        java.util.Set<String> wanted = few ? null : new java.util.HashSet<>(sellerSkus);
        jdbi.useHandle(h -> {
            var query = few ? h.createQuery(select + " AND seller_sku IN (<skus>)").bindList("skus", List.copyOf(sellerSkus))
                    : h.createQuery(select);
            query.map((rs, ctx) -> Map.entry(rs.getString(1), Money.usd(rs.getBigDecimal(2))))
                    .forEach(e -> {
                        if (few || wanted.contains(e.getKey())) {
                            out.put(e.getKey(), e.getValue());
                        }
                    });
        });
        return out;
    }

    @Override
    public void recordListingMaxima(Map<String, Optional<Money>> maxBySku, Instant readAt) {
        if (maxBySku.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("MERGE INTO sku_listing_max (seller_sku, max_price, read_at) "
                    + "KEY (seller_sku) SELECT seller_sku, :m, :at FROM sku WHERE seller_sku = :s");
            for (Map.Entry<String, Optional<Money>> e : maxBySku.entrySet()) {
                // A zero or negative maximum is no bound Amazon would apply: recorded as none.
                BigDecimal max = e.getValue().map(m -> m.rounded().amount()).filter(a -> a.signum() > 0).orElse(null);
                batch.bind("s", e.getKey()).bind("m", max).bind("at", utc(readAt)).add();
            }
            batch.execute();
        });
    }

    @Override
    public List<String> listingMaximaDue(Collection<String> sellerSkus, int limit) {
        Map<String, Instant> readAt = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT seller_sku, read_at FROM sku_listing_max")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .forEach(e -> readAt.put(e.getKey(), e.getValue())));
        List<String> never = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (String s : sellerSkus) {
            (readAt.containsKey(s) ? read : never).add(s);
        }
        read.sort(java.util.Comparator.comparing(readAt::get));
        List<String> out = new ArrayList<>(Math.min(limit, sellerSkus.size()));
        for (String s : never) {
            if (out.size() == limit) {
                return out;
            }
            out.add(s);
        }
        for (String s : read) {
            if (out.size() == limit) {
                return out;
            }
            out.add(s);
        }
        return out;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
