package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's faster write path stores exactly what the general one did: INSERT for SKUs known new
 * gives the same stored state as MERGE, and the streamed history JSON is the JSON the node tree gave.
 */
class ImportWritePathTest {
    @TempDir
    Path dir;

    private static final SkuSnapshot FULL = new SkuSnapshot(
            new Sku("A-1", "B012345678", "Phone case \"slim\"", "手机壳", "Electronics", Tier.HERO,
                    List.of("summer", "硅胶"), new Dimensions(new BigDecimal("20.5"), new BigDecimal("15"),
                    new BigDecimal("5.00")), new Weight(new BigDecimal("0.125"))),
            new CostProfile(Money.cny("12.50"), FreightBasis.PER_KG, Money.cny("12"), 5000, new BigDecimal("7.5"),
                    Money.usd("2.5"), Money.cny("0.4"), null, Money.cny("0"), null, Money.usd("0.30"),
                    new BigDecimal("3"), new BigDecimal("0.5"), new BigDecimal("12.5"), new BigDecimal("1")));
    private static final SkuSnapshot BARE = new SkuSnapshot(
            new Sku("B-2", null, "B-2", null, "", Tier.REGULAR, List.of(), null, null), null);

    @Test
    void streamedJsonIsTheTreeJson() {
        SnapshotJson json = new SnapshotJson();
        for (SkuSnapshot s : List.of(FULL, BARE)) {
            assertThat(json.write(s)).isEqualTo(treeJson(s));
            assertThat(json.read(json.write(s))).isEqualTo(s);
        }
        assertThat(json.write(null)).isNull();
    }

    @Test
    void insertNewStoresWhatSaveAllStores() {
        Jdbi merged = workspace("merged");
        Jdbi inserted = workspace("inserted");
        JdbiSkuSnapshotRepository viaSave = new JdbiSkuSnapshotRepository(merged);
        JdbiSkuSnapshotRepository viaInsert = new JdbiSkuSnapshotRepository(inserted);
        viaSave.saveAll(List.of(FULL, BARE));
        viaInsert.insertNew(List.of(FULL, BARE));
        Map<String, SkuSnapshot> a = viaSave.find(List.of("A-1", "B-2"));
        Map<String, SkuSnapshot> b = viaInsert.find(List.of("A-1", "B-2"));
        assertThat(b).hasSize(2).isEqualTo(a);
        assertThat(b.get("A-1").sku().tags()).containsExactlyInAnyOrder("summer", "硅胶");
        assertThat(b.get("A-1").cost().purchase().amount()).isEqualByComparingTo("12.50");
        // it is a plain INSERT: a SKU that exists already is refused, never silently merged
        assertThatThrownBy(() -> viaInsert.insertNew(List.of(BARE))).isInstanceOf(RuntimeException.class);
    }

    private Jdbi workspace(String name) {
        AppContext.open(dir.resolve(name), Clock.systemUTC()).close();
        return Jdbi.create("jdbc:h2:file:" + dir.resolve(name).resolve("pricedesk").toAbsolutePath()
                + ";AUTO_SERVER=TRUE", "pricedesk", "").installPlugin(new SqlObjectPlugin());
    }

    /** The history JSON as written before the streaming generator: a node tree. */
    private static String treeJson(SkuSnapshot s) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode n = mapper.createObjectNode();
        Sku k = s.sku();
        n.put("seller_sku", k.sellerSku());
        n.put("asin", k.asin());
        n.put("title", k.title());
        n.put("local_title", k.localTitle());
        n.put("category", k.category());
        n.put("tier", k.tier().name());
        k.tags().forEach(n.withArray("tags")::add);
        if (k.dimensions() != null) {
            n.put("length_cm", k.dimensions().lengthCm().toPlainString());
            n.put("width_cm", k.dimensions().widthCm().toPlainString());
            n.put("height_cm", k.dimensions().heightCm().toPlainString());
        }
        if (k.weight() != null) {
            n.put("weight_kg", k.weight().kg().toPlainString());
        }
        CostProfile p = s.cost();
        if (p != null) {
            ObjectNode c = n.putObject("cost");
            money(c, "purchase", p.purchase());
            c.put("freight_basis", p.freightBasis().name());
            money(c, "freight", p.freightRate());
            c.put("volumetric_divisor", p.volumetricDivisor());
            c.put("tariff_pct", p.tariffPct().toPlainString());
            money(c, "customs_value", p.customsValue());
            money(c, "packaging", p.packaging());
            money(c, "labeling", p.labeling());
            money(c, "prep", p.prep());
            money(c, "other", p.other());
            money(c, "inbound_placement", p.inboundPlacement());
            c.put("return_rate_pct", p.returnRatePct().toPlainString());
            c.put("unsellable_pct", p.unsellablePct().toPlainString());
            c.put("tacos_pct", p.tacosPct().toPlainString());
            c.put("storage_months", p.storageMonths().toPlainString());
        }
        return n.toString();
    }

    private static void money(ObjectNode n, String field, Money m) {
        if (m != null) {
            ObjectNode o = n.putObject(field);
            o.put("amount", m.amount().toPlainString());
            o.put("currency", m.currency().getCurrencyCode());
        }
    }
}
