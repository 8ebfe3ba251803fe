package com.pricedesk.sim;

/**
 * The operations the simulator serves, with the usage plans of Amazon's models. The simulator keeps
 * its own copy instead of reading the client's, so a mistake on one side shows up as a 429.
 */
public enum SimOperation {
    GET_LISTING_OFFERS_BATCH("getListingOffersBatch", 0.5, 1),
    GET_COMPETITIVE_SUMMARY("getCompetitiveSummary", 0.033, 1),
    GET_ITEM_OFFERS_BATCH("getItemOffersBatch", 0.1, 1),
    GET_FEATURED_OFFER_EXPECTED_PRICE_BATCH("getFeaturedOfferExpectedPriceBatch", 0.033, 1),
    SEARCH_CATALOG_ITEMS("searchCatalogItems", 2, 2),
    GET_LISTINGS_ITEM("getListingsItem", 5, 10),
    PATCH_LISTINGS_ITEM("patchListingsItem", 5, 5),
    SEARCH_LISTINGS_ITEMS("searchListingsItems", 5, 5),
    GET_MY_FEES_ESTIMATES("getMyFeesEstimates", 0.5, 1),
    GET_INVENTORY_SUMMARIES("getInventorySummaries", 2, 2),
    CREATE_FEED_DOCUMENT("createFeedDocument", 0.5, 15),
    CREATE_FEED("createFeed", 0.0083, 15),
    GET_FEED("getFeed", 2, 15),
    GET_FEED_DOCUMENT("getFeedDocument", 0.0222, 10),
    CREATE_REPORT("createReport", 0.0167, 15),
    GET_REPORT("getReport", 2, 15),
    GET_REPORT_DOCUMENT("getReportDocument", 0.0167, 15),
    // Amazon Ads publishes no per-operation rates, so these are counted and can fail, but are not limited.
    ADS_CREATE_REPORT("adsCreateReport", 0, 0),
    ADS_GET_REPORT("adsGetReport", 0, 0),
    ADS_LIST_PROFILES("adsListProfiles", 0, 0),
    LWA_TOKEN("lwaToken", 0, 0);

    private final String operationId;
    private final double ratePerSecond;
    private final int burst;

    SimOperation(String operationId, double ratePerSecond, int burst) {
        this.operationId = operationId;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
    }

    public String operationId() {
        return operationId;
    }

    double ratePerSecond() {
        return ratePerSecond;
    }

    int burst() {
        return burst;
    }

    boolean rateLimited() {
        return ratePerSecond > 0;
    }
}
