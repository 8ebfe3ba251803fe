package com.pricedesk.amazon;

/**
 * The SP-API operations PriceDesk calls, with the default usage plan from Amazon's models
 * (requests per second, burst). Amazon limits each operation separately, so each gets its own bucket.
 */
public enum SpApiOperation {
    GET_LISTING_OFFERS_BATCH("getListingOffersBatch", 0.5, 1),
    // Lowered from 0.5 to 0.1 by Amazon on 2023-05-01.
    GET_COMPETITIVE_SUMMARY("getCompetitiveSummary", 0.033, 1),
    GET_ITEM_OFFERS_BATCH("getItemOffersBatch", 0.1, 1),
    // One call per 30 s: the slowest pricing operation, so it gets the largest batch (40 SKUs).
    GET_FEATURED_OFFER_EXPECTED_PRICE_BATCH("getFeaturedOfferExpectedPriceBatch", 0.033, 1),
    SEARCH_CATALOG_ITEMS("searchCatalogItems", 2, 2),
    GET_LISTINGS_ITEM("getListingsItem", 5, 10),
    PATCH_LISTINGS_ITEM("patchListingsItem", 5, 5),
    SEARCH_LISTINGS_ITEMS("searchListingsItems", 5, 5),
    GET_MY_FEES_ESTIMATES("getMyFeesEstimates", 0.5, 1),
    GET_INVENTORY_SUMMARIES("getInventorySummaries", 2, 2),
    CREATE_FEED_DOCUMENT("createFeedDocument", 0.5, 15),
    // One feed every two minutes once the burst of 15 is spent.
    CREATE_FEED("createFeed", 0.0083, 15),
    GET_FEED("getFeed", 2, 15),
    GET_FEED_DOCUMENT("getFeedDocument", 0.0222, 10),
    CREATE_REPORT("createReport", 0.0167, 15),
    GET_REPORT("getReport", 2, 15),
    GET_REPORT_DOCUMENT("getReportDocument", 0.0167, 15);

    private final String operationId;
    private final double ratePerSecond;
    private final int burst;

    SpApiOperation(String operationId, double ratePerSecond, int burst) {
        this.operationId = operationId;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
    }

    /** The operationId of Amazon's model, used in logs and error messages. */
    public String operationId() {
        return operationId;
    }

    public double ratePerSecond() {
        return ratePerSecond;
    }

    public int burst() {
        return burst;
    }
}
