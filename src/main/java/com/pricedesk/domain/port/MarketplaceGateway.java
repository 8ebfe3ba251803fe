package com.pricedesk.domain.port;

import com.pricedesk.domain.market.DailySales;
import com.pricedesk.domain.market.FeeEstimate;
import com.pricedesk.domain.market.CompetitiveSummary;
import com.pricedesk.domain.market.FeaturedOfferPrice;
import com.pricedesk.domain.market.FeeQuery;
import com.pricedesk.domain.market.FeedStatus;
import com.pricedesk.domain.market.InventoryLevel;
import com.pricedesk.domain.market.ListingPrice;
import com.pricedesk.domain.market.OfferLookup;
import com.pricedesk.domain.market.PriceSubmission;
import com.pricedesk.domain.market.PriceUpdate;
import com.pricedesk.domain.market.ReportDocument;
import com.pricedesk.domain.market.ReportRequest;
import com.pricedesk.domain.market.ReportStatus;
import com.pricedesk.domain.market.SalesRank;
import java.time.LocalDate;
import java.util.List;

/**
 * The marketplace as the application needs it (Amazon SP-API, or the simulator through the same
 * client). Calls block while the rate limits require; failures throw
 * {@link com.pricedesk.domain.market.MarketplaceException} (or its re-authorise subclass).
 */
public interface MarketplaceGateway {

    /** Offers on the pages of our own SKUs (ours, competitors', Buy Box); any number, batched by 20. */
    List<OfferLookup> offersForSkus(List<String> sellerSkus);

    /** Offers on product pages by ASIN; any number, batched by 20 (a slower quota than by SKU). */
    List<OfferLookup> offersForAsins(List<String> asins);

    /** Competitive summaries by ASIN (featured offers per segment, lowest offers, reference prices); batched by 20. */
    List<CompetitiveSummary> competitiveSummaries(List<String> asins);

    /** Featured offer expected prices of our SKUs (Pricing 2022-05-01); any number, batched by 40. */
    List<FeaturedOfferPrice> featuredOfferExpectedPrices(List<String> sellerSkus);

    /** Best Sellers Ranks by ASIN from the catalogue; any number, 20 per call. ASINs Amazon does not know are left out. */
    List<SalesRank> salesRanks(List<String> asins);

    /** Our listing with its set price, min/max and live price. */
    ListingPrice listing(String sellerSku);

    /**
     * Several of our listings at once, by SKU (a gateway may read up to 20 per call); SKUs Amazon
     * does not return are left out, and the caller reads them one by one to learn why.
     */
    default java.util.Map<String, ListingPrice> listings(List<String> sellerSkus) {
        java.util.Map<String, ListingPrice> out = new java.util.LinkedHashMap<>();
        for (String sku : sellerSkus) {
            out.put(sku, listing(sku));
        }
        return out;
    }

    /** Sends one new price (read-modify-write of the offer, min/max included). */
    PriceSubmission updatePrice(PriceUpdate update);

    /**
     * Sends many prices as one JSON_LISTINGS_FEED and returns its feed id. Every update must carry
     * its min and max: a feed cannot read each listing first, and Amazon would drop missing ones.
     */
    String submitPriceFeed(List<PriceUpdate> updates);

    /** The feed's state, with Amazon's processing report once it is DONE. */
    FeedStatus feedStatus(String feedId);

    /** Amazon's fee estimates; any number, batched. */
    List<FeeEstimate> feeEstimates(List<FeeQuery> queries);

    /** FBA inventory of the given SKUs, or of every SKU when the list is empty; all pages. */
    List<InventoryLevel> inventory(List<String> sellerSkus);

    /** Asks Amazon to build a report; returns its report id (poll {@link #reportStatus}). */
    String requestReport(ReportRequest request);

    ReportStatus reportStatus(String reportId);

    /** Downloads a finished report's document, gunzipped when compressed (whatever Amazon declared). */
    ReportDocument downloadReport(String documentId);

    /** The per-SKU rows of a downloaded Sales and Traffic report covering {@code day}. */
    List<DailySales> salesAndTrafficRows(ReportDocument document, LocalDate day);

    /** One cheap authorised call (a one-item listings search): proves endpoints, credentials and seller id. */
    void verifyConnection();
}
