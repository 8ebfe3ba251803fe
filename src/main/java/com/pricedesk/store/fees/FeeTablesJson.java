package com.pricedesk.store.fees;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.domain.cost.fees.AgedInventoryTable;
import com.pricedesk.domain.cost.fees.FeeSchedules;
import com.pricedesk.domain.cost.fees.FuelSurcharge;
import com.pricedesk.domain.cost.fees.FulfillmentRow;
import com.pricedesk.domain.cost.fees.FulfillmentTable;
import com.pricedesk.domain.cost.fees.PriceBand;
import com.pricedesk.domain.cost.fees.RefundAdministrationFee;
import com.pricedesk.domain.cost.fees.ReferralCategory;
import com.pricedesk.domain.cost.fees.ReferralStructure;
import com.pricedesk.domain.cost.fees.ReferralTable;
import com.pricedesk.domain.cost.fees.ReturnsProcessingTable;
import com.pricedesk.domain.cost.fees.SizeTier;
import com.pricedesk.domain.cost.fees.SizeTierLimit;
import com.pricedesk.domain.cost.fees.SizeTierTable;
import com.pricedesk.domain.cost.fees.StorageTable;
import com.pricedesk.domain.cost.fees.TableInfo;
import com.pricedesk.domain.cost.fees.WeightBasis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads fee tables in PriceDesk's JSON format ({@code fees/us-fee-tables.json}, schema
 * {@code pricedesk-fee-tables/1}) into domain tables. Money and rates are read as decimal strings into
 * BigDecimal, never through double. A malformed table is an error naming the table and the field.
 */
public final class FeeTablesJson {
    public static final String SCHEMA = "pricedesk-fee-tables/1";
    private final ObjectMapper mapper = new ObjectMapper();

