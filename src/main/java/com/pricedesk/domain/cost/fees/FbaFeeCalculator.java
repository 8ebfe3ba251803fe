package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * FBA fulfillment fee: size tier and shipping weight from the package, then the rate card row and its
 * price band. Peak and apparel tables are partial transcriptions, so a missing row falls back to the
 * non-peak non-apparel table and the fee says so in its note instead of failing the quote.
 */
public final class FbaFeeCalculator {
    private final SizeTierTable sizeTiers;
    private final FulfillmentTable nonPeak;
    private final Optional<FulfillmentTable> peak;
    private final Optional<FulfillmentTable> apparel;

    public FbaFeeCalculator(SizeTierTable sizeTiers, FulfillmentTable nonPeak, Optional<FulfillmentTable> peak,
                            Optional<FulfillmentTable> apparel) {
        this.sizeTiers = Objects.requireNonNull(sizeTiers, "size tiers");
        this.nonPeak = Objects.requireNonNull(nonPeak, "non-peak fulfillment table");
        this.peak = peak;
        this.apparel = apparel;
    }

    public FbaFeeQuote quote(PackageSize pkg, boolean isApparel) {
        SizeClassification size = sizeTiers.classify(pkg);
        boolean apparelRates = isApparel && size.tier().isStandard();
        Optional<FulfillmentTable> preferred = apparelRates ? apparel : peak;
        BigDecimal w = size.shippingWeightLb();
        // the row of each table depends on the tier and weight only: look it up once, not once per band
        Optional<FulfillmentRow> preferredRow = preferred.isPresent() ? preferred.get().row(size.tier(), w)
                : Optional.empty();
        Optional<FulfillmentRow> baseRow = null;
        Map<PriceBand, FbaFee> fees = new EnumMap<>(PriceBand.class);
        for (PriceBand band : PriceBand.values()) {
            Optional<BigDecimal> fee = preferredRow.isPresent() ? preferredRow.get().fee(band, w) : Optional.empty();
            if (fee.isEmpty() && baseRow == null) {
                baseRow = nonPeak.row(size.tier(), w);
            }
            fees.put(band, feeIn(band, size, preferred, apparelRates, fee, baseRow));
        }
        return new FbaFeeQuote(size, fees);
    }

    private FbaFee feeIn(PriceBand band, SizeClassification size, Optional<FulfillmentTable> preferred,
                         boolean apparelRates, Optional<BigDecimal> fee, Optional<FulfillmentRow> baseRow) {
        BigDecimal w = size.shippingWeightLb();
        if (preferred.isPresent()) {
            if (fee.isPresent()) {
                String note = apparelRates && peak.isPresent()
                        ? "peak-season apparel rates are not in the fee tables; non-peak apparel rate used" : "";
                return new FbaFee(fee.get(), preferred.get().info().id(), note);
            }
        }
        Optional<BigDecimal> base = baseRow.flatMap(r -> r.fee(band, w));
        if (base.isEmpty()) {
            throw new IllegalArgumentException("No FBA fulfillment fee in " + nonPeak.info().id() + " for "
                    + size.tier().id() + " at " + w.stripTrailingZeros().toPlainString() + " lb in the " + band.id()
                    + " price band");
        }
        String note = "";
        if (apparelRates) {
            note = "no apparel rate for " + size.tier().id() + " at this weight"
                    + preferred.map(t -> " in " + t.info().id()).orElse("") + "; non-apparel rate used";
        } else if (preferred.isPresent()) {
            note = preferred.get().info().id() + " has no " + band.id() + " rate for " + size.tier().id()
                    + " at this weight; non-peak rate used";
        }
        return new FbaFee(base.get(), nonPeak.info().id(), note);
    }
}
