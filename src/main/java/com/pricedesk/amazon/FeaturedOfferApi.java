package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.FeaturedOfferPrice;
import com.pricedesk.domain.market.MarketplaceError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** getFeaturedOfferExpectedPriceBatch: the most direct repricing signal, 40 SKUs per call. */
final class FeaturedOfferApi {
    /** "Up to 40" per Amazon's description; the schema itself sets no maximum. */
    static final int BATCH_SIZE = 40;
    private static final String URI = "/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice";

    private final SpApiTransport transport;
    private final String marketplaceId;
    private final ObjectMapper json = WireJson.mapper();

    FeaturedOfferApi(SpApiTransport transport, String marketplaceId) {
        this.transport = transport;
        this.marketplaceId = marketplaceId;
    }

    List<FeaturedOfferPrice> expectedPrices(List<String> skus) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(skus));
        List<FeaturedOfferPrice> out = new ArrayList<>(unique.size());
        for (int from = 0; from < unique.size(); from += BATCH_SIZE) {
            List<String> chunk = unique.subList(from, Math.min(unique.size(), from + BATCH_SIZE));
            Pricing2022Wire.FoepBatchRequest body = new Pricing2022Wire.FoepBatchRequest(chunk.stream()
                    .map(sku -> new Pricing2022Wire.FoepRequest(URI, "GET", marketplaceId, sku)).toList());
            SpApiResponse response = transport.call(SpApiOperation.GET_FEATURED_OFFER_EXPECTED_PRICE_BATCH, "POST",
                    "/batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice", write(body));
            Pricing2022Wire.FoepBatchResponse batch;
            try {
                batch = json.readValue(response.body(), Pricing2022Wire.FoepBatchResponse.class);
            } catch (JsonProcessingException e) {
                throw MalformedResponse.of(SpApiOperation.GET_FEATURED_OFFER_EXPECTED_PRICE_BATCH, response);
            }
            out.addAll(parse(batch, chunk));
        }
        return out;
    }

    List<FeaturedOfferPrice> parse(Pricing2022Wire.FoepBatchResponse batch, List<String> asked) {
        List<FeaturedOfferPrice> out = new ArrayList<>();
        List<Pricing2022Wire.FoepResponse> responses = batch.responses() == null ? List.of() : batch.responses();
        for (int i = 0; i < responses.size(); i++) {
            Pricing2022Wire.FoepResponse r = responses.get(i);
            String sku = r.request() != null && r.request().sku() != null ? r.request().sku()
                    : i < asked.size() ? asked.get(i) : null;
            out.add(toPrice(sku, r));
        }
        for (String sku : asked) {
            if (out.stream().noneMatch(p -> sku.equals(p.sellerSku()))) {
                out.add(FeaturedOfferPrice.failed(sku, new MarketplaceError("NoResponse",
                        "Amazon's batch answer did not include this SKU")));
            }
        }
        return out;
    }

    private static FeaturedOfferPrice toPrice(String sku, Pricing2022Wire.FoepResponse r) {
        Pricing2022Wire.FoepBody body = r.body();
        if (body != null && body.errors() != null && !body.errors().isEmpty()) {
            ErrorWire.Error e = body.errors().get(0);
            return FeaturedOfferPrice.failed(sku, new MarketplaceError(e.code(), e.message()));
        }
        int status = r.status() == null || r.status().statusCode() == null ? 0 : r.status().statusCode();
        if (status / 100 != 2 || body == null || body.results() == null || body.results().isEmpty()) {
            return FeaturedOfferPrice.failed(sku, new MarketplaceError("HTTP " + status, "No expected price"));
        }
        Pricing2022Wire.FoepResult result = body.results().get(0);
        Optional<BigDecimal> expected = Optional.ofNullable(result.expectedPrice())
                .map(Pricing2022Wire.ExpectedPrice::listingPrice).map(Pricing2022Wire.MoneyType::amount);
        Pricing2022Wire.FeaturedOffer current = result.currentFeaturedOffer();
        return new FeaturedOfferPrice(sku, result.resultStatus(), expected, landed(current),
                Optional.ofNullable(current).map(Pricing2022Wire.FeaturedOffer::offerIdentifier)
                        .map(Pricing2022Wire.OfferIdentifier::sellerId),
                landed(result.competingFeaturedOffer()), Optional.empty());
    }

    /** Listing price plus shipping of a featured offer, when Amazon names a price. */
    private static Optional<BigDecimal> landed(Pricing2022Wire.FeaturedOffer offer) {
        if (offer == null || offer.price() == null || offer.price().listingPrice() == null
                || offer.price().listingPrice().amount() == null) {
            return Optional.empty();
        }
        BigDecimal shipping = offer.price().shippingPrice() == null || offer.price().shippingPrice().amount() == null
                ? BigDecimal.ZERO : offer.price().shippingPrice().amount();
        return Optional.of(offer.price().listingPrice().amount().add(shipping));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a FOEP request", e);
        }
    }
}
