package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The FBA fulfillment fee of one package in every price band, so any price can be looked up without I/O. */
public record FbaFeeQuote(SizeClassification size, Map<PriceBand, FbaFee> byBand) {
    public FbaFeeQuote {
        Objects.requireNonNull(size, "size");
        for (PriceBand b : PriceBand.values()) {
            if (!byBand.containsKey(b)) {
                throw new IllegalArgumentException("FBA fee quote lacks the " + b.id() + " band");
            }
        }
        byBand = Map.copyOf(new EnumMap<>(byBand));
    }

    public FbaFee at(BigDecimal price) {
        return byBand.get(PriceBand.of(price));
    }

    public FbaFee in(PriceBand band) {
        return byBand.get(band);
    }
}
