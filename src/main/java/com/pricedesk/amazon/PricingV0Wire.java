package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Product Pricing v0 bodies (PascalCase, except where Amazon's model is camelCase). Fields that the
 * model marks required are still treated as optional: Amazon leaves them out (BRIEF Q6).
 */
final class PricingV0Wire {
    private PricingV0Wire() {
    }

    record MoneyType(@JsonProperty("CurrencyCode") String currencyCode, @JsonProperty("Amount") BigDecimal amount) {
    }

    /** One element of a batch: the query parameters sit at the top level, never in queryParams (Q5). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchItemRequest(@JsonProperty("uri") String uri,
                            @JsonProperty("method") String method,
                            @JsonProperty("MarketplaceId") String marketplaceId,
                            @JsonProperty("ItemCondition") String itemCondition,
                            @JsonProperty("CustomerType") String customerType) {
    }

    record BatchRequest(@JsonProperty("requests") List<BatchItemRequest> requests) {
    }

    record BatchResponse(@JsonProperty("responses") List<BatchItemResponse> responses) {
    }

    record BatchItemResponse(@JsonProperty("status") HttpStatusLine status,
                             @JsonProperty("body") GetOffersResponse body,
                             @JsonProperty("request") RequestEcho request) {
    }

    record HttpStatusLine(@JsonProperty("statusCode") Integer statusCode,
                          @JsonProperty("reasonPhrase") String reasonPhrase) {
    }

    record RequestEcho(@JsonProperty("MarketplaceId") String marketplaceId,
                       @JsonProperty("Asin") String asin,
                       @JsonProperty("SellerSKU") String sellerSku) {
    }

    record GetOffersResponse(@JsonProperty("payload") GetOffersResult payload,
                             @JsonProperty("errors") List<ErrorWire.Error> errors) {
    }

    record GetOffersResult(@JsonProperty("marketplaceId") String marketplaceId,
                           @JsonProperty("ASIN") String asin,
                           @JsonProperty("SKU") String sku,
                           @JsonProperty("ItemCondition") String itemCondition,
                           @JsonProperty("status") String status,
                           @JsonProperty("Identifier") Identifier identifier,
                           @JsonProperty("Summary") Summary summary,
                           @JsonProperty("Offers") List<Offer> offers) {
    }

    record Identifier(@JsonProperty("MarketplaceId") String marketplaceId,
                      @JsonProperty("ASIN") String asin,
                      @JsonProperty("SellerSKU") String sellerSku) {
    }

    record Summary(@JsonProperty("TotalOfferCount") Integer totalOfferCount,
                   @JsonProperty("BuyBoxPrices") List<BuyBoxPrice> buyBoxPrices,
                   @JsonProperty("SalesRankings") List<SalesRank> salesRankings) {
    }

    record BuyBoxPrice(@JsonProperty("condition") String condition,
                       @JsonProperty("LandedPrice") MoneyType landedPrice,
                       @JsonProperty("ListingPrice") MoneyType listingPrice,
                       @JsonProperty("Shipping") MoneyType shipping,
                       @JsonProperty("sellerId") String sellerId) {
    }

    record SalesRank(@JsonProperty("ProductCategoryId") String productCategoryId, @JsonProperty("Rank") Integer rank) {
    }

    record Offer(@JsonProperty("MyOffer") Boolean myOffer,
                 @JsonProperty("SubCondition") String subCondition,
                 @JsonProperty("SellerId") String sellerId,
                 @JsonProperty("ListingPrice") MoneyType listingPrice,
                 @JsonProperty("Shipping") MoneyType shipping,
                 @JsonProperty("IsFulfilledByAmazon") Boolean fulfilledByAmazon,
                 @JsonProperty("PrimeInformation") PrimeInformation primeInformation,
                 @JsonProperty("IsBuyBoxWinner") Boolean buyBoxWinner,
                 @JsonProperty("SellerFeedbackRating") FeedbackRating feedbackRating,
                 @JsonProperty("ShippingTime") ShippingTime shippingTime) {
    }

    record FeedbackRating(@JsonProperty("SellerPositiveFeedbackRating") BigDecimal positivePercent,
                          @JsonProperty("FeedbackCount") Long count) {
    }

    record ShippingTime(@JsonProperty("minimumHours") Integer minimumHours,
                        @JsonProperty("maximumHours") Integer maximumHours,
                        @JsonProperty("availabilityType") String availabilityType) {
    }

    record PrimeInformation(@JsonProperty("IsPrime") Boolean prime,
                            @JsonProperty("IsNationalPrime") Boolean nationalPrime) {
    }
}
