package com.pricedesk.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amazon Ads v3 Sponsored Products reporting: async report, then a gzip JSON array of rows per
 * advertised SKU. Figures are a deterministic stand-in until the market model simulates ads.
 */
final class AdsEndpoints {
    static final Duration PROCESSING_TIME = Duration.ofSeconds(120);
    static final String CREATE_TYPE = "application/vnd.createasyncreportrequest.v3+json";

    private final SimMarket market;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration processingTime;
    private final SimDocuments documents;
    private final Map<String, AdsReport> reports = new ConcurrentHashMap<>();

    private static final class AdsReport {
        final String id;
        final Instant created;
        final String start;
        final String end;
        String documentId;

        AdsReport(String id, Instant created, String start, String end) {
            this.id = id;
            this.created = created;
            this.start = start;
            this.end = end;
        }
    }

    AdsEndpoints(SimMarket market, ObjectMapper json, Clock clock, Duration processingTime, SimDocuments documents) {
        this.market = market;
        this.json = json;
        this.clock = clock;
        this.processingTime = processingTime;
        this.documents = documents;
    }

    void create(SimExchange ex) throws IOException {
        if (!CREATE_TYPE.equals(ex.header("Content-Type"))) {
            error(ex, 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be " + CREATE_TYPE);
            return;
        }
        JsonNode body = ex.jsonBody();
        JsonNode config = body == null ? null : body.get("configuration");
        if (config == null || !"spAdvertisedProduct".equals(config.path("reportTypeId").asText())
                || !"SPONSORED_PRODUCTS".equals(config.path("adProduct").asText())
                || !body.hasNonNull("startDate") || !body.hasNonNull("endDate")) {
            error(ex, 400, "INVALID_ARGUMENT", "startDate, endDate and an spAdvertisedProduct configuration are "
                    + "required");
            return;
        }
        String id = UUID.randomUUID().toString();
        reports.put(id, new AdsReport(id, clock.instant(), body.get("startDate").asText(),
                body.get("endDate").asText()));
        ObjectNode out = json.createObjectNode();
        out.put("reportId", id);
        out.put("status", "PENDING");
        ex.sendJson(200, out, Map.of());
    }

    /** GET /v2/profiles: the one US seller profile these credentials may use. */
    void profiles(SimExchange ex, String profileId, String sellerId) throws IOException {
        ArrayNode out = json.createArrayNode();
        ObjectNode profile = out.addObject();
        profile.put("profileId", Long.parseLong(profileId));
        profile.put("countryCode", "US");
        profile.put("currencyCode", "USD");
        profile.put("timezone", "America/Los_Angeles");
        ObjectNode info = profile.putObject("accountInfo");
        info.put("marketplaceStringId", PricingEndpoints.MARKETPLACE);
        info.put("id", sellerId);
        info.put("type", "seller");
        ex.sendJson(200, out, Map.of());
    }

    void get(SimExchange ex, String id) throws IOException {
        AdsReport r = reports.get(id);
        if (r == null) {
            error(ex, 404, "NOT_FOUND", "Report " + id + " not found");
            return;
        }
        Duration age = Duration.between(r.created, clock.instant());
        String status = age.compareTo(processingTime) >= 0 ? "COMPLETED"
                : age.compareTo(processingTime.dividedBy(3)) >= 0 ? "PROCESSING" : "PENDING";
        ObjectNode out = json.createObjectNode();
        out.put("reportId", r.id);
        out.put("status", status);
        if (status.equals("COMPLETED")) {
            out.put("url", documents.presigned(build(r)));
        }
        ex.sendJson(200, out, Map.of());
    }

    void error(SimExchange ex, int status, String code, String details) throws IOException {
        ObjectNode out = json.createObjectNode();
        out.put("code", code);
        out.put("details", details);
        ex.sendJson(status, out, Map.of());
    }

    private synchronized String build(AdsReport r) throws IOException {
        if (r.documentId == null) {
            ArrayNode rows = json.createArrayNode();
            java.time.LocalDate start = java.time.LocalDate.parse(r.start);
            java.time.LocalDate end = java.time.LocalDate.parse(r.end);
            for (SimListing l : market.listings()) {
                if (market.day(l.sellerSku(), start).isPresent()) {
                    rows.add(lived(l, start, end, r));
                    continue;
                }
                int h = Math.floorMod(l.sellerSku().hashCode(), 1000);
                long impressions = 500 + h * 7L;
                long clicks = impressions / 60;
                int purchases = (int) (clicks / 8);
                ObjectNode row = rows.addObject();
                row.put("advertisedSku", l.sellerSku());
                row.put("advertisedAsin", l.asin());
                row.put("startDate", r.start);
                row.put("endDate", r.end);
                row.put("impressions", impressions);
                row.put("clicks", clicks);
                row.put("cost", new BigDecimal(clicks * (40 + h % 80)).movePointLeft(2));
                row.put("sales7d", l.price().multiply(BigDecimal.valueOf(purchases)).setScale(2, RoundingMode.HALF_UP));
                row.put("purchases7d", purchases);
                row.put("unitsSoldClicks7d", purchases);
            }
            r.documentId = documents.store("application/json", SimDocuments.gzip(json.writeValueAsBytes(rows)));
        }
        return r.documentId;
    }

    /** The row of a market that simulates ads: the sum of the lived days in the report's range. */
    private ObjectNode lived(SimListing l, java.time.LocalDate start, java.time.LocalDate end, AdsReport r) {
        long impressions = 0;
        long clicks = 0;
        BigDecimal cost = BigDecimal.ZERO.setScale(2);
        BigDecimal sales = BigDecimal.ZERO.setScale(2);
        int units = 0;
        for (java.time.LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            java.util.Optional<SimDay> day = market.day(l.sellerSku(), d);
            if (day.isPresent()) {
                impressions += day.get().adImpressions();
                clicks += day.get().adClicks();
                cost = cost.add(day.get().adSpend());
                sales = sales.add(day.get().adSales());
                units += day.get().adUnits();
            }
        }
        ObjectNode row = json.createObjectNode();
        row.put("advertisedSku", l.sellerSku());
        row.put("advertisedAsin", l.asin());
        row.put("startDate", r.start);
        row.put("endDate", r.end);
        row.put("impressions", impressions);
        row.put("clicks", clicks);
        row.put("cost", cost);
        row.put("sales7d", sales.setScale(2, RoundingMode.HALF_UP));
        row.put("purchases7d", units);
        row.put("unitsSoldClicks7d", units);
        return row;
    }
}
