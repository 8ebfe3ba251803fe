package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Listings Items 2021-08-01 bodies. {@code attributes} stays a JSON tree: its shape comes from the
 * product type definitions, and a price change must send back every field it does not touch.
 */
final class ListingsWire {
    private ListingsWire() {
    }

    record Item(@JsonProperty("sku") String sku,
                @JsonProperty("summaries") List<Summary> summaries,
                @JsonProperty("attributes") JsonNode attributes,
                @JsonProperty("issues") List<Issue> issues,
                @JsonProperty("offers") List<Offer> offers) {
    }

    record Summary(@JsonProperty("marketplaceId") String marketplaceId,
                   @JsonProperty("asin") String asin,
                   @JsonProperty("productType") String productType,
                   @JsonProperty("status") List<String> status,
                   @JsonProperty("itemName") String itemName) {
    }

    record Offer(@JsonProperty("marketplaceId") String marketplaceId,
                 @JsonProperty("offerType") String offerType,
                 @JsonProperty("price") Price price,
                 @JsonProperty("audience") Audience audience) {
    }

    /** Listings money: the amount is a decimal string ("100.00"), unlike pricing's numbers. */
    record Price(@JsonProperty("currencyCode") String currencyCode, @JsonProperty("amount") String amount) {
    }

    record Audience(@JsonProperty("value") String value, @JsonProperty("displayName") String displayName) {
    }

    record Issue(@JsonProperty("code") String code,
                 @JsonProperty("message") String message,
                 @JsonProperty("severity") String severity) {
    }

    record PatchRequest(@JsonProperty("productType") String productType,
                        @JsonProperty("patches") List<Patch> patches) {
    }

    record Patch(@JsonProperty("op") String op, @JsonProperty("path") String path,
                 @JsonProperty("value") JsonNode value) {
    }

    record SearchResults(@JsonProperty("numberOfResults") Integer numberOfResults,
                         @JsonProperty("items") List<Item> items) {
    }

    record SubmissionResponse(@JsonProperty("sku") String sku,
                              @JsonProperty("status") String status,
                              @JsonProperty("submissionId") String submissionId,
                              @JsonProperty("issues") List<Issue> issues) {
    }
}
