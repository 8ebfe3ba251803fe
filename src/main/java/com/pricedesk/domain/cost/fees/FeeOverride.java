package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user's correction to the shipped fee tables, stored in the workspace. Applying it yields a new table
 * version ({@code <id>+user}, or the user's own id), so every quote shows which numbers it used.
 */
public sealed interface FeeOverride {

    /** The table version this override corrects or adds. */
    String tableId();

    FeeSchedules applyTo(FeeSchedules schedules);

    /** A corrected fulfillment fee: the row of {@code tier} that covers {@code weightLb}, in one band. */
    record FulfillmentFeeCorrection(String tableId, SizeTier tier, BigDecimal weightLb, PriceBand band,
                                    BigDecimal fee) implements FeeOverride {
        public FulfillmentFeeCorrection {
            Objects.requireNonNull(tableId, "table id");
            Objects.requireNonNull(tier, "size tier");
            Objects.requireNonNull(weightLb, "weight");
            Objects.requireNonNull(band, "price band");
            requireNonNegative(fee, "FBA fee");
        }

        @Override
        public FeeSchedules applyTo(FeeSchedules s) {
            List<FulfillmentTable> tables = new ArrayList<>();
            boolean found = false;
            for (FulfillmentTable t : s.fulfillmentTables()) {
                if (baseId(t.info().id()).equals(baseId(tableId))) {
                    FulfillmentRow row = t.row(tier, weightLb).orElseThrow(() -> new IllegalArgumentException(
                            "Table " + tableId + " has no " + tier.id() + " row at " + weightLb.toPlainString() + " lb"));
                    Map<PriceBand, BigDecimal> fees = new EnumMap<>(PriceBand.class);
                    fees.putAll(row.fees());
                    fees.put(band, fee);
                    List<FulfillmentRow> rows = new ArrayList<>(t.rows());
                    rows.set(rows.indexOf(row), new FulfillmentRow(row.tier(), row.aboveLb(), row.upToLb(), fees,
                            row.increment()));
                    String what = tier.id() + " above " + row.aboveLb().toPlainString() + " lb " + band.id() + " = "
                            + fee.toPlainString();
                    t = new FulfillmentTable(t.info().corrected(what), t.peak(), t.apparel(), rows);
                    found = true;
                }
                tables.add(t);
            }
            requireFound(found, tableId);
            return new FeeSchedules(s.sizeTierTables(), tables, s.referralTables(), s.storageTables(),
                    s.agedInventoryTables(), s.fuelSurcharges(), s.returnsProcessingTables(), s.refundAdministration());
        }
    }

    /** A corrected referral rule: the rate of a flat category and/or the per-unit minimum of any category. */
    record ReferralCorrection(String tableId, String category, BigDecimal ratePct, BigDecimal minFee)
            implements FeeOverride {
        public ReferralCorrection {
            Objects.requireNonNull(tableId, "table id");
            Objects.requireNonNull(category, "category");
            if (ratePct == null && minFee == null) {
                throw new IllegalArgumentException("A referral correction needs a rate or a minimum fee");
            }
            if (minFee != null) {
                requireNonNegative(minFee, "minimum referral fee");
            }
        }

        @Override
        public FeeSchedules applyTo(FeeSchedules s) {
            List<ReferralTable> tables = new ArrayList<>();
            boolean found = false;
            for (ReferralTable t : s.referralTables()) {
                if (baseId(t.info().id()).equals(baseId(tableId))) {
                    ReferralCategory c = t.category(category);
                    List<ReferralCategory.Tier> tiers = c.tiers();
                    if (ratePct != null) {
                        if (c.structure() != ReferralStructure.FLAT) {
                            throw new IllegalArgumentException("Category " + c.name() + " is tiered: enter a new "
                                    + "referral table version instead of a single rate");
                        }
                        tiers = List.of(new ReferralCategory.Tier(null, ratePct));
                    }
                    ReferralCategory fixed = new ReferralCategory(c.name(), c.structure(), tiers,
                            minFee != null ? minFee : c.minFee(), c.closingFee(), "user", c.note());
                    List<ReferralCategory> cats = new ArrayList<>(t.categories());
                    cats.set(cats.indexOf(c), fixed);
                    String what = c.name() + (ratePct != null ? " " + ratePct.toPlainString() + "%" : "")
                            + (minFee != null ? " minimum " + minFee.toPlainString() : "");
                    t = new ReferralTable(t.info().corrected(what), cats);
                    found = true;
                }
                tables.add(t);
            }
            requireFound(found, tableId);
            return new FeeSchedules(s.sizeTierTables(), s.fulfillmentTables(), tables, s.storageTables(),
                    s.agedInventoryTables(), s.fuelSurcharges(), s.returnsProcessingTables(), s.refundAdministration());
        }
    }

    /** The returns processing fee per returned unit, which the shipped tables do not have. */
    record ReturnsProcessingCorrection(String tableId, BigDecimal feePerUnit) implements FeeOverride {
        public ReturnsProcessingCorrection {
            Objects.requireNonNull(tableId, "table id");
            requireNonNegative(feePerUnit, "returns processing fee");
        }

        @Override
        public FeeSchedules applyTo(FeeSchedules s) {
            List<ReturnsProcessingTable> tables = new ArrayList<>();
            boolean found = false;
            for (ReturnsProcessingTable t : s.returnsProcessingTables()) {
                if (baseId(t.info().id()).equals(baseId(tableId))) {
                    t = new ReturnsProcessingTable(t.info().corrected(feePerUnit.toPlainString() + " per unit"),
                            feePerUnit);
                    found = true;
                }
                tables.add(t);
            }
            requireFound(found, tableId);
            return new FeeSchedules(s.sizeTierTables(), s.fulfillmentTables(), s.referralTables(), s.storageTables(),
                    s.agedInventoryTables(), s.fuelSurcharges(), tables, s.refundAdministration());
        }
    }

    /** A whole new fulfillment rate card version entered by the user; it wins over shipped ones on its dates. */
    record NewFulfillmentTable(FulfillmentTable table) implements FeeOverride {
        public NewFulfillmentTable {
            Objects.requireNonNull(table, "table");
            if (!table.info().userDefined()) {
                throw new IllegalArgumentException("A user table version must be marked as user-defined");
            }
        }

        @Override
        public String tableId() {
            return table.info().id();
        }

        @Override
        public FeeSchedules applyTo(FeeSchedules s) {
            List<FulfillmentTable> tables = new ArrayList<>(s.fulfillmentTables());
            tables.add(table);
            return new FeeSchedules(s.sizeTierTables(), tables, s.referralTables(), s.storageTables(),
                    s.agedInventoryTables(), s.fuelSurcharges(), s.returnsProcessingTables(), s.refundAdministration());
        }
    }

    /** A whole new referral fee table version entered by the user. */
    record NewReferralTable(ReferralTable table) implements FeeOverride {
        public NewReferralTable {
            Objects.requireNonNull(table, "table");
            if (!table.info().userDefined()) {
                throw new IllegalArgumentException("A user table version must be marked as user-defined");
            }
        }

        @Override
        public String tableId() {
            return table.info().id();
        }

        @Override
        public FeeSchedules applyTo(FeeSchedules s) {
            List<ReferralTable> tables = new ArrayList<>(s.referralTables());
            tables.add(table);
            return new FeeSchedules(s.sizeTierTables(), s.fulfillmentTables(), tables, s.storageTables(),
                    s.agedInventoryTables(), s.fuelSurcharges(), s.returnsProcessingTables(), s.refundAdministration());
        }
    }

    private static String baseId(String id) {
        return id.endsWith("+user") ? id.substring(0, id.length() - "+user".length()) : id;
    }

    private static void requireFound(boolean found, String tableId) {
        if (!found) {
            throw new IllegalArgumentException("No fee table version '" + tableId + "' to correct");
        }
    }

    private static void requireNonNegative(BigDecimal v, String what) {
        Objects.requireNonNull(v, what);
        if (v.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + v.toPlainString());
        }
    }
}
