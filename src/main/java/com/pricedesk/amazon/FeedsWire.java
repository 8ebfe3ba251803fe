package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Feeds 2021-06-30 bodies, and the JSON_LISTINGS_FEED document and its processing report. */
final class FeedsWire {
    private FeedsWire() {
    }

    record CreateFeedDocumentSpecification(@JsonProperty("contentType") String contentType) {
    }

    record CreateFeedDocumentResponse(@JsonProperty("feedDocumentId") String feedDocumentId,
                                      @JsonProperty("url") String url) {
    }

    record CreateFeedSpecification(@JsonProperty("feedType") String feedType,
                                   @JsonProperty("marketplaceIds") List<String> marketplaceIds,
                                   @JsonProperty("inputFeedDocumentId") String inputFeedDocumentId) {
    }

    record CreateFeedResponse(@JsonProperty("feedId") String feedId) {
    }

    record Feed(@JsonProperty("feedId") String feedId,
                @JsonProperty("feedType") String feedType,
                @JsonProperty("processingStatus") String processingStatus,
                @JsonProperty("resultFeedDocumentId") String resultFeedDocumentId) {
    }

    record FeedDocument(@JsonProperty("feedDocumentId") String feedDocumentId,
                        @JsonProperty("url") String url,
                        @JsonProperty("compressionAlgorithm") String compressionAlgorithm) {
    }

    record ListingsFeed(@JsonProperty("header") Header header, @JsonProperty("messages") List<Message> messages) {
    }

    record Header(@JsonProperty("sellerId") String sellerId,
                  @JsonProperty("version") String version,
                  @JsonProperty("issueLocale") String issueLocale,
                  @JsonProperty("report") ReportOptions report) {
    }

    record ReportOptions(@JsonProperty("includedData") List<String> includedData,
                         @JsonProperty("apiVersion") String apiVersion) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(@JsonProperty("messageId") long messageId,
                   @JsonProperty("sku") String sku,
                   @JsonProperty("operationType") String operationType,
                   @JsonProperty("productType") String productType,
                   @JsonProperty("patches") List<ListingsWire.Patch> patches) {
    }

    record ProcessingReport(@JsonProperty("issues") List<ReportIssue> issues,
                            @JsonProperty("summary") Summary summary) {
    }

    record ReportIssue(@JsonProperty("messageId") Long messageId,
                       @JsonProperty("sku") String sku,
                       @JsonProperty("code") String code,
                       @JsonProperty("severity") String severity,
                       @JsonProperty("message") String message) {
    }

    record Summary(@JsonProperty("errors") Integer errors,
                   @JsonProperty("warnings") Integer warnings,
                   @JsonProperty("messagesProcessed") Integer messagesProcessed,
                   @JsonProperty("messagesAccepted") Integer messagesAccepted,
                   @JsonProperty("messagesInvalid") Integer messagesInvalid) {
    }
}
