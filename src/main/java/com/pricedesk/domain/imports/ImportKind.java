package com.pricedesk.domain.imports;

/** What an import batch brought in: a cost sheet, or an Amazon Ads report's daily spend and sales. */
public enum ImportKind {
    COSTS, ADS
}
