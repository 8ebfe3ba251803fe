package com.pricedesk.domain.imports;

import java.math.BigDecimal;

/** A one-cell size such as {@code 20-15-5-0.3} (L-W-H-kg) or {@code 20*15*5}; weight may be null. */
public record DimensionsWeight(BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm, BigDecimal weightKg) {
}
