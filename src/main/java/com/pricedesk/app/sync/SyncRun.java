package com.pricedesk.app.sync;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.port.AdsGateway;
import com.pricedesk.domain.port.MarketplaceGateway;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * One sync run's fixed facts: whom to ask, our seller id, the SKUs in order, and the run's time.
 * Snapshots are stamped with the hour the run started, so a repeated run within the hour stores
 * the same rows again instead of new ones.
 */
record SyncRun(MarketplaceGateway gateway, Optional<AdsGateway> ads, String sellerId, List<Sku> skus,
               Instant now) {

    Instant asOf() {
        return now.truncatedTo(ChronoUnit.HOURS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
