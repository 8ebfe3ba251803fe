package com.pricedesk.app.sync;

import com.pricedesk.domain.market.ListingPrice;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ReauthorizationRequiredException;
import com.pricedesk.domain.market.ReportDocument;
import com.pricedesk.domain.market.ReportRequest;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.ReferencePriceRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Our listings and the prices set on them, from the all-listings report (one call for the whole shop);
 * then Amazon's maximum seller-allowed price of a bounded number of listings (the report does not
 * carry it): those never read first, then the oldest read, 20 per searchListingsItems call.
 */
final class ListingsSync implements KindSync {
    /**
     * Listing maxima read per run: 1,000 searchListingsItems calls, 200 s at Amazon's default 5/s, in
     * the daily 04:00 job; a shop of up to 20,000 SKUs is read every day, 100,000 SKUs every 5 days.
     */
    static final int LISTING_MAXIMA_PER_RUN = 20_000;
    /** Listings read and recorded together, so a failure part way keeps what was read. */
    private static final int LISTING_MAXIMA_CHUNK = 100;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ListingsSync.class);

    private final MarketSnapshotRepository snapshots;
    private final ReportWaiter reports;
    private final ReferencePriceRepository references;

    ListingsSync(MarketSnapshotRepository snapshots, ReportWaiter reports, ReferencePriceRepository references) {
        this.snapshots = snapshots;
        this.reports = reports;
        this.references = references;
    }

    @Override
    public SyncKind kind() {
        return SyncKind.LISTINGS;
    }

    @Override
    public int run(SyncRun run) {
        ReportDocument doc = reports.fetch(run.gateway(), ReportRequest.of(ReportRequest.ALL_LISTINGS));
        Set<String> ours = run.skus().stream().map(s -> s.sellerSku()).collect(Collectors.toSet());
        List<SkuDay> days = new ArrayList<>();
        for (Map<String, String> row : doc.rows()) {
            String sku = row.get("seller-sku");
            String price = row.get("price");
            if (sku == null || !ours.contains(sku) || price == null || price.isBlank()) {
                continue;
            }
            days.add(SkuDay.empty(sku, run.today()).withPrice(new BigDecimal(price.trim())));
        }
        snapshots.mergeDays(days, EnumSet.of(SkuDay.Field.PRICE));
        readListingMaxima(run, references.listingMaximaDue(run.skus().stream().map(s -> s.sellerSku()).toList(),
                LISTING_MAXIMA_PER_RUN));
        return days.size();
    }

    /**
     * Reads and records the listing maximum of {@code due}. It only bounds the ceiling further, so
     * Amazon failing here does not fail the listings sync: what was read is kept, the rest is read
     * next run (a revoked authorisation still stops the sync).
     */
    private void readListingMaxima(SyncRun run, List<String> due) {
        for (int i = 0; i < due.size(); i += LISTING_MAXIMA_CHUNK) {
            List<String> chunk = due.subList(i, Math.min(due.size(), i + LISTING_MAXIMA_CHUNK));
            Map<String, ListingPrice> read;
            try {
                read = run.gateway().listings(chunk);
            } catch (ReauthorizationRequiredException e) {
                throw e;
            } catch (MarketplaceException e) {
                log.warn("Reading listing maxima stopped after {} of {} listings ({}); the rest are read next sync",
                        i, due.size(), e.getMessage());
                return;
            }
            Map<String, Optional<Money>> maxima = new LinkedHashMap<>();
            for (Map.Entry<String, ListingPrice> e : read.entrySet()) {
                BigDecimal max = e.getValue().maximumPrice();
                maxima.put(e.getKey(), Optional.ofNullable(max).map(Money::usd));
            }
            references.recordListingMaxima(maxima, run.now());
        }
    }
}
