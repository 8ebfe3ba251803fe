package com.pricedesk.store;

import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.port.SkuSnapshotRepository;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Whole SKUs in bulk: IN-list reads in chunks, keyset paging for full scans. */
public final class JdbiSkuSnapshotRepository implements SkuSnapshotRepository {
    /** H2 handles long IN lists, but chunks keep each statement's plan and memory small. */
    private static final int CHUNK = 1000;
    private static final int ROWS_PER_INSERT = 100;
    private final Jdbi jdbi;

    public JdbiSkuSnapshotRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.registerRowMapper(ConstructorMapper.factory(SkuRow.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(CostProfileRow.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(TagRow.class));
    }

    @Override
    public Map<String, SkuSnapshot> find(Collection<String> sellerSkus) {
        Map<String, SkuSnapshot> out = new HashMap<>();
        List<String> all = List.copyOf(sellerSkus);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            jdbi.useHandle(h -> {
                List<String> stored = storedKeys(h, chunk);
                if (stored.isEmpty()) {
                    return;
                }
                List<SkuRow> skus = h.createQuery("SELECT * FROM sku WHERE seller_sku IN (<s>)")
                        .bindList("s", stored).mapTo(SkuRow.class).list();
                assemble(h, skus).forEach(s -> out.put(s.sellerSku(), s));
            });
        }
        return out;
    }

    /**
     * Which of these SKUs are stored: a key-only probe bound by position on the JDBC statement. An import
     * looks up every chunk of 1,000 SKUs before writing it; for SKUs the workspace does not have yet (a
     * first import: all of them) Jdbi's binding of a 1,000-name list cost more than H2's lookups, and
     * the probe alone answers "none".
     */
    private static List<String> storedKeys(Handle h, List<String> keys) {
        StringBuilder sql = new StringBuilder(40 + keys.size() * 3).append("SELECT seller_sku FROM sku WHERE seller_sku IN (");
        for (int k = 0; k < keys.size(); k++) {
            sql.append(k == 0 ? "?" : ", ?");
        }
        try (PreparedStatement ps = h.getConnection().prepareStatement(sql.append(')').toString())) {
            for (int k = 0; k < keys.size(); k++) {
                ps.setString(k + 1, keys.get(k));
            }
            List<String> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    @Override
    public void forEach(Consumer<SkuSnapshot> consumer) {
        String last = "";
        while (true) {
            String after = last;
            List<SkuSnapshot> page = jdbi.withHandle(h -> assemble(h, h.createQuery(
                            "SELECT * FROM sku WHERE seller_sku > :after ORDER BY seller_sku FETCH FIRST "
                                    + CHUNK + " ROWS ONLY")
                    .bind("after", after).mapTo(SkuRow.class).list()));
            if (page.isEmpty()) {
                return;
            }
            page.forEach(consumer);
            last = page.get(page.size() - 1).sellerSku();
        }
    }

    private static List<SkuSnapshot> assemble(Handle h, List<SkuRow> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        List<String> keys = skus.stream().map(SkuRow::sellerSku).toList();
        Map<String, List<String>> tags = new HashMap<>();
        h.createQuery("SELECT seller_sku, tag FROM sku_tag WHERE seller_sku IN (<s>) ORDER BY seller_sku, tag")
                .bindList("s", keys).mapTo(TagRow.class)
                .forEach(t -> tags.computeIfAbsent(t.sellerSku(), k -> new ArrayList<>()).add(t.tag()));
        Map<String, CostProfileRow> costs = new HashMap<>();
        h.createQuery("SELECT * FROM cost_profile WHERE seller_sku IN (<s>)").bindList("s", keys)
                .mapTo(CostProfileRow.class).forEach(c -> costs.put(c.sellerSku(), c));
        Map<String, SkuSnapshot> out = new LinkedHashMap<>();
        for (SkuRow r : skus) {
            CostProfileRow c = costs.get(r.sellerSku());
            out.put(r.sellerSku(), new SkuSnapshot(r.toSku(tags.getOrDefault(r.sellerSku(), List.of())),
                    c == null ? null : c.toProfile()));
        }
        return List.copyOf(out.values());
    }

    @Override
    public void saveAll(List<SkuSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            SkuDao skus = h.attach(SkuDao.class);
            CostProfileDao costs = h.attach(CostProfileDao.class);
            skus.upsert(snapshots.stream().map(s -> SkuRow.of(s.sku())).toList());
            List<String> keys = snapshots.stream().map(SkuSnapshot::sellerSku).toList();
            // one IN-list statement per chunk rather than one DELETE per SKU
            for (int i = 0; i < keys.size(); i += CHUNK) {
                h.createUpdate("DELETE FROM sku_tag WHERE seller_sku IN (<s>)")
                        .bindList("s", keys.subList(i, Math.min(keys.size(), i + CHUNK))).execute();
            }
            List<TagRow> tags = snapshots.stream().flatMap(s -> s.sku().tags().stream().distinct()
                    .map(t -> new TagRow(s.sellerSku(), t))).toList();
            if (!tags.isEmpty()) {
                skus.insertTags(tags);
            }
            List<CostProfileRow> withCost = snapshots.stream().filter(s -> s.cost() != null)
                    .map(s -> CostProfileRow.of(s.sellerSku(), s.cost())).toList();
            if (!withCost.isEmpty()) {
                costs.upsert(withCost);
            }
            List<String> withoutCost = snapshots.stream().filter(s -> s.cost() == null)
                    .map(SkuSnapshot::sellerSku).toList();
            for (int i = 0; i < withoutCost.size(); i += CHUNK) {
                h.createUpdate("DELETE FROM cost_profile WHERE seller_sku IN (<s>)")
                        .bindList("s", withoutCost.subList(i, Math.min(withoutCost.size(), i + CHUNK))).execute();
            }
        });
    }