    /** Parses a whole document of shipped tables. */
    public FeeSchedules read(InputStream in) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Fee tables are not valid JSON: " + e.getMessage(), e);
        }
        if (!SCHEMA.equals(root.path("schema").asText())) {
            throw new IllegalArgumentException("Fee tables have schema '" + root.path("schema").asText()
                    + "', expected " + SCHEMA);
        }
        BigDecimal divisor = decimal(root.path("dimensional_weight"), "divisor_cubic_in_per_lb", "dimensional_weight");
        BigDecimal minSide = decimal(root.path("dimensional_weight"), "min_side_in_bulky_and_extra_large",
                "dimensional_weight");
        JsonNode refund = root.path("refund_administration_fee");
        return new FeeSchedules(
                list(root, "size_tier_tables", t -> sizeTiers(t, divisor, minSide)),
                list(root, "fulfillment_tables", t -> fulfillment(t, false)),
                list(root, "referral_tables", t -> referral(t, false)),
                list(root, "storage_tables", this::storage),
                list(root, "aged_inventory_tables", this::aged),
                list(root, "fuel_surcharges", t -> new FuelSurcharge(info(t, false),
                        decimal(t, "rate_percent", t.path("id").asText()))),
                list(root, "returns_processing_tables", t -> new ReturnsProcessingTable(info(t, false),
                        optDecimal(t, "fee_per_unit"))),
                new RefundAdministrationFee(decimal(refund, "max_fee", "refund_administration_fee"),
                        decimal(refund, "referral_share_percent", "refund_administration_fee"),
                        String.join(", ", strings(refund.path("sources")))));
    }

    public JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getMessage(), e);
        }
    }

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> parse) {
        List<T> out = new ArrayList<>();
        for (JsonNode t : root.path(field)) {
            out.add(parse.apply(t));
        }
        return out;
    }

    static TableInfo info(JsonNode t, boolean userDefined) {
        String id = t.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A fee table has no id");
        }
        return new TableInfo(id, date(t, "effective_from", id), date(t, "effective_to", id),
                t.path("confidence").asText(""), strings(t.path("sources")), t.path("note").asText(""), userDefined);
    }

    private SizeTierTable sizeTiers(JsonNode t, BigDecimal divisor, BigDecimal minSide) {
        TableInfo info = info(t, false);
        List<SizeTierLimit> limits = new ArrayList<>();
        for (JsonNode l : t.path("tiers")) {
            String ctx = info.id() + " " + l.path("size_tier").asText();
            limits.add(new SizeTierLimit(SizeTier.ofId(l.path("size_tier").asText()),
                    decimal(l, "max_longest_in", ctx), decimal(l, "max_median_in", ctx),
                    decimal(l, "max_shortest_in", ctx), optDecimal(l, "max_length_plus_girth_in"),
                    decimal(l, "max_weight_lb", ctx),
                    WeightBasis.valueOf(l.path("weight_basis").asText().toUpperCase(Locale.ROOT))));
        }
        JsonNode overmax = t.path("overmax");
        return new SizeTierTable(info, limits, divisor, minSide, optDecimal(overmax, "max_longest_in"),
                optDecimal(overmax, "max_length_plus_girth_in"));
    }

    /** A fulfillment rate card; also the format of a user's new table version. */
    public FulfillmentTable fulfillment(JsonNode t, boolean userDefined) {
        TableInfo info = info(t, userDefined);
        List<FulfillmentRow> rows = new ArrayList<>();
        for (JsonNode r : t.path("rows")) {
            String ctx = info.id() + " " + r.path("size_tier").asText() + " above " + r.path("above_lb").asText();
            Map<PriceBand, BigDecimal> fees = new EnumMap<>(PriceBand.class);
            Iterator<Map.Entry<String, JsonNode>> it = r.path("fee").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                fees.put(PriceBand.ofId(e.getKey()), new BigDecimal(e.getValue().asText()));
            }
            JsonNode inc = r.path("increment");
            FulfillmentRow.Increment increment = inc.isMissingNode() || inc.isNull() ? null
                    : new FulfillmentRow.Increment(decimal(inc, "fee", ctx), decimal(inc, "per_lb", ctx),
                    decimal(inc, "above_lb", ctx));
            rows.add(new FulfillmentRow(SizeTier.ofId(r.path("size_tier").asText()), decimal(r, "above_lb", ctx),
                    optDecimal(r, "up_to_lb"), fees, increment));
        }
        return new FulfillmentTable(info, "peak".equals(t.path("season").asText()), t.path("apparel").asBoolean(false),
                rows);
    }

    /** A referral fee table; also the format of a user's new table version. */
    public ReferralTable referral(JsonNode t, boolean userDefined) {
        TableInfo info = info(t, userDefined);
        List<ReferralCategory> cats = new ArrayList<>();
        for (JsonNode c : t.path("categories")) {
            String ctx = info.id() + " " + c.path("category").asText();
            List<ReferralCategory.Tier> tiers = new ArrayList<>();
            for (JsonNode tier : c.path("tiers")) {
                tiers.add(new ReferralCategory.Tier(optDecimal(tier, "up_to"), decimal(tier, "rate_percent", ctx)));
            }
            cats.add(new ReferralCategory(c.path("category").asText(),
                    ReferralStructure.valueOf(c.path("structure").asText().toUpperCase(Locale.ROOT)), tiers,
                    optDecimal(c, "min_fee"), optDecimal(c, "closing_fee"), c.path("confidence").asText(""),
                    c.path("note").asText("")));
        }
        return new ReferralTable(info, cats);
    }

    private StorageTable storage(JsonNode t) {
        TableInfo info = info(t, false);
        JsonNode rates = t.path("rates");
        return new StorageTable(info, rates(rates.path("standard"), info.id()), rates(rates.path("bulky"), info.id()));
    }

    private static StorageTable.Rates rates(JsonNode r, String ctx) {
        return new StorageTable.Rates(decimal(r, "jan_sep", ctx), decimal(r, "oct_dec", ctx));
    }

    private AgedInventoryTable aged(JsonNode t) {
        TableInfo info = info(t, false);
        List<AgedInventoryTable.Row> rows = new ArrayList<>();
        for (JsonNode r : t.path("rows")) {
            rows.add(new AgedInventoryTable.Row(r.path("age_days_from").asInt(),
                    r.path("age_days_to").isNull() ? null : r.path("age_days_to").asInt(),
                    optDecimal(r, "per_cubic_foot"), optDecimal(r, "per_unit")));
        }
        return new AgedInventoryTable(info, rows);
    }

    private static BigDecimal decimal(JsonNode n, String field, String context) {
        BigDecimal v = optDecimal(n, field);
        if (v == null) {
            throw new IllegalArgumentException("Fee table " + context + ": field '" + field + "' is missing");
        }
        return v;
    }

    private static BigDecimal optDecimal(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        try {
            // text, never double: "3.32" must stay 3.32
            return new BigDecimal(v.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Field '" + field + "' is not a number: '" + v.asText() + "'");
        }
    }

    private static LocalDate date(JsonNode n, String field, String context) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Fee table " + context + ": " + field + " is not a date: '" + v.asText()
                    + "'");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array instanceof ArrayNode a) {
            a.forEach(s -> out.add(s.asText()));
        }
        return out;
    }
}
