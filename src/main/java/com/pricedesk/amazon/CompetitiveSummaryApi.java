package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.CompetitiveSummary;
import com.pricedesk.domain.market.MarketOffer;
import com.pricedesk.domain.market.MarketplaceError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** getCompetitiveSummary: 20 ASINs per call at one call per 30 s. */
final class CompetitiveSummaryApi {
    static final int BATCH_SIZE = 20;
    private static final String URI = "/products/pricing/2022-05-01/items/competitiveSummary";

    private final SpApiTransport transport;
    private final String marketplaceId;
    private final String sellerId;
    private final ObjectMapper json = WireJson.mapper();

    CompetitiveSummaryApi(SpApiTransport transport, String marketplaceId, String sellerId) {
        this.transport = transport;
        this.marketplaceId = marketplaceId;
        this.sellerId = sellerId;
    }

    List<CompetitiveSummary> summaries(List<String> asins) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(asins));
        List<CompetitiveSummary> out = new ArrayList<>();
        for (int from = 0; from < unique.size(); from += BATCH_SIZE) {
            List<String> chunk = unique.subList(from, Math.min(unique.size(), from + BATCH_SIZE));
            Pricing2022Wire.SummaryBatchRequest body = new Pricing2022Wire.SummaryBatchRequest(chunk.stream()
                    .map(asin -> new Pricing2022Wire.SummaryRequest(asin, marketplaceId,
                            List.of("featuredBuyingOptions", "referencePrices", "lowestPricedOffers"),
                            List.of(new Pricing2022Wire.LowestPricedOffersInput("New", "Consumer")), "GET", URI))
                    .toList());
            SpApiResponse response = transport.call(SpApiOperation.GET_COMPETITIVE_SUMMARY, "POST",
                    "/batches/products/pricing/2022-05-01/items/competitiveSummary", write(body));
            Pricing2022Wire.SummaryBatchResponse batch;
            try {
                batch = json.readValue(response.body(), Pricing2022Wire.SummaryBatchResponse.class);
            } catch (JsonProcessingException e) {
                throw MalformedResponse.of(SpApiOperation.GET_COMPETITIVE_SUMMARY, response);
            }
            out.addAll(parse(batch, chunk));
        }
        return out;
    }

    List<CompetitiveSummary> parse(Pricing2022Wire.SummaryBatchResponse batch, List<String> asked) {
        List<CompetitiveSummary> out = new ArrayList<>();
        List<Pricing2022Wire.SummaryResponse> responses = batch.responses() == null ? List.of() : batch.responses();
        for (int i = 0; i < responses.size(); i++) {
            Pricing2022Wire.SummaryResponse r = responses.get(i);
            String asin = r.body() != null && r.body().asin() != null ? r.body().asin()
                    : i < asked.size() ? asked.get(i) : null;
            out.add(toSummary(asin, r));
        }
        for (String asin : asked) {
            if (out.stream().noneMatch(s -> asin.equals(s.asin()))) {
                out.add(CompetitiveSummary.failed(asin, new MarketplaceError("NoResponse",
                        "Amazon's batch answer did not include this ASIN")));
            }
        }
        return out;
    }

    private CompetitiveSummary toSummary(String asin, Pricing2022Wire.SummaryResponse r) {
        Pricing2022Wire.SummaryBody body = r.body();
        if (body != null && body.errors() != null && !body.errors().isEmpty()) {
            ErrorWire.Error e = body.errors().get(0);
            return CompetitiveSummary.failed(asin, new MarketplaceError(e.code(), e.message()));
        }
        int status = r.status() == null || r.status().statusCode() == null ? 0 : r.status().statusCode();
        if (status / 100 != 2 || body == null) {
            return CompetitiveSummary.failed(asin, new MarketplaceError("HTTP " + status, "No summary"));
        }
        List<CompetitiveSummary.FeaturedOffer> featured = new ArrayList<>();
        if (body.featuredBuyingOptions() != null) {
            for (Pricing2022Wire.FeaturedBuyingOption option : body.featuredBuyingOptions()) {
                if (!"New".equalsIgnoreCase(option.buyingOptionType()) || option.segmentedFeaturedOffers() == null) {
                    continue;
                }
                for (Pricing2022Wire.SummaryOffer o : option.segmentedFeaturedOffers()) {
                    if (o.listingPrice() == null || o.listingPrice().amount() == null) {
                        continue;
                    }
                    List<String> segments = o.featuredOfferSegments() == null ? List.of()
                            : o.featuredOfferSegments().stream()
                            .map(Pricing2022Wire.FeaturedOfferSegment::customerMembership).toList();
                    featured.add(new CompetitiveSummary.FeaturedOffer(o.sellerId(), o.listingPrice().amount(),
                            shipping(o), "AFN".equals(o.fulfillmentType()), segments));
                }
            }
        }
        List<MarketOffer> lowest = new ArrayList<>();
        if (body.lowestPricedOffers() != null) {
            body.lowestPricedOffers().stream()
                    .filter(l -> l.input() == null || "New".equalsIgnoreCase(l.input().itemCondition()))
                    .filter(l -> l.offers() != null)
                    .flatMap(l -> l.offers().stream())
                    .filter(o -> o.listingPrice() != null && o.listingPrice().amount() != null)
                    .forEach(o -> lowest.add(new MarketOffer(o.sellerId(), o.listingPrice().amount(), shipping(o),
                            "AFN".equals(o.fulfillmentType()), o.primeDetails() != null
                            && !"NONE".equals(o.primeDetails().eligibility()), false, sellerId.equals(o.sellerId()))));
        }
        Map<String, BigDecimal> references = new LinkedHashMap<>();
        if (body.referencePrices() != null) {
            for (Pricing2022Wire.ReferencePrice p : body.referencePrices()) {
                if (p.name() != null && p.price() != null && p.price().amount() != null) {
                    references.put(p.name(), p.price().amount());
                }
            }
        }
        return new CompetitiveSummary(asin, featured, lowest, references, Optional.empty());
    }

    /** The DEFAULT shipping option's price, or zero. */
    private static BigDecimal shipping(Pricing2022Wire.SummaryOffer o) {
        if (o.shippingOptions() == null) {
            return BigDecimal.ZERO;
        }
        return o.shippingOptions().stream().filter(s -> s.price() != null && s.price().amount() != null)
                .filter(s -> s.shippingOptionType() == null || "DEFAULT".equals(s.shippingOptionType()))
                .map(s -> s.price().amount()).findFirst().orElse(BigDecimal.ZERO);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a competitive summary request", e);
        }
    }
}
