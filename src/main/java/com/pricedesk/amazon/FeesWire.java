package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Product Fees v0 bodies for getMyFeesEstimates: a bare array in, a bare array out. */
final class FeesWire {
    private FeesWire() {
    }

    record EstimateRequestItem(@JsonProperty("FeesEstimateRequest") FeesEstimateRequest request,
                               @JsonProperty("IdType") String idType,
                               @JsonProperty("IdValue") String idValue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FeesEstimateRequest(@JsonProperty("MarketplaceId") String marketplaceId,
                               @JsonProperty("IsAmazonFulfilled") Boolean amazonFulfilled,
                               @JsonProperty("PriceToEstimateFees") PriceToEstimateFees price,
                               @JsonProperty("Identifier") String identifier) {
    }

    record PriceToEstimateFees(@JsonProperty("ListingPrice") PricingV0Wire.MoneyType listingPrice,
                               @JsonProperty("Shipping") PricingV0Wire.MoneyType shipping) {
    }

    record FeesEstimateResult(@JsonProperty("Status") String status,
                              @JsonProperty("FeesEstimateIdentifier") Identifier identifier,
                              @JsonProperty("FeesEstimate") FeesEstimate estimate,
                              @JsonProperty("Error") FeesError error) {
    }

    record Identifier(@JsonProperty("IdType") String idType,
                      @JsonProperty("IdValue") String idValue,
                      @JsonProperty("SellerInputIdentifier") String sellerInputIdentifier) {
    }

    record FeesEstimate(@JsonProperty("TotalFeesEstimate") PricingV0Wire.MoneyType total,
                        @JsonProperty("FeeDetailList") List<FeeDetail> details) {
    }

    record FeeDetail(@JsonProperty("FeeType") String feeType,
                     @JsonProperty("FeeAmount") PricingV0Wire.MoneyType feeAmount,
                     @JsonProperty("FinalFee") PricingV0Wire.MoneyType finalFee) {
    }

    record FeesError(@JsonProperty("Type") String type, @JsonProperty("Code") String code,
                     @JsonProperty("Message") String message) {
    }
}
