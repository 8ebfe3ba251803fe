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

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record SummaryRequest(@JsonProperty("asin") String asin,
                          @JsonProperty("marketplaceId") String marketplaceId,
                          @JsonProperty("includedData") List<String> includedData,
                          @JsonProperty("lowestPricedOffersInputs") List<LowestPricedOffersInput> lowestPricedOffersInputs,
                          @JsonProperty("method") String method,
                          @JsonProperty("uri") String uri) {
    }

    record LowestPricedOffersInput(@JsonProperty("itemCondition") String itemCondition,
                                   @JsonProperty("offerType") String offerType) {
    }

    record SummaryBatchRequest(@JsonProperty("requests") List<SummaryRequest> requests) {
    }

    record SummaryBatchResponse(@JsonProperty("responses") List<SummaryResponse> responses) {
    }

    record SummaryResponse(@JsonProperty("status") PricingV0Wire.HttpStatusLine status,
                           @JsonProperty("body") SummaryBody body) {
    }

    record SummaryBody(@JsonProperty("asin") String asin,
                       @JsonProperty("featuredBuyingOptions") List<FeaturedBuyingOption> featuredBuyingOptions,
                       @JsonProperty("lowestPricedOffers") List<LowestPricedOffers> lowestPricedOffers,
                       @JsonProperty("referencePrices") List<ReferencePrice> referencePrices,
                       @JsonProperty("errors") List<ErrorWire.Error> errors) {
    }

    record FeaturedBuyingOption(@JsonProperty("buyingOptionType") String buyingOptionType,
                                @JsonProperty("segmentedFeaturedOffers") List<SummaryOffer> segmentedFeaturedOffers) {
    }

    record LowestPricedOffers(@JsonProperty("lowestPricedOffersInput") LowestPricedOffersInput input,
                              @JsonProperty("offers") List<SummaryOffer> offers) {
    }

    /** An Offer of the 2022 model; featuredOfferSegments is only set on segmented featured offers. */
    record SummaryOffer(@JsonProperty("sellerId") String sellerId,
                        @JsonProperty("condition") String condition,
                        @JsonProperty("fulfillmentType") String fulfillmentType,
                        @JsonProperty("listingPrice") MoneyType listingPrice,
                        @JsonProperty("shippingOptions") List<ShippingOption> shippingOptions,
                        @JsonProperty("primeDetails") PrimeDetails primeDetails,
                        @JsonProperty("featuredOfferSegments") List<FeaturedOfferSegment> featuredOfferSegments) {
    }

    record ShippingOption(@JsonProperty("shippingOptionType") String shippingOptionType,
                          @JsonProperty("price") MoneyType price) {
    }

    record PrimeDetails(@JsonProperty("eligibility") String eligibility) {
    }

    record FeaturedOfferSegment(@JsonProperty("customerMembership") String customerMembership) {
    }

    record ReferencePrice(@JsonProperty("name") String name, @JsonProperty("price") MoneyType price) {
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
