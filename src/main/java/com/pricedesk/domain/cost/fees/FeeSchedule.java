package com.pricedesk.domain.cost.fees;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The fee tables in force on one date: what a quote dated that day is computed with. */
public record FeeSchedule(LocalDate date, FeeOptions options, SizeTierTable sizeTiers, FulfillmentTable fulfillment,
                          Optional<FulfillmentTable> peak, Optional<FulfillmentTable> apparel,
                          ReferralTable referral, StorageTable storage, Optional<AgedInventoryTable> agedInventory,
                          Optional<FuelSurcharge> fuelSurcharge, Optional<ReturnsProcessingTable> returnsProcessing,
                          RefundAdministrationFee refundAdministration) {
    public FeeSchedule {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sizeTiers, "size tiers");
        Objects.requireNonNull(fulfillment, "fulfillment table");
        Objects.requireNonNull(referral, "referral table");
        Objects.requireNonNull(storage, "storage table");
        Objects.requireNonNull(refundAdministration, "refund administration fee");
    }

    public FbaFeeCalculator fbaFees() {
        return new FbaFeeCalculator(sizeTiers, fulfillment, peak, apparel);
    }

    /** Table versions by role, e.g. {@code fulfillment → fba-us-2026}: what every quote records. */
    public Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("size_tiers", sizeTiers.info().id());
        v.put("fulfillment", fulfillment.info().id());
        peak.ifPresent(t -> v.put("fulfillment_peak", t.info().id()));
        apparel.ifPresent(t -> v.put("fulfillment_apparel", t.info().id()));
        v.put("referral", referral.info().id());
        v.put("storage", storage.info().id());
        agedInventory.ifPresent(t -> v.put("aged_inventory", t.info().id()));
        fuelSurcharge.ifPresent(t -> v.put("fuel_surcharge", t.info().id()));
        returnsProcessing.ifPresent(t -> v.put("returns_processing", t.info().id()));
        return v;
    }
}
