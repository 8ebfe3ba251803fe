package com.pricedesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Serialises a {@link SkuSnapshot} for import history; decimals as strings so nothing is rounded. */
final class SnapshotJson {
    private final ObjectMapper mapper = new ObjectMapper();

    String write(SkuSnapshot s) {
        if (s == null) {
            return null;
        }
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
        try {
            return mapper.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise snapshot of " + k.sellerSku(), e);
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

    private static void money(ObjectNode n, String field, Money m) {
        if (m != null) {
            ObjectNode o = n.putObject(field);
            o.put("amount", m.amount().toPlainString());
            o.put("currency", m.currency().getCurrencyCode());
        }
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
