package com.pricedesk.domain.kpi;

/** Green, amber, red, or grey when the fact behind the KPI is not known. */
public enum KpiStatus {
    OK, WARNING, BREACH, UNKNOWN
}
