package com.pricedesk.domain.imports;

import java.math.BigDecimal;

/** Ad spend and attributed (7-day) sales of one SKU-day as stored; either may be null (not known). */
public record AdFigures(BigDecimal spend, BigDecimal sales) {
}
