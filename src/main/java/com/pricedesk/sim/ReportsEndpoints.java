package com.pricedesk.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reports 2021-06-30 for three report types, built from the market when they finish. Like Amazon,
 * the listings flat file comes gzipped without saying so (Q12); sales and traffic says GZIP.
 */
final class ReportsEndpoints {
    static final Duration PROCESSING_TIME = Duration.ofSeconds(90);
    private static final Set<String> TYPES = Set.of("GET_MERCHANT_LISTINGS_ALL_DATA",
            "GET_FBA_INVENTORY_PLANNING_DATA", "GET_SALES_AND_TRAFFIC_REPORT");

    private final SimMarket market;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration processingTime;
    private final SimDocuments documents;
    private final AtomicLong ids = new AtomicLong(90_000);
    private final Map<String, ReportState> reports = new ConcurrentHashMap<>();
    private final Map<String, Boolean> declaredGzip = new ConcurrentHashMap<>();

    private static final class ReportState {
        final String id;
        final String type;
        final Instant created;
        /** The day the data starts (Sales and Traffic reports cover one day here); null = yesterday. */
        final String dataStart;
        String documentId;

        ReportState(String id, String type, Instant created, String dataStart) {
            this.id = id;
            this.type = type;
            this.created = created;
            this.dataStart = dataStart;
        }
    }

    ReportsEndpoints(SimMarket market, ObjectMapper json, Clock clock, Duration processingTime,
                     SimDocuments documents) {
        this.market = market;
        this.json = json;
        this.clock = clock;
        this.processingTime = processingTime;
        this.documents = documents;
    }

    void createReport(SimExchange ex) throws IOException {
        JsonNode body = ex.jsonBody();
        String type = body == null ? null : body.path("reportType").asText(null);
        if (type == null || !body.path("marketplaceIds").toString().contains(PricingEndpoints.MARKETPLACE)) {
            ex.sendError(400, "InvalidInput", "reportType and marketplaceIds are required");
            return;
        }
        if (!TYPES.contains(type)) {
            ex.sendError(400, "InvalidInput", "The simulator does not build " + type);
            return;
        }
        String id = Long.toString(ids.incrementAndGet());
        reports.put(id, new ReportState(id, type, clock.instant(), body.path("dataStartTime").asText(null)));
        ex.sendJson(202, json.createObjectNode().put("reportId", id), Map.of());
    }

    void getReport(SimExchange ex, String reportId) throws IOException {
        ReportState r = reports.get(reportId);
        if (r == null) {
            ex.sendError(404, "NotFound", "Report " + reportId + " not found");
            return;
        }
        Duration age = Duration.between(r.created, clock.instant());
        String status = age.compareTo(processingTime) >= 0 ? "DONE"
                : age.compareTo(processingTime.dividedBy(3)) >= 0 ? "IN_PROGRESS" : "IN_QUEUE";
        if (status.equals("DONE")) {
            build(r);
        }
        ObjectNode out = json.createObjectNode();
        out.putArray("marketplaceIds").add(PricingEndpoints.MARKETPLACE);
        out.put("reportId", r.id);
        out.put("reportType", r.type);
        out.put("createdTime", r.created.toString());
        out.put("processingStatus", status);
        if (status.equals("DONE")) {
            out.put("processingEndTime", r.created.plus(processingTime).toString());
            out.put("reportDocumentId", r.documentId);
        }
        ex.sendJson(200, out, Map.of());
    }

    void getDocument(SimExchange ex, String documentId) throws IOException {
        if (!declaredGzip.containsKey(documentId)) {
            ex.sendError(404, "NotFound", "Report document " + documentId + " not found");
            return;
        }
        ObjectNode out = json.createObjectNode();
        out.put("reportDocumentId", documentId);
        out.put("url", documents.presigned(documentId));
        if (declaredGzip.get(documentId)) {
            out.put("compressionAlgorithm", "GZIP");
        }
        ex.sendJson(200, out, Map.of());
    }

