package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** Product Pricing 2022-05-01 bodies: camelCase, unlike v0. */
final class Pricing2022Wire {
    private Pricing2022Wire() {
    }

    record MoneyType(@JsonProperty("currencyCode") String currencyCode, @JsonProperty("amount") BigDecimal amount) {
    }

    record FoepRequest(@JsonProperty("uri") String uri,
                       @JsonProperty("method") String method,
                       @JsonProperty("marketplaceId") String marketplaceId,
                       @JsonProperty("sku") String sku) {
    }

    record FoepBatchRequest(@JsonProperty("requests") List<FoepRequest> requests) {
    }

    record FoepBatchResponse(@JsonProperty("responses") List<FoepResponse> responses) {
    }

    record FoepResponse(@JsonProperty("status") PricingV0Wire.HttpStatusLine status,
                        @JsonProperty("request") RequestEcho request,
                        @JsonProperty("body") FoepBody body) {
    }

    record RequestEcho(@JsonProperty("marketplaceId") String marketplaceId, @JsonProperty("sku") String sku) {
    }

    record FoepBody(@JsonProperty("offerIdentifier") OfferIdentifier offerIdentifier,
                    @JsonProperty("featuredOfferExpectedPriceResults") List<FoepResult> results,
                    @JsonProperty("errors") List<ErrorWire.Error> errors) {
    }

    record OfferIdentifier(@JsonProperty("asin") String asin,
                           @JsonProperty("sku") String sku,
                           @JsonProperty("sellerId") String sellerId,
                           @JsonProperty("fulfillmentType") String fulfillmentType) {
    }

    record FoepResult(@JsonProperty("featuredOfferExpectedPrice") ExpectedPrice expectedPrice,
                      @JsonProperty("resultStatus") String resultStatus,
                      @JsonProperty("competingFeaturedOffer") FeaturedOffer competingFeaturedOffer,
                      @JsonProperty("currentFeaturedOffer") FeaturedOffer currentFeaturedOffer) {
    }

    record ExpectedPrice(@JsonProperty("listingPrice") MoneyType listingPrice) {
    }

    record FeaturedOffer(@JsonProperty("offerIdentifier") OfferIdentifier offerIdentifier,
                         @JsonProperty("condition") String condition,
                         @JsonProperty("price") Price price) {
    }

    record Price(@JsonProperty("listingPrice") MoneyType listingPrice,
                 @JsonProperty("shippingPrice") MoneyType shippingPrice) {
    }
}