    @Override
    public void insertNew(List<SkuSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            // multi-row INSERTs bound by position: per-statement and per-row binding overhead, not
            // H2's writing, dominated storing 100,000 new SKUs through MERGE batches
            for (int i = 0; i < snapshots.size(); i += ROWS_PER_INSERT) {
                List<SkuSnapshot> part = snapshots.subList(i, Math.min(snapshots.size(), i + ROWS_PER_INSERT));
                insertSkus(h, part);
                List<CostProfileRow> costs = part.stream().filter(s -> s.cost() != null)
                        .map(s -> CostProfileRow.of(s.sellerSku(), s.cost())).toList();
                if (!costs.isEmpty()) {
                    insertCosts(h, costs);
                }
            }
            List<TagRow> tags = snapshots.stream().flatMap(s -> s.sku().tags().stream().distinct()
                    .map(t -> new TagRow(s.sellerSku(), t))).toList();
            if (!tags.isEmpty()) {
                h.attach(SkuDao.class).insertTags(tags);
            }
        });
    }

    private static final String SKU_INSERT = """
            INSERT INTO sku (seller_sku, asin, title, local_title, category, tier, length_cm, width_cm, height_cm,
                             weight_kg, updated_at) VALUES\s""";
    private static final String SKU_TUPLE = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)";
    private static final String COST_INSERT = """
            INSERT INTO cost_profile (seller_sku, purchase_amount, purchase_currency, freight_basis, freight_amount,
                freight_currency, volumetric_divisor, tariff_pct, customs_value_amount, customs_value_currency,
                packaging_amount, packaging_currency, labeling_amount, labeling_currency, prep_amount, prep_currency,
                other_amount, other_currency, inbound_placement_amount, inbound_placement_currency,
                return_rate_pct, unsellable_pct, tacos_pct, storage_months, updated_at) VALUES\s""";
    private static final String COST_TUPLE =
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)";

    // Bound on the JDBC statement itself: Jdbi's argument binding (a case-insensitive lookup per
    // positional argument) cost as much CPU as H2's inserting when storing 100,000 new SKUs.
    private static void insertSkus(Handle h, List<SkuSnapshot> part) {
        try (PreparedStatement ps = h.getConnection().prepareStatement(multiRow(SKU_INSERT, SKU_TUPLE,
                part.size()))) {
            int p = 1;
            for (SkuSnapshot s : part) {
                SkuRow r = SkuRow.of(s.sku());
                ps.setString(p++, r.sellerSku());
                ps.setString(p++, r.asin());
                ps.setString(p++, r.title());
                ps.setString(p++, r.localTitle());
                ps.setString(p++, r.category());
                ps.setString(p++, r.tier());
                ps.setBigDecimal(p++, r.lengthCm());
                ps.setBigDecimal(p++, r.widthCm());
                ps.setBigDecimal(p++, r.heightCm());
                ps.setBigDecimal(p++, r.weightKg());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static void insertCosts(Handle h, List<CostProfileRow> rows) {
        try (PreparedStatement ps = h.getConnection().prepareStatement(multiRow(COST_INSERT, COST_TUPLE,
                rows.size()))) {
            int p = 1;
            for (CostProfileRow c : rows) {
                ps.setString(p++, c.sellerSku());
                ps.setBigDecimal(p++, c.purchaseAmount());
                ps.setString(p++, c.purchaseCurrency());
                ps.setString(p++, c.freightBasis());
                ps.setBigDecimal(p++, c.freightAmount());
                ps.setString(p++, c.freightCurrency());
                ps.setInt(p++, c.volumetricDivisor());
                ps.setBigDecimal(p++, c.tariffPct());
                ps.setBigDecimal(p++, c.customsValueAmount());
                ps.setString(p++, c.customsValueCurrency());
                ps.setBigDecimal(p++, c.packagingAmount());
                ps.setString(p++, c.packagingCurrency());
                ps.setBigDecimal(p++, c.labelingAmount());
                ps.setString(p++, c.labelingCurrency());
                ps.setBigDecimal(p++, c.prepAmount());
                ps.setString(p++, c.prepCurrency());
                ps.setBigDecimal(p++, c.otherAmount());
                ps.setString(p++, c.otherCurrency());
                ps.setBigDecimal(p++, c.inboundPlacementAmount());
                ps.setString(p++, c.inboundPlacementCurrency());
                ps.setBigDecimal(p++, c.returnRatePct());
                ps.setBigDecimal(p++, c.unsellablePct());
                ps.setBigDecimal(p++, c.tacosPct());
                ps.setBigDecimal(p++, c.storageMonths());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static String multiRow(String head, String tuple, int rows) {
        StringBuilder sql = new StringBuilder(head.length() + rows * (tuple.length() + 2)).append(head);
        for (int k = 0; k < rows; k++) {
            sql.append(k == 0 ? "" : ", ").append(tuple);
        }
        return sql.toString();
    }

    @Override
    public void delete(Collection<String> sellerSkus) {
        List<String> all = List.copyOf(sellerSkus);
        jdbi.useTransaction(h -> {
            for (int i = 0; i < all.size(); i += CHUNK) {
                // cost_profile, sku_tag and current_price go with the SKU (ON DELETE CASCADE)
                h.createUpdate("DELETE FROM sku WHERE seller_sku IN (<s>)")
                        .bindList("s", all.subList(i, Math.min(all.size(), i + CHUNK))).execute();
            }
        });
    }
}
