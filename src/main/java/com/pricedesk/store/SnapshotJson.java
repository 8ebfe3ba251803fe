package com.pricedesk.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Serialises a {@link SkuSnapshot} for import history; decimals as strings so nothing is rounded. */
final class SnapshotJson {
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Written with a streaming generator: the same JSON as a tree of nodes would give (fields in the
     * same order), without building the tree for each of an import's 100,000 changes.
     */
    String write(SkuSnapshot s) {
        if (s == null) {
            return null;
        }
        Sku k = s.sku();
        StringWriter out = new StringWriter(768);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("seller_sku", k.sellerSku());
            g.writeStringField("asin", k.asin());
            g.writeStringField("title", k.title());
            g.writeStringField("local_title", k.localTitle());
            g.writeStringField("category", k.category());
            g.writeStringField("tier", k.tier().name());
            g.writeArrayFieldStart("tags");
            for (String t : k.tags()) {
                g.writeString(t);
            }
            g.writeEndArray();
            if (k.dimensions() != null) {
                g.writeStringField("length_cm", k.dimensions().lengthCm().toPlainString());
                g.writeStringField("width_cm", k.dimensions().widthCm().toPlainString());
                g.writeStringField("height_cm", k.dimensions().heightCm().toPlainString());
            }
            if (k.weight() != null) {
                g.writeStringField("weight_kg", k.weight().kg().toPlainString());
            }
            CostProfile p = s.cost();
            if (p != null) {
                g.writeObjectFieldStart("cost");
                money(g, "purchase", p.purchase());
                g.writeStringField("freight_basis", p.freightBasis().name());
                money(g, "freight", p.freightRate());
                g.writeNumberField("volumetric_divisor", p.volumetricDivisor());
                g.writeStringField("tariff_pct", p.tariffPct().toPlainString());
                money(g, "customs_value", p.customsValue());
                money(g, "packaging", p.packaging());
                money(g, "labeling", p.labeling());
                money(g, "prep", p.prep());
                money(g, "other", p.other());
                money(g, "inbound_placement", p.inboundPlacement());
                g.writeStringField("return_rate_pct", p.returnRatePct().toPlainString());
                g.writeStringField("unsellable_pct", p.unsellablePct().toPlainString());
                g.writeStringField("tacos_pct", p.tacosPct().toPlainString());
                g.writeStringField("storage_months", p.storageMonths().toPlainString());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise snapshot of " + k.sellerSku(), e);
        }
        return out.toString();
    }

    private static void money(JsonGenerator g, String field, Money m) throws IOException {
        if (m != null) {
            g.writeObjectFieldStart(field);
            g.writeStringField("amount", m.amount().toPlainString());
            g.writeStringField("currency", m.currency().getCurrencyCode());
            g.writeEndObject();
        }
    }

    SkuSnapshot read(String json) {
        if (json == null) {
            return null;
        }
        JsonNode n;
        try {
            n = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt import history entry: " + e.getOriginalMessage(), e);
        }
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        Dimensions dims = n.has("length_cm") ? new Dimensions(dec(n, "length_cm"), dec(n, "width_cm"),
                dec(n, "height_cm")) : null;
        Weight weight = n.has("weight_kg") ? new Weight(dec(n, "weight_kg")) : null;
        Sku sku = new Sku(n.get("seller_sku").asText(), text(n, "asin"), n.get("title").asText(),
                text(n, "local_title"), n.get("category").asText(), Tier.valueOf(n.get("tier").asText()), tags,
                dims, weight);
        JsonNode c = n.get("cost");
        CostProfile cost = c == null ? null : new CostProfile(money(c, "purchase"),
                FreightBasis.valueOf(c.get("freight_basis").asText()), money(c, "freight"),
                c.get("volumetric_divisor").asInt(), dec(c, "tariff_pct"), money(c, "customs_value"),
                money(c, "packaging"), money(c, "labeling"), money(c, "prep"), money(c, "other"),
                money(c, "inbound_placement"), dec(c, "return_rate_pct"), dec(c, "unsellable_pct"),
                dec(c, "tacos_pct"), dec(c, "storage_months"));
        return new SkuSnapshot(sku, cost);
    }

    private static Money money(JsonNode n, String field) {
        JsonNode o = n.get(field);
        return o == null ? null : Money.of(new BigDecimal(o.get("amount").asText()), o.get("currency").asText());
    }

    private static BigDecimal dec(JsonNode n, String field) {
        return new BigDecimal(n.get(field).asText());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
