package com.pricedesk.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * getMyFeesEstimates with a plain fee table: 15 % referral (at least $0.30) plus the listing's FBA
 * fee. Like Amazon, an item it cannot price comes back as a ClientError inside the 200 (Q13).
 */
final class FeesEndpoint implements SimEndpoint {
    private static final BigDecimal REFERRAL_RATE = new BigDecimal("0.15");
    private static final BigDecimal MIN_REFERRAL = new BigDecimal("0.30");

    /** The simulator's referral fee on a sale; the market's history uses the same table as the endpoint. */
    static BigDecimal referralFee(BigDecimal sale) {
        return sale.multiply(REFERRAL_RATE).setScale(2, RoundingMode.HALF_UP).max(MIN_REFERRAL);
    }

    private final SimMarket market;
    private final ObjectMapper json;
    private final Clock clock;

    FeesEndpoint(SimMarket market, ObjectMapper json, Clock clock) {
        this.market = market;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void handle(SimExchange ex) throws IOException {
        JsonNode body = ex.jsonBody();
        if (body == null || !body.isArray() || body.isEmpty()) {
            ex.sendError(400, "InvalidInput", "The body must be a non-empty array of fee estimate requests");
            return;
        }
        for (JsonNode item : body) {
            if (!PricingEndpoints.MARKETPLACE.equals(item.path("FeesEstimateRequest").path("MarketplaceId").asText())) {
                ex.sendError(400, "InvalidInput", "Incorrect Marketplace identifier.");
                return;
            }
        }
        ArrayNode out = json.createArrayNode();
        for (JsonNode item : body) {
            out.add(estimate(item));
        }
        ex.sendJson(200, out, Map.of());
    }

    private ObjectNode estimate(JsonNode item) {
        JsonNode req = item.path("FeesEstimateRequest");
        String idType = item.path("IdType").asText();
        String idValue = item.path("IdValue").asText();
        boolean fba = req.path("IsAmazonFulfilled").asBoolean(false);
        ObjectNode out = json.createObjectNode();
        ObjectNode ident = out.putObject("FeesEstimateIdentifier");
        ident.put("MarketplaceId", PricingEndpoints.MARKETPLACE);
        ident.put("SellerId", market.sellerId());
        ident.put("IdType", idType);
        ident.put("IdValue", idValue);
        ident.put("IsAmazonFulfilled", fba);
        ident.set("PriceToEstimateFees", req.path("PriceToEstimateFees").deepCopy());
        ident.put("SellerInputIdentifier", req.path("Identifier").asText());
        Optional<SimListing> listing = "ASIN".equals(idType)
                ? market.listings().stream().filter(l -> l.asin().equals(idValue)).findFirst()
                : market.listing(idValue);
        BigDecimal price = amount(req.path("PriceToEstimateFees").path("ListingPrice"));
        BigDecimal shipping = amount(req.path("PriceToEstimateFees").path("Shipping"));
        if (listing.isEmpty() || price == null) {
            return error(out, "InvalidParameterValue", "The item " + idValue + " is not valid for this request.");
        }
        if (fba && !listing.get().fulfilledByAmazon()) {
            return error(out, "InvalidParameterValue", "The item is not fulfilled by Amazon.");
        }
        BigDecimal sale = price.add(shipping == null ? BigDecimal.ZERO : shipping);
        BigDecimal referral = referralFee(sale);
        BigDecimal fbaFee = fba ? listing.get().fbaFee() : BigDecimal.ZERO.setScale(2);
        out.put("Status", "Success");
        ObjectNode estimate = out.putObject("FeesEstimate");
        estimate.put("TimeOfFeesEstimation", clock.instant().toString());
        money(estimate, "TotalFeesEstimate", referral.add(fbaFee));
        ArrayNode details = estimate.putArray("FeeDetailList");
        detail(details, "ReferralFee", referral);
        if (fba) {
            detail(details, "FBAFees", fbaFee);
        }
        return out;
    }

    private ObjectNode error(ObjectNode out, String code, String message) {
        out.put("Status", "ClientError");
        ObjectNode e = out.putObject("Error");
        e.put("Type", "Sender");
        e.put("Code", code);
        e.put("Message", message);
        e.putArray("Detail");
        return out;
    }

    private void detail(ArrayNode list, String type, BigDecimal fee) {
        ObjectNode d = list.addObject();
        d.put("FeeType", type);
        money(d, "FeeAmount", fee);
        money(d, "FeePromotion", BigDecimal.ZERO.setScale(2));
        money(d, "FinalFee", fee);
    }

    private static void money(ObjectNode parent, String field, BigDecimal amount) {
        ObjectNode m = parent.putObject(field);
        m.put("CurrencyCode", "USD");
        m.put("Amount", amount);
    }

    private static BigDecimal amount(JsonNode money) {
        JsonNode a = money.get("Amount");
        return a == null || !a.isNumber() ? null : a.decimalValue();
    }
}
