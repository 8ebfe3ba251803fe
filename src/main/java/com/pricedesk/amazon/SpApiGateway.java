package com.pricedesk.amazon;

import com.pricedesk.domain.market.CompetitiveSummary;
import com.pricedesk.domain.market.DailySales;
import com.pricedesk.domain.market.FeaturedOfferPrice;
import com.pricedesk.domain.market.FeeEstimate;
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
import com.pricedesk.domain.port.MarketplaceGateway;
import java.time.LocalDate;
import java.util.List;

/** The SP-API behind the {@link MarketplaceGateway} port; one per connected account. */
final class SpApiGateway implements MarketplaceGateway {
    private final PricingApi pricing;
    private final ListingsApi listings;
    private final FeesApi fees;
    private final InventoryApi inventory;
    private final FeedsApi feeds;
    private final FeaturedOfferApi featuredOffers;
    private final ReportsApi reports;
    private final CompetitiveSummaryApi competitiveSummaries;
    private final CatalogApi catalog;
    private final SalesTrafficReport salesTraffic = new SalesTrafficReport(WireJson.mapper());

    SpApiGateway(PricingApi pricing, ListingsApi listings, FeesApi fees, InventoryApi inventory, FeedsApi feeds,
                 FeaturedOfferApi featuredOffers, ReportsApi reports, CompetitiveSummaryApi competitiveSummaries,
                 CatalogApi catalog) {
        this.pricing = pricing;
        this.listings = listings;
        this.fees = fees;
        this.inventory = inventory;
        this.feeds = feeds;
        this.featuredOffers = featuredOffers;
        this.reports = reports;
        this.competitiveSummaries = competitiveSummaries;
        this.catalog = catalog;
    }

    @Override
    public List<OfferLookup> offersForSkus(List<String> sellerSkus) {
        return pricing.offersForSkus(sellerSkus);
    }

    @Override
    public List<OfferLookup> offersForAsins(List<String> asins) {
        return pricing.offersForAsins(asins);
    }

    @Override
    public List<CompetitiveSummary> competitiveSummaries(List<String> asins) {
        return competitiveSummaries.summaries(asins);
    }

    @Override
    public List<FeaturedOfferPrice> featuredOfferExpectedPrices(List<String> sellerSkus) {
        return featuredOffers.expectedPrices(sellerSkus);
    }

    @Override
    public List<SalesRank> salesRanks(List<String> asins) {
        return catalog.salesRanks(asins);
    }

    @Override
    public ListingPrice listing(String sellerSku) {
        return listings.listing(sellerSku);
    }

    @Override
    public java.util.Map<String, ListingPrice> listings(List<String> sellerSkus) {
        return listings.listings(sellerSkus);
    }

    @Override
    public PriceSubmission updatePrice(PriceUpdate update) {
        return listings.updatePrice(update);
    }

    @Override
    public String submitPriceFeed(List<PriceUpdate> updates) {
        return feeds.submitPrices(updates);
    }

    @Override
    public FeedStatus feedStatus(String feedId) {
        return feeds.status(feedId);
    }

    @Override
    public List<FeeEstimate> feeEstimates(List<FeeQuery> queries) {
        return fees.estimates(queries);
    }

    @Override
    public List<InventoryLevel> inventory(List<String> sellerSkus) {
        return inventory.inventory(sellerSkus);
    }

    @Override
    public String requestReport(ReportRequest request) {
        return reports.request(request);
    }

    @Override
    public ReportStatus reportStatus(String reportId) {
        return reports.status(reportId);
    }

    @Override
    public ReportDocument downloadReport(String documentId) {
        return reports.download(documentId);
    }

    @Override
    public List<DailySales> salesAndTrafficRows(ReportDocument document, LocalDate day) {
        return salesTraffic.rows(document, day);
    }

    @Override
    public void verifyConnection() {
        listings.countListings();
    }
}
