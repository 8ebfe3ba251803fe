package com.pricedesk.domain.port;

import com.pricedesk.domain.market.AdStats;
import com.pricedesk.domain.market.AdsReportStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Amazon Ads (Sponsored Products) reporting. When no Ads account is connected, the seller imports
 * the Sponsored Products report from Excel instead.
 */
public interface AdsGateway {

    /**
     * "Test connection": one cheap call (the advertiser's profiles). Throws
     * {@link com.pricedesk.domain.market.MarketplaceException} naming what failed, including a
     * profile id these credentials may not use.
     */
    void verifyConnection();

    /** Asks for a Sponsored Products advertised-product report over the days, summed per SKU. */
    String requestAdvertisedProductReport(LocalDate start, LocalDate end);

    AdsReportStatus reportStatus(String reportId);

    /** The rows of a COMPLETED advertised-product report. */
    List<AdStats> advertisedProductRows(String reportId);
}
