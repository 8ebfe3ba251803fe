package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.BuyBox;
import com.pricedesk.domain.market.ItemCondition;
import com.pricedesk.domain.market.MarketOffer;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.OfferLookup;
import com.pricedesk.domain.market.OfferSnapshot;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** getListingOffersBatch and getItemOffersBatch: offers, Buy Box and sales rank, 20 per call. */
final class PricingApi {
    static final int BATCH_SIZE = 20;

    private final SpApiTransport transport;
    private final String marketplaceId;
    private final String sellerId;
    private final Clock clock;
    private final ObjectMapper json = WireJson.mapper();

    PricingApi(SpApiTransport transport, String marketplaceId, String sellerId, Clock clock) {
        this.transport = transport;
        this.marketplaceId = marketplaceId;
        this.sellerId = sellerId;
        this.clock = clock;
    }

    List<OfferLookup> offersForSkus(List<String> skus) {
        return batched(skus, SpApiOperation.GET_LISTING_OFFERS_BATCH, "/batches/products/pricing/v0/listingOffers",
                sku -> "/products/pricing/v0/listings/" + UrlPaths.encode(sku) + "/offers", true);
    }

    List<OfferLookup> offersForAsins(List<String> asins) {
        return batched(asins, SpApiOperation.GET_ITEM_OFFERS_BATCH, "/batches/products/pricing/v0/itemOffers",
                asin -> "/products/pricing/v0/items/" + UrlPaths.encode(asin) + "/offers", false);
    }

    private List<OfferLookup> batched(List<String> ids, SpApiOperation op, String path,
                                      java.util.function.Function<String, String> uri, boolean bySku) {
        // Amazon rejects a batch that names the same item twice ("Duplicate requests submitted", Q5).
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
        List<OfferLookup> results = new ArrayList<>(unique.size());
        for (int from = 0; from < unique.size(); from += BATCH_SIZE) {
            List<String> chunk = unique.subList(from, Math.min(unique.size(), from + BATCH_SIZE));
            List<PricingV0Wire.BatchItemRequest> requests = chunk.stream()
                    .map(id -> new PricingV0Wire.BatchItemRequest(uri.apply(id), "GET", marketplaceId, "New",
                            "Consumer"))
                    .toList();
            SpApiResponse response = transport.call(op, "POST", path, write(new PricingV0Wire.BatchRequest(requests)));
            results.addAll(parseBatch(read(op, response), chunk, bySku, clock.instant()));
        }
        return results;
    }

    /** Maps one batch response; answers are matched to what we asked by the echoed request, else by order. */
    List<OfferLookup> parseBatch(PricingV0Wire.BatchResponse batch, List<String> asked, boolean bySku,
                                 Instant observedAt) {
        List<OfferLookup> results = new ArrayList<>();
        List<PricingV0Wire.BatchItemResponse> responses = batch.responses() == null ? List.of() : batch.responses();
        for (int i = 0; i < responses.size(); i++) {
            PricingV0Wire.BatchItemResponse item = responses.get(i);
            String requested = requestedId(item, bySku, i < asked.size() ? asked.get(i) : null);
            results.add(toLookup(requested, item, bySku, observedAt));
        }
        for (String id : asked) {
            if (results.stream().noneMatch(r -> id.equals(r.requested()))) {
                results.add(OfferLookup.failed(id, new MarketplaceError("NoResponse",
                        "Amazon's batch answer did not include this item")));
            }
        }
        return results;
    }

    private static String requestedId(PricingV0Wire.BatchItemResponse item, boolean bySku, String byOrder) {
        if (item.request() != null) {
            String echoed = bySku ? item.request().sellerSku() : item.request().asin();
            if (echoed != null) {
                return echoed;
            }
        }
        PricingV0Wire.GetOffersResult payload = item.body() == null ? null : item.body().payload();
        if (payload != null) {
            String named = bySku ? payload.sku() : payload.asin();
            if (named != null) {
                return named;
            }
        }
        return byOrder;
    }

    private OfferLookup toLookup(String requested, PricingV0Wire.BatchItemResponse item, boolean bySku,
                                 Instant observedAt) {
        int status = item.status() == null || item.status().statusCode() == null ? 0 : item.status().statusCode();
        PricingV0Wire.GetOffersResponse body = item.body();
        if (body != null && body.errors() != null && !body.errors().isEmpty()) {
            ErrorWire.Error e = body.errors().get(0);
            return OfferLookup.failed(requested, new MarketplaceError(e.code(), e.message()));
        }
        if (status / 100 != 2 || body == null || body.payload() == null) {
            return OfferLookup.failed(requested, new MarketplaceError("HTTP " + status,
                    item.status() == null ? "No status" : String.valueOf(item.status().reasonPhrase())));
        }
        return OfferLookup.found(requested, snapshot(body.payload(), bySku ? requested : null, observedAt));
    }

