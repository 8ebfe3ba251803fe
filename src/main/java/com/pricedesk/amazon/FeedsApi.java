package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.domain.market.FeedReport;
import com.pricedesk.domain.market.FeedStatus;
import com.pricedesk.domain.market.ProcessingState;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.PriceUpdate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bulk prices through a JSON_LISTINGS_FEED: create a document, upload the feed to its presigned
 * URL, create the feed; later read its status and, once DONE, its processing report.
 */
final class FeedsApi {
    static final String CONTENT_TYPE = "application/json; charset=UTF-8";
    static final int MAX_MESSAGES = 25_000;

    private final SpApiTransport transport;
    private final Documents documents;
    private final String marketplaceId;
    private final String sellerId;
    private final ObjectMapper json = WireJson.mapper();

    FeedsApi(SpApiTransport transport, Documents documents, String marketplaceId, String sellerId) {
        this.transport = transport;
        this.documents = documents;
        this.marketplaceId = marketplaceId;
        this.sellerId = sellerId;
    }

    String submitPrices(List<PriceUpdate> updates) {
        if (updates.isEmpty() || updates.size() > MAX_MESSAGES) {
            throw new IllegalArgumentException("A price feed holds 1 to " + MAX_MESSAGES + " updates, not "
                    + updates.size());
        }
        for (PriceUpdate u : updates) {
            if (u.minimumPrice() == null || u.maximumPrice() == null) {
                throw new IllegalArgumentException("The feed update for " + u.sellerSku()
                        + " has no min/max price; Amazon would drop them (send both with every price)");
            }
        }
        // The feed (thousands of messages) is written while Amazon answers createFeedDocument: the
        // two are independent, and Amazon's processing clock starts only once the feed is created.
        java.util.concurrent.CompletableFuture<byte[]> body = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> write(feed(updates)).getBytes(StandardCharsets.UTF_8));
        FeedsWire.CreateFeedDocumentResponse doc;
        try {
            doc = read(SpApiOperation.CREATE_FEED_DOCUMENT,
                    transport.call(SpApiOperation.CREATE_FEED_DOCUMENT, "POST", "/feeds/2021-06-30/documents",
                            write(new FeedsWire.CreateFeedDocumentSpecification(CONTENT_TYPE))),
                    FeedsWire.CreateFeedDocumentResponse.class);
        } catch (RuntimeException e) {
            body.cancel(false);
            throw e;
        }
        documents.upload(doc.url(), CONTENT_TYPE, body.join());
        FeedsWire.CreateFeedResponse created = read(SpApiOperation.CREATE_FEED,
                transport.call(SpApiOperation.CREATE_FEED, "POST", "/feeds/2021-06-30/feeds",
                        write(new FeedsWire.CreateFeedSpecification("JSON_LISTINGS_FEED", List.of(marketplaceId),
                                doc.feedDocumentId()))),
                FeedsWire.CreateFeedResponse.class);
        return created.feedId();
    }

    FeedStatus status(String feedId) {
        FeedsWire.Feed feed = read(SpApiOperation.GET_FEED, transport.call(SpApiOperation.GET_FEED, "GET",
                "/feeds/2021-06-30/feeds/" + UrlPaths.encode(feedId), null), FeedsWire.Feed.class);
        ProcessingState state;
        try {
            state = ProcessingState.valueOf(String.valueOf(feed.processingStatus()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MarketplaceException(SpApiOperation.GET_FEED.operationId(), 200, new MarketplaceError(
                    "UnknownStatus", "Amazon reported feed status " + feed.processingStatus()), null);
        }
        if (state != ProcessingState.DONE || feed.resultFeedDocumentId() == null) {
            return new FeedStatus(feedId, state, Optional.empty());
        }
        FeedsWire.FeedDocument doc = read(SpApiOperation.GET_FEED_DOCUMENT, transport.call(
                SpApiOperation.GET_FEED_DOCUMENT, "GET", "/feeds/2021-06-30/documents/"
                        + UrlPaths.encode(feed.resultFeedDocumentId()), null), FeedsWire.FeedDocument.class);
        return new FeedStatus(feedId, state, Optional.of(report(documents.download(doc.url()))));
    }

    FeedReport report(byte[] content) {
        FeedsWire.ProcessingReport r;
        try {
            r = json.readValue(content, FeedsWire.ProcessingReport.class);
        } catch (java.io.IOException e) {
            throw new MarketplaceException("feed processing report", 200, new MarketplaceError("MalformedResponse",
                    "The feed's processing report could not be read"), null);
        }
        FeedsWire.Summary s = r.summary();
        List<FeedReport.Issue> issues = new ArrayList<>();
        if (r.issues() != null) {
            for (FeedsWire.ReportIssue i : r.issues()) {
                issues.add(new FeedReport.Issue(i.messageId() == null ? 0 : i.messageId(), i.sku(), i.code(),
                        i.severity(), i.message()));
            }
        }
        return new FeedReport(n(s == null ? null : s.messagesProcessed()), n(s == null ? null : s.messagesAccepted()),
                n(s == null ? null : s.messagesInvalid()), n(s == null ? null : s.errors()),
                n(s == null ? null : s.warnings()), issues);
    }

    FeedsWire.ListingsFeed feed(List<PriceUpdate> updates) {
        List<FeedsWire.Message> messages = new ArrayList<>(updates.size());
        // messageId is Amazon's own per-message correlation id, echoed in the processing report: when
        // every update comes from the approval queue its change id (unique, so unique in the feed) is
        // used, so the report's issues name the change directly and Amazon sees each change id once.
        boolean changeIds = updates.stream().allMatch(u -> u.changeId() != null);
        long id = 1;
        for (PriceUpdate u : updates) {
            long messageId = changeIds ? u.changeId() : id;
            ArrayNode value = JsonNodeFactory.instance.arrayNode();
            ObjectNode entry = value.addObject();
            entry.put("marketplace_id", marketplaceId);
            entry.put("currency", "USD");
            entry.put("audience", "ALL");
            entry.set("our_price", ListingsApi.schedule(u.price()));
            entry.set("minimum_seller_allowed_price", ListingsApi.schedule(u.minimumPrice()));
            entry.set("maximum_seller_allowed_price", ListingsApi.schedule(u.maximumPrice()));
            id++;
            messages.add(new FeedsWire.Message(messageId, u.sellerSku(), "PATCH", "PRODUCT",
                    List.of(new ListingsWire.Patch("replace", "/attributes/purchasable_offer", value))));
        }
        // Ask for issues in the report: without it Amazon reports little beyond counts (Q9).
        return new FeedsWire.ListingsFeed(new FeedsWire.Header(sellerId, "2.0", "en_US",
                new FeedsWire.ReportOptions(List.of("issues"), "2021-08-01")), messages);
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a feeds request", e);
        }
    }

    private <T> T read(SpApiOperation op, SpApiResponse response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw MalformedResponse.of(op, response);
        }
    }
}
