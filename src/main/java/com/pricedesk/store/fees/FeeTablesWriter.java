package com.pricedesk.store.fees;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.domain.cost.fees.FulfillmentRow;
import com.pricedesk.domain.cost.fees.FulfillmentTable;
import com.pricedesk.domain.cost.fees.PriceBand;
import com.pricedesk.domain.cost.fees.ReferralCategory;
import com.pricedesk.domain.cost.fees.ReferralTable;
import com.pricedesk.domain.cost.fees.TableInfo;
import java.math.BigDecimal;
import java.util.Locale;

/** Writes user table versions back in the shipped JSON format, so {@link FeeTablesJson} reads them again. */
final class FeeTablesWriter {
    private FeeTablesWriter() {
    }

    static ObjectNode fulfillment(FeeTablesJson json, FulfillmentTable t) {
        ObjectNode n = info(json, t.info());
        n.put("season", t.peak() ? "peak" : "non_peak");
        n.put("apparel", t.apparel());
        ArrayNode rows = n.putArray("rows");
        for (FulfillmentRow r : t.rows()) {
            ObjectNode row = rows.addObject();
            row.put("size_tier", r.tier().id());
            row.put("above_lb", r.aboveLb().toPlainString());
            put(row, "up_to_lb", r.upToLb());
            ObjectNode fees = row.putObject("fee");
            for (PriceBand b : PriceBand.values()) {
                if (r.fees().containsKey(b)) {
                    fees.put(b.id(), r.fees().get(b).toPlainString());
                }
            }
            if (r.increment() != null) {
                ObjectNode inc = row.putObject("increment");
                inc.put("fee", r.increment().fee().toPlainString());
                inc.put("per_lb", r.increment().perLb().toPlainString());
                inc.put("above_lb", r.increment().aboveLb().toPlainString());
            }
        }
        return n;
    }

    static ObjectNode referral(FeeTablesJson json, ReferralTable t) {
        ObjectNode n = info(json, t.info());
        ArrayNode cats = n.putArray("categories");
        for (ReferralCategory c : t.categories()) {
            ObjectNode cat = cats.addObject();
            cat.put("category", c.name());
            cat.put("structure", c.structure().name().toLowerCase(Locale.ROOT));
            ArrayNode tiers = cat.putArray("tiers");
            for (ReferralCategory.Tier tier : c.tiers()) {
                ObjectNode tn = tiers.addObject();
                put(tn, "up_to", tier.upTo());
                tn.put("rate_percent", tier.ratePct().toPlainString());
            }
            put(cat, "min_fee", c.minFee());
            put(cat, "closing_fee", c.closingFee());
            cat.put("confidence", c.confidence());
            cat.put("note", c.note());
        }
        return n;
    }

    private static ObjectNode info(FeeTablesJson json, TableInfo i) {
        ObjectNode n = json.object();
        n.put("id", i.id());
        n.put("effective_from", i.effectiveFrom() == null ? null : i.effectiveFrom().toString());
        n.put("effective_to", i.effectiveTo() == null ? null : i.effectiveTo().toString());
        n.put("confidence", i.confidence());
        ArrayNode sources = n.putArray("sources");
        i.sources().forEach(sources::add);
        n.put("note", i.note());
        return n;
    }

    private static void put(ObjectNode n, String field, BigDecimal v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, v.toPlainString());
        }
    }
}
