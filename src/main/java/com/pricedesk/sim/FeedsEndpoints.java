package com.pricedesk.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JSON_LISTINGS_FEED flow: feed documents with presigned upload URLs, feeds that move from
 * IN_QUEUE to DONE on the simulator's clock, and a processing report served gzipped <em>without</em>
 * declaring it (Amazon's compressionAlgorithm is unreliable, Q12).
 */
final class FeedsEndpoints {
    /** How long a feed takes on the simulator's clock (Amazon: minutes to hours). */
    static final Duration PROCESSING_TIME = Duration.ofSeconds(60);

    private final SimMarket market;
    private final ObjectMapper json;
    private final Clock clock;
    private final SimStats stats;
    private final Duration processingTime;
    private final SimDocuments documents;
    private final AtomicLong ids = new AtomicLong(50_000);
    private final Map<String, FeedState> feeds = new ConcurrentHashMap<>();

    private static final class FeedState {
        final String feedId;
        final Instant created;
        final String inputDocumentId;
        final boolean applyPrices;
        /** The document read and its report written ahead, off the request path (Amazon's processing time). */
        final java.util.concurrent.CompletableFuture<Prepared> prepared;
        String resultDocumentId;

        FeedState(String feedId, Instant created, String inputDocumentId, boolean applyPrices,
                  java.util.concurrent.CompletableFuture<Prepared> prepared) {
            this.feedId = feedId;
            this.created = created;
            this.inputDocumentId = inputDocumentId;
            this.applyPrices = applyPrices;
            this.prepared = prepared;
        }
    }

    /** What processing the feed will do: prices per SKU (in order) and the gzipped report. */
    private record Prepared(java.util.List<Object[]> prices, byte[] report) {
    }

    /**
     * Reads feeds while they are "processing": on Amazon that work is inside the processing time,
     * so the simulator's own CPU must not add to it when the feed becomes DONE.
     */
    private static final java.util.concurrent.Executor PREPARER = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "sim-feed-processing");
                t.setDaemon(true);
                return t;
            });

    FeedsEndpoints(SimMarket market, ObjectMapper json, Clock clock, SimStats stats, Duration processingTime,
                   SimDocuments documents) {
        this.market = market;
        this.json = json;
        this.clock = clock;
        this.stats = stats;
        this.processingTime = processingTime;
        this.documents = documents;
    }

    /** POST /feeds/2021-06-30/documents. */
    void createDocument(SimExchange ex) throws IOException {
        JsonNode body = ex.jsonBody();
        if (body == null || !body.hasNonNull("contentType")) {
            ex.sendError(400, "InvalidInput", "contentType is required");
            return;
        }
        String id = documents.expectUpload(body.get("contentType").asText());
        ObjectNode out = json.createObjectNode();
        out.put("feedDocumentId", id);
        out.put("url", documents.presigned(id));
        ex.sendJson(201, out, Map.of());
    }

    /** POST /feeds/2021-06-30/feeds. */
    void createFeed(SimExchange ex, boolean applyPrices) throws IOException {
        // Amazon has the feed once the call arrives: its processing time runs from here, not from
        // after this simulator has read the document (its own CPU is not Amazon's processing).
        Instant arrived = clock.instant();
        JsonNode body = ex.jsonBody();
        if (body == null || !"JSON_LISTINGS_FEED".equals(body.path("feedType").asText())
                || !body.path("marketplaceIds").toString().contains(PricingEndpoints.MARKETPLACE)) {
            ex.sendError(400, "InvalidInput", "feedType JSON_LISTINGS_FEED and marketplaceIds are required");
            return;
        }
        SimDocuments.Document input = documents.get(body.path("inputFeedDocumentId").asText());
        if (input == null || input.content() == null) {
            ex.sendError(400, "InvalidInput", "inputFeedDocumentId does not name an uploaded feed document");
            return;
        }
        String feedId = Long.toString(ids.incrementAndGet());
        // Amazon has the feed from here on; its message ids are PriceDesk's change ids when it sends them.
        try {
            for (JsonNode m : json.readTree(input.content()).path("messages")) {
                if (m.path("messageId").canConvertToLong()) {
                    stats.sawChangeId(m.path("messageId").asLong());
                }
            }
        } catch (IOException e) {
            // An unreadable document fails at processing time, as on Amazon.
        }
        String inputId = body.get("inputFeedDocumentId").asText();
        feeds.put(feedId, new FeedState(feedId, arrived, inputId, applyPrices,
                java.util.concurrent.CompletableFuture.supplyAsync(() -> prepare(feedId, inputId), PREPARER)));
        ex.sendJson(202, json.createObjectNode().put("feedId", feedId), Map.of());
    }

    /** GET /feeds/2021-06-30/feeds/{feedId}. */
    void getFeed(SimExchange ex, String feedId) throws IOException {
        FeedState feed = feeds.get(feedId);
        if (feed == null) {
            ex.sendError(404, "NotFound", "Feed " + feedId + " not found");
            return;
        }
        Duration age = Duration.between(feed.created, clock.instant());
        String status = age.compareTo(processingTime) >= 0 ? "DONE"
                : age.compareTo(processingTime.dividedBy(3)) >= 0 ? "IN_PROGRESS" : "IN_QUEUE";
        if (status.equals("DONE")) {
            finish(feed);
        }
        ObjectNode out = json.createObjectNode();
        out.put("feedId", feed.feedId);
        out.put("feedType", "JSON_LISTINGS_FEED");
        out.putArray("marketplaceIds").add(PricingEndpoints.MARKETPLACE);
        out.put("createdTime", feed.created.toString());
        out.put("processingStatus", status);
        if (!status.equals("IN_QUEUE")) {
            out.put("processingStartTime", feed.created.plus(processingTime.dividedBy(3)).toString());
        }
        if (status.equals("DONE")) {
            out.put("processingEndTime", feed.created.plus(processingTime).toString());
            out.put("resultFeedDocumentId", feed.resultDocumentId);
        }
        ex.sendJson(200, out, Map.of());
    }

    /**
     * Processes every feed whose time has come, whether or not anyone asks about it: Amazon applies
     * a feed on its own, so a client that crashed after creating one still sees its prices later.
     */
    void processDue() throws IOException {
        Instant now = clock.instant();
        for (FeedState feed : feeds.values()) {
            if (feed.resultDocumentId == null && Duration.between(feed.created, now).compareTo(processingTime) >= 0) {
                finish(feed);
            }
        }
    }

    /** GET /feeds/2021-06-30/documents/{feedDocumentId}: never declares the gzip it serves. */
    void getDocument(SimExchange ex, String documentId) throws IOException {
        if (documents.get(documentId) == null) {
            ex.sendError(404, "NotFound", "Feed document " + documentId + " not found");
            return;
        }
        ObjectNode out = json.createObjectNode();
        out.put("feedDocumentId", documentId);
        out.put("url", documents.presigned(documentId));
        ex.sendJson(200, out, Map.of());
    }

    /** Processes the feed once: applies valid prices (unless told not to) and stores the report. */
    private synchronized void finish(FeedState feed) throws IOException {
        if (feed.resultDocumentId != null) {
            return;
        }
        Prepared p;
        try {
            p = feed.prepared.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
        java.util.List<SimMarket.PriceChange> applied = new java.util.ArrayList<>();
        for (Object[] price : p.prices()) {
            // Like Amazon, an unknown SKU is "accepted" here and simply changes nothing (Q9).
            String sku = (String) price[0];
            if (feed.applyPrices && market.listing(sku).isPresent()) {
                applied.add(new SimMarket.PriceChange(sku, (BigDecimal) price[1], (BigDecimal) price[2],
                        (BigDecimal) price[3]));
            }
        }
        market.setPrices(applied);
        applied.forEach(c -> stats.countApplied(SimOperation.CREATE_FEED));
        feed.resultDocumentId = documents.store("application/json", p.report());
    }

    /** Reads the feed's messages and writes its report; changes nothing in the market. */
    private Prepared prepare(String feedId, String inputDocumentId) {
        try {
            JsonNode input = json.readTree(documents.get(inputDocumentId).content());
            ObjectNode report = json.createObjectNode();
            ObjectNode header = report.putObject("header");
            header.put("sellerId", market.sellerId());
            header.put("version", "2.0");
            header.put("feedId", feedId);
            ArrayNode issues = report.putArray("issues");
            java.util.List<Object[]> prices = new java.util.ArrayList<>();
            int processed = 0;
            int invalid = 0;
            for (JsonNode m : input.path("messages")) {
                processed++;
                BigDecimal[] found = null;
                for (JsonNode p : m.path("patches")) {
                    if ("/attributes/purchasable_offer".equals(p.path("path").asText())) {
                        found = ListingsEndpoints.ourPrices(p.get("value"));
                    }
                }
                if (found == null) {
                    invalid++;
                    ObjectNode i = issues.addObject();
                    i.put("messageId", m.path("messageId").asLong());
                    i.put("sku", m.path("sku").asText());
                    i.put("code", "4000001");
                    i.put("severity", "ERROR");
                    i.put("message", "The provided value for 'purchasable_offer' is invalid.");
                    continue;
                }
                prices.add(new Object[] {m.path("sku").asText(), found[0], found[1], found[2]});
            }
            ObjectNode summary = report.putObject("summary");
            summary.put("errors", invalid);
            summary.put("warnings", 0);
            summary.put("messagesProcessed", processed);
            summary.put("messagesAccepted", processed - invalid);
            summary.put("messagesInvalid", invalid);
            return new Prepared(prices, SimDocuments.gzip(json.writeValueAsBytes(report)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
