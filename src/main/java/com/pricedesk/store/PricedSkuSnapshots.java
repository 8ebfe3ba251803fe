package com.pricedesk.store;

import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.SkuSnapshotRepository;
import com.pricedesk.domain.pricing.PriceSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Whole SKUs including the prices the seller set for them (manual minimum and maximum in
 * {@code sku_price_limit}, V5; regular price in {@code sku_regular_price}, V17), around the repository
 * that keeps the catalogue fields and cost profiles. Reads attach the prices; writes store those of
 * snapshots that speak for them ({@link SkuSnapshot#prices()} not null) and leave the others alone.
 * Every call runs on the caller's transaction when there is one (Jdbi's thread-bound handle), so an
 * import stores its prices in its one transaction, and a revert restores them with everything else.
 */
public final class PricedSkuSnapshots implements SkuSnapshotRepository {
    private static final int CHUNK = 1000;
    private final SkuSnapshotRepository inner;
    private final Jdbi jdbi;
    private final Clock clock;

    public PricedSkuSnapshots(SkuSnapshotRepository inner, Jdbi jdbi, Clock clock) {
        this.inner = inner;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Map<String, SkuSnapshot> find(Collection<String> sellerSkus) {
        Map<String, SkuSnapshot> found = inner.find(sellerSkus);
        if (found.isEmpty()) {
            return found;
        }
        Map<String, PriceSettings> prices = prices(found.keySet());
        Map<String, SkuSnapshot> out = new HashMap<>(found.size() * 2);
        found.forEach((k, s) -> out.put(k, with(s, prices)));
        return out;
    }

    @Override
    public void forEach(Consumer<SkuSnapshot> consumer) {
        List<SkuSnapshot> page = new ArrayList<>(CHUNK);
        inner.forEach(s -> {
            page.add(s);
            if (page.size() == CHUNK) {
                emit(page, consumer);
            }
        });
        emit(page, consumer);
    }

    private void emit(List<SkuSnapshot> page, Consumer<SkuSnapshot> consumer) {
        if (page.isEmpty()) {
            return;
        }
        Map<String, PriceSettings> prices = prices(page.stream().map(SkuSnapshot::sellerSku).toList());
        page.forEach(s -> consumer.accept(with(s, prices)));
        page.clear();
    }

    private static SkuSnapshot with(SkuSnapshot s, Map<String, PriceSettings> prices) {
        return new SkuSnapshot(s.sku(), s.cost(), prices.getOrDefault(s.sellerSku(), PriceSettings.NONE));
    }

    /** The price settings of those of {@code keys} that have any. */
    private Map<String, PriceSettings> prices(Collection<String> keys) {
        Map<String, PriceSettings> out = new HashMap<>();
        List<String> all = List.copyOf(keys);
        jdbi.useHandle(h -> {
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
                h.createQuery("SELECT seller_sku, min_price, max_price FROM sku_price_limit WHERE seller_sku IN (<s>)")
                        .bindList("s", chunk)
                        .map((rs, ctx) -> {
                            String sku = rs.getString(1);
                            PriceSettings p = out.getOrDefault(sku, PriceSettings.NONE);
                            out.put(sku, p.withManualMin(usd(rs.getBigDecimal(2))).withManualMax(usd(rs.getBigDecimal(3))));
                            return sku;
                        }).list();
                h.createQuery("SELECT seller_sku, regular_price FROM sku_regular_price WHERE seller_sku IN (<s>)")
                        .bindList("s", chunk)
                        .map((rs, ctx) -> {
                            String sku = rs.getString(1);
                            out.put(sku, out.getOrDefault(sku, PriceSettings.NONE).withRegularPrice(usd(rs.getBigDecimal(2))));
                            return sku;
                        }).list();
            }
        });
        return out;
    }

    private static Money usd(BigDecimal amount) {
        return amount == null ? null : Money.usd(amount);
    }

    @Override
    public void saveAll(List<SkuSnapshot> snapshots) {
        jdbi.useTransaction(h -> {
            inner.saveAll(snapshots);
            writePrices(h, snapshots, false);
        });
    }

    @Override
    public void insertNew(List<SkuSnapshot> snapshots) {
        jdbi.useTransaction(h -> {
            inner.insertNew(snapshots);
            writePrices(h, snapshots, true);
        });
    }

    /**
     * Writes the prices of the snapshots that speak for them: set ones merged, absent ones deleted
     * (for new SKUs there is nothing to delete).
     */
    private void writePrices(Handle h, List<SkuSnapshot> snapshots, boolean allNew) {
        List<SkuSnapshot> priced = snapshots.stream().filter(s -> s.prices() != null).toList();
        if (priced.isEmpty()) {
            return;
        }
        List<SkuSnapshot> withLimits = priced.stream()
                .filter(s -> s.prices().manualMin() != null || s.prices().manualMax() != null).toList();
        List<SkuSnapshot> withRegular = priced.stream().filter(s -> s.prices().regularPrice() != null).toList();
        if (!allNew) {
            delete(h, "sku_price_limit", priced.stream().filter(s -> s.prices().manualMin() == null
                    && s.prices().manualMax() == null).map(SkuSnapshot::sellerSku).toList());
            delete(h, "sku_regular_price", priced.stream().filter(s -> s.prices().regularPrice() == null)
                    .map(SkuSnapshot::sellerSku).toList());
        }
        if (!withLimits.isEmpty()) {
            PreparedBatch b = h.prepareBatch("MERGE INTO sku_price_limit (seller_sku, min_price, max_price, currency) "
                    + "KEY (seller_sku) VALUES (:s, :min, :max, 'USD')");
            for (SkuSnapshot s : withLimits) {
                b.bind("s", s.sellerSku()).bind("min", amount(s.prices().manualMin()))
                        .bind("max", amount(s.prices().manualMax())).add();
            }
            b.execute();
        }
        if (!withRegular.isEmpty()) {
            var at = clock.instant().atOffset(ZoneOffset.UTC);
            PreparedBatch b = h.prepareBatch("MERGE INTO sku_regular_price (seller_sku, regular_price, currency, "
                    + "updated_at) KEY (seller_sku) VALUES (:s, :p, 'USD', :at)");
            for (SkuSnapshot s : withRegular) {
                b.bind("s", s.sellerSku()).bind("p", amount(s.prices().regularPrice())).bind("at", at).add();
            }
            b.execute();
        }
    }

    private static BigDecimal amount(Money m) {
        return m == null ? null : m.rounded().amount();
    }

    private static void delete(Handle h, String table, List<String> keys) {
        for (int i = 0; i < keys.size(); i += CHUNK) {
            h.createUpdate("DELETE FROM " + table + " WHERE seller_sku IN (<s>)")
                    .bindList("s", keys.subList(i, Math.min(keys.size(), i + CHUNK))).execute();
        }
    }

    @Override
    public void delete(Collection<String> sellerSkus) {
        // the prices go with the SKU (ON DELETE CASCADE)
        inner.delete(sellerSkus);
    }
}
