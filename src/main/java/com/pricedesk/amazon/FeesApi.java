package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.FeeEstimate;
import com.pricedesk.domain.market.FeeQuery;
import com.pricedesk.domain.market.MarketplaceError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** getMyFeesEstimates: many items per call; each answer can carry its own error inside a 200 (Q13). */
final class FeesApi {
    /** Amazon's docs say 20 per call [unverified in the model, which sets no maximum]. */
    static final int BATCH_SIZE = 20;
    private static final TypeReference<List<FeesWire.FeesEstimateResult>> RESULTS = new TypeReference<>() {
    };

    private final SpApiTransport transport;
    private final String marketplaceId;
    private final ObjectMapper json = WireJson.mapper();

    FeesApi(SpApiTransport transport, String marketplaceId) {
        this.transport = transport;
        this.marketplaceId = marketplaceId;
    }

    List<FeeEstimate> estimates(List<FeeQuery> queries) {
        List<FeeEstimate> out = new ArrayList<>(queries.size());
        for (int from = 0; from < queries.size(); from += BATCH_SIZE) {
            List<FeeQuery> chunk = queries.subList(from, Math.min(queries.size(), from + BATCH_SIZE));
            List<FeesWire.EstimateRequestItem> body = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                body.add(request(chunk.get(i), "q" + (from + i)));
            }
            SpApiResponse response = transport.call(SpApiOperation.GET_MY_FEES_ESTIMATES, "POST",
                    "/products/fees/v0/feesEstimate", write(body));
            List<FeesWire.FeesEstimateResult> results;
            try {
                results = json.readValue(response.body(), RESULTS);
            } catch (JsonProcessingException e) {
                throw MalformedResponse.of(SpApiOperation.GET_MY_FEES_ESTIMATES, response);
            }
            out.addAll(match(chunk, from, results));
        }
        return out;
    }

    private FeesWire.EstimateRequestItem request(FeeQuery q, String identifier) {
        FeesWire.FeesEstimateRequest r = new FeesWire.FeesEstimateRequest(marketplaceId, q.fulfilledByAmazon(),
                new FeesWire.PriceToEstimateFees(new PricingV0Wire.MoneyType("USD", q.price()),
                        new PricingV0Wire.MoneyType("USD", q.shipping())), identifier);
        return new FeesWire.EstimateRequestItem(r, q.idType() == FeeQuery.IdType.ASIN ? "ASIN" : "SellerSKU", q.id());
    }

    /** Answers come back matched by our SellerInputIdentifier ("q0", "q1", ...). */
    List<FeeEstimate> match(List<FeeQuery> chunk, int offset, List<FeesWire.FeesEstimateResult> results) {
        Map<String, FeesWire.FeesEstimateResult> byId = results.stream()
                .filter(r -> r.identifier() != null && r.identifier().sellerInputIdentifier() != null)
                .collect(Collectors.toMap(r -> r.identifier().sellerInputIdentifier(), Function.identity(),
                        (a, b) -> a));
        List<FeeEstimate> out = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            FeesWire.FeesEstimateResult r = byId.get("q" + (offset + i));
            out.add(r == null ? new FeeEstimate(chunk.get(i), "USD", Optional.empty(), List.of(),
                    Optional.of(new MarketplaceError("NoResponse", "Amazon's answer did not include this item")))
                    : toEstimate(chunk.get(i), r));
        }
        return out;
    }

    static FeeEstimate toEstimate(FeeQuery query, FeesWire.FeesEstimateResult r) {
        if (!"Success".equalsIgnoreCase(r.status()) || r.estimate() == null || r.estimate().total() == null) {
            FeesWire.FeesError e = r.error();
            String code = e == null || e.code() == null || e.code().isEmpty() ? String.valueOf(r.status()) : e.code();
            String message = e == null || e.message() == null ? "" : e.message();
            return new FeeEstimate(query, "USD", Optional.empty(), List.of(),
                    Optional.of(new MarketplaceError(code, message)));
        }
        List<FeeEstimate.FeeLine> lines = r.estimate().details() == null ? List.of()
                : r.estimate().details().stream()
                .filter(d -> d.feeType() != null && (d.finalFee() != null || d.feeAmount() != null))
                .map(d -> new FeeEstimate.FeeLine(d.feeType(),
                        (d.finalFee() != null ? d.finalFee() : d.feeAmount()).amount()))
                .toList();
        return new FeeEstimate(query, r.estimate().total().currencyCode(), Optional.of(r.estimate().total().amount()),
                lines, Optional.empty());
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a fees request", e);
        }
    }
}