    private synchronized void build(ReportState r) throws IOException {
        if (r.documentId != null) {
            return;
        }
        String id;
        switch (r.type) {
            case "GET_MERCHANT_LISTINGS_ALL_DATA" -> {
                id = documents.store("text/tab-separated-values; charset=UTF-8",
                        SimDocuments.gzip(listings().getBytes(StandardCharsets.UTF_8)));
                declaredGzip.put(id, false);
            }
            case "GET_FBA_INVENTORY_PLANNING_DATA" -> {
                id = documents.store("text/tab-separated-values", inventoryAge().getBytes(StandardCharsets.UTF_8));
                declaredGzip.put(id, false);
            }
            default -> {
                id = documents.store("application/json", SimDocuments.gzip(json.writeValueAsBytes(salesAndTraffic(r))));
                declaredGzip.put(id, true);
            }
        }
        r.documentId = id;
    }

    private String listings() {
        StringBuilder b = new StringBuilder("item-name\tseller-sku\tprice\tquantity\tasin1\tfulfillment-channel\tstatus\n");
        for (SimListing l : market.listings()) {
            b.append(l.title().replace('\t', ' ')).append('\t').append(l.sellerSku()).append('\t')
                    .append(l.price().setScale(2, RoundingMode.HALF_UP).toPlainString()).append('\t')
                    .append(l.fulfilledByAmazon() ? "" : Integer.toString(l.quantity())).append('\t')
                    .append(l.asin()).append('\t').append(l.fulfilledByAmazon() ? "AMAZON_NA" : "DEFAULT")
                    .append('\t').append("Active").append('\n');
        }
        return b.toString();
    }

    /** Column names as in Amazon's FBA Manage Inventory Health report [unverified]. */
    private String inventoryAge() {
        StringBuilder b = new StringBuilder("snapshot-date\tsku\tasin\tavailable\tinv-age-0-to-90-days\t"
                + "inv-age-91-to-180-days\tinv-age-181-to-270-days\tinv-age-271-to-365-days\tinv-age-365-plus-days\n");
        String date = clock.instant().toString().substring(0, 10);
        for (SimListing l : market.listings()) {
            if (!l.fulfilledByAmazon()) {
                continue;
            }
            SimStock st = market.stock(l.sellerSku());
            b.append(date).append('\t').append(l.sellerSku()).append('\t').append(l.asin()).append('\t')
                    .append(st.fulfillable()).append('\t').append(st.age0To90()).append('\t').append(st.age91To180())
                    .append('\t').append(st.age181To270()).append('\t').append(st.age271To365()).append('\t')
                    .append(st.age365Plus()).append('\n');
        }
        return b.toString();
    }

    private ObjectNode salesAndTraffic(ReportState r) {
        ObjectNode root = json.createObjectNode();
        ObjectNode spec = root.putObject("reportSpecification");
        spec.put("reportType", "GET_SALES_AND_TRAFFIC_REPORT");
        spec.putArray("marketplaceIds").add(PricingEndpoints.MARKETPLACE);
        java.time.LocalDate day = r.dataStart == null
                ? java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(1)
                : java.time.LocalDate.parse(r.dataStart.substring(0, 10));
        spec.put("dataStartTime", day.toString());
        spec.put("dataEndTime", day.toString());
        ArrayNode byAsin = root.putArray("salesAndTrafficByAsin");
        for (SimListing l : market.listings()) {
            java.util.Optional<SimDay> lived = market.day(l.sellerSku(), day);
            int sessions = lived.map(SimDay::sessions).orElse(50 + Math.floorMod(l.sellerSku().hashCode(), 400));
            int units = lived.map(SimDay::units).orElse(sessions / 10);
            BigDecimal price = lived.map(SimDay::price).orElse(l.price());
            ObjectNode row = byAsin.addObject();
            row.put("parentAsin", l.asin());
            row.put("childAsin", l.asin());
            row.put("sku", l.sellerSku());
            ObjectNode sales = row.putObject("salesByAsin");
            sales.put("unitsOrdered", units);
            ObjectNode amount = sales.putObject("orderedProductSales");
            amount.put("amount", price.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP));
            amount.put("currencyCode", "USD");
            sales.put("totalOrderItems", units);
            ObjectNode traffic = row.putObject("trafficByAsin");
            traffic.put("sessions", sessions);
            traffic.put("pageViews", sessions + sessions / 3);
            boolean held = lived.map(SimDay::weHeldBuyBox).orElseGet(() -> market.buyBox(l.asin())
                    .map(w -> w.sellerId().equals(market.sellerId())).orElse(false));
            traffic.put("buyBoxPercentage", held ? 100.0 : 0.0);
            traffic.put("unitSessionPercentage", sessions == 0 ? 0.0 : Math.round(1000.0 * units / sessions) / 10.0);
        }
        return root;
    }
}
