package com.pricedesk.domain.kpi;

import java.math.BigDecimal;
import java.util.Optional;

/** One KPI of one SKU: its value (if known), the target it is held to, and the resulting status. */
public record KpiValue(Kpi kpi, Optional<BigDecimal> value, BigDecimal target, KpiStatus status) {
}