    OfferSnapshot snapshot(PricingV0Wire.GetOffersResult p, String sku, Instant observedAt) {
        List<PricingV0Wire.Offer> offers = p.offers() == null ? List.of() : p.offers();
        Optional<MarketOffer> ours = Optional.empty();
        List<MarketOffer> competitors = new ArrayList<>();
        String currency = null;
        for (PricingV0Wire.Offer o : offers) {
            if (o.listingPrice() == null || o.listingPrice().amount() == null) {
                continue;
            }
            currency = currency != null ? currency : o.listingPrice().currencyCode();
            // Amazon's MyOffer flag is sometimes missing or wrong (Q7): our seller id counts as well.
            boolean mine = sellerId.equals(o.sellerId()) || Boolean.TRUE.equals(o.myOffer());
            MarketOffer offer = new MarketOffer(o.sellerId(), o.listingPrice().amount(),
                    o.shipping() == null ? null : o.shipping().amount(),
                    Boolean.TRUE.equals(o.fulfilledByAmazon()),
                    o.primeInformation() != null && Boolean.TRUE.equals(o.primeInformation().prime()),
                    Boolean.TRUE.equals(o.buyBoxWinner()), mine,
                    ItemCondition.parse(p.itemCondition() != null ? p.itemCondition() : o.subCondition()),
                    o.feedbackRating() == null ? null : o.feedbackRating().positivePercent(),
                    handlingDays(o.shippingTime()));
            if (mine && ours.isEmpty()) {
                ours = Optional.of(offer);
            } else {
                competitors.add(offer);
            }
        }
        Optional<BuyBox> buyBox = buyBox(p, offers);
        if (currency == null) {
            currency = buyBox.isPresent() ? buyBoxCurrency(p) : "USD";
        }
        PricingV0Wire.Summary summary = p.summary();
        Optional<Integer> rank = summary == null || summary.salesRankings() == null ? Optional.empty()
                : summary.salesRankings().stream().map(PricingV0Wire.SalesRank::rank).filter(r -> r != null)
                .findFirst();
        int total = summary == null || summary.totalOfferCount() == null ? offers.size() : summary.totalOfferCount();
        String asin = p.asin() != null ? p.asin() : p.identifier() == null ? null : p.identifier().asin();
        return new OfferSnapshot(sku, asin, currency, observedAt, total, ours, competitors, buyBox, rank);
    }

    /** Whole days before the offer ships (Amazon's maximum hours, rounded up), or null when not given. */
    static Integer handlingDays(PricingV0Wire.ShippingTime t) {
        if (t == null || t.maximumHours() == null || t.maximumHours() < 0) {
            return null;
        }
        return (t.maximumHours() + 23) / 24;
    }

    /** The New-condition Buy Box; entries without a price mean "no Buy Box" (Q6). */
    private static Optional<BuyBox> buyBox(PricingV0Wire.GetOffersResult p, List<PricingV0Wire.Offer> offers) {
        if (p.summary() == null || p.summary().buyBoxPrices() == null) {
            return Optional.empty();
        }
        String winner = offers.stream().filter(o -> Boolean.TRUE.equals(o.buyBoxWinner()))
                .map(PricingV0Wire.Offer::sellerId).filter(id -> id != null).findFirst().orElse(null);
        return p.summary().buyBoxPrices().stream()
                .filter(b -> b.condition() == null || b.condition().isEmpty() || "new".equalsIgnoreCase(b.condition()))
                .filter(b -> b.listingPrice() != null && b.listingPrice().amount() != null)
                .findFirst()
                .map(b -> new BuyBox(b.listingPrice().amount(), b.shipping() == null ? BigDecimal.ZERO
                        : b.shipping().amount(), b.sellerId() != null ? b.sellerId() : winner));
    }

    private static String buyBoxCurrency(PricingV0Wire.GetOffersResult p) {
        return p.summary().buyBoxPrices().stream().map(PricingV0Wire.BuyBoxPrice::listingPrice)
                .filter(m -> m != null && m.currencyCode() != null).map(PricingV0Wire.MoneyType::currencyCode)
                .findFirst().orElse("USD");
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a pricing request", e);
        }
    }

    private PricingV0Wire.BatchResponse read(SpApiOperation op, SpApiResponse response) {
        try {
            return json.readValue(response.body(), PricingV0Wire.BatchResponse.class);
        } catch (JsonProcessingException e) {
            throw MalformedResponse.of(op, response);
        }
    }
}
