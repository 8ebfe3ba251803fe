package com.pricedesk.store.fees;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.domain.cost.fees.FeeOverride;
import com.pricedesk.domain.cost.fees.FeeOverride.FulfillmentFeeCorrection;
import com.pricedesk.domain.cost.fees.FeeOverride.NewFulfillmentTable;
import com.pricedesk.domain.cost.fees.FeeOverride.NewReferralTable;
import com.pricedesk.domain.cost.fees.FeeOverride.ReferralCorrection;
import com.pricedesk.domain.cost.fees.FeeOverride.ReturnsProcessingCorrection;
import com.pricedesk.domain.cost.fees.FeeSchedules;
import com.pricedesk.domain.cost.fees.PriceBand;
import com.pricedesk.domain.cost.fees.SizeTier;
import com.pricedesk.domain.port.FeeScheduleRepository;
import java.math.BigDecimal;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Fee tables of the workspace: the shipped tables (parsed once, given in) with the overrides stored in
 * {@code fee_override} applied in the order they were saved. The combined result is cached until an
 * override is saved or deleted, so a quote never re-parses tables.
 */
public final class JdbiFeeScheduleRepository implements FeeScheduleRepository {
    private final Jdbi jdbi;
    private final FeeSchedules shipped;
    private final FeeTablesJson json = new FeeTablesJson();
    private volatile FeeSchedules cached;

    public JdbiFeeScheduleRepository(Jdbi jdbi, FeeSchedules shipped) {
        this.jdbi = jdbi;
        this.shipped = shipped;
    }

    @Override
    public FeeSchedules current() {
        FeeSchedules c = cached;
        if (c == null) {
            c = shipped;
            for (StoredFeeOverride o : overrides()) {
                c = o.override().applyTo(c);
            }
            cached = c;
        }
        return c;
    }

    @Override
    public List<StoredFeeOverride> overrides() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, kind, body, note FROM fee_override ORDER BY id")
                .map((rs, ctx) -> new StoredFeeOverride(rs.getLong("id"),
                        fromJson(rs.getString("kind"), rs.getString("body")), rs.getString("note")))
                .list());
    }

    @Override
    public long save(FeeOverride override, String note) {
        // Applying it first turns a correction of a row that does not exist into an error, not a stored dud.
        override.applyTo(current());
        long id = jdbi.withHandle(h -> h.createUpdate(
                        "INSERT INTO fee_override (kind, table_id, body, note) VALUES (:kind, :table, :body, :note)")
                .bind("kind", kind(override)).bind("table", override.tableId()).bind("body", toJson(override))
                .bind("note", note).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        cached = null;
        return id;
    }

    @Override
    public void delete(long id) {
        int n = jdbi.withHandle(h -> h.createUpdate("DELETE FROM fee_override WHERE id = :id").bind("id", id).execute());
        if (n == 0) {
            throw new IllegalArgumentException("No fee override with id " + id);
        }
        cached = null;
    }

    private static String kind(FeeOverride o) {
        if (o instanceof FulfillmentFeeCorrection) {
            return "FULFILLMENT_FEE";
        }
        if (o instanceof ReferralCorrection) {
            return "REFERRAL";
        }
        if (o instanceof ReturnsProcessingCorrection) {
            return "RETURNS_PROCESSING";
        }
        return o instanceof NewFulfillmentTable ? "FULFILLMENT_TABLE" : "REFERRAL_TABLE";
    }

    private String toJson(FeeOverride o) {
        ObjectNode n = json.object();
        n.put("table_id", o.tableId());
        if (o instanceof FulfillmentFeeCorrection c) {
            n.put("size_tier", c.tier().id());
            n.put("weight_lb", c.weightLb().toPlainString());
            n.put("band", c.band().id());
            n.put("fee", c.fee().toPlainString());
        } else if (o instanceof ReferralCorrection c) {
            n.put("category", c.category());
            putDecimal(n, "rate_percent", c.ratePct());
            putDecimal(n, "min_fee", c.minFee());
        } else if (o instanceof ReturnsProcessingCorrection c) {
            n.put("fee_per_unit", c.feePerUnit().toPlainString());
        } else if (o instanceof NewFulfillmentTable t) {
            n.set("table", FeeTablesWriter.fulfillment(json, t.table()));
        } else if (o instanceof NewReferralTable t) {
            n.set("table", FeeTablesWriter.referral(json, t.table()));
        }
        return json.write(n);
    }

    private FeeOverride fromJson(String kind, String body) {
        JsonNode n = json.parse(body);
        String table = n.path("table_id").asText();
        return switch (kind) {
            case "FULFILLMENT_FEE" -> new FulfillmentFeeCorrection(table, SizeTier.ofId(n.path("size_tier").asText()),
                    new BigDecimal(n.path("weight_lb").asText()), PriceBand.ofId(n.path("band").asText()),
                    new BigDecimal(n.path("fee").asText()));
            case "REFERRAL" -> new ReferralCorrection(table, n.path("category").asText(), decimal(n, "rate_percent"),
                    decimal(n, "min_fee"));
            case "RETURNS_PROCESSING" -> new ReturnsProcessingCorrection(table,
                    new BigDecimal(n.path("fee_per_unit").asText()));
            case "FULFILLMENT_TABLE" -> new NewFulfillmentTable(json.fulfillment(n.path("table"), true));
            case "REFERRAL_TABLE" -> new NewReferralTable(json.referral(n.path("table"), true));
            default -> throw new IllegalStateException("Unknown fee override kind " + kind);
        };
    }

    private static void putDecimal(ObjectNode n, String field, BigDecimal v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, v.toPlainString());
        }
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : new BigDecimal(v.asText());
    }
}
