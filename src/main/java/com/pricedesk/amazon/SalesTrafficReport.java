package com.pricedesk.amazon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.DailySales;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ReportDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the salesAndTrafficByAsin rows of a GET_SALES_AND_TRAFFIC_REPORT document (JSON). */
final class SalesTrafficReport {
    private final ObjectMapper json;

    SalesTrafficReport(ObjectMapper json) {
        this.json = json;
    }

    List<DailySales> rows(ReportDocument document, LocalDate day) {
        JsonNode root;
        try {
            root = json.readTree(document.text());
        } catch (IOException e) {
            throw new MarketplaceException("getReportDocument", 200, new MarketplaceError("MalformedReport",
                    "The Sales and Traffic report " + document.documentId() + " is not JSON"), e);
        }
        List<DailySales> out = new ArrayList<>();
        for (JsonNode r : root.path("salesAndTrafficByAsin")) {
            JsonNode sales = r.path("salesByAsin");
            JsonNode traffic = r.path("trafficByAsin");
            String sku = r.path("sku").asText(null);
            if (sku == null) {
                continue;
            }
            out.add(new DailySales(sku, r.path("childAsin").asText(null), day, sales.path("unitsOrdered").asInt(),
                    traffic.path("sessions").asInt(),
                    new BigDecimal(sales.path("orderedProductSales").path("amount").asText("0")),
                    new BigDecimal(traffic.path("buyBoxPercentage").asText("0"))));
        }
        return out;
    }
}
