package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.market.AdStats;
import com.pricedesk.domain.market.AdsReportStatus;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ProcessingState;
import com.pricedesk.domain.port.AdsGateway;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sponsored Products v3 reporting behind {@link AdsGateway}: Bearer token plus the Ads client-id and
 * profile headers. Amazon Ads publishes no per-operation rates, so there is no token bucket; 429,
 * 5xx and timeouts are retried with the same bounded backoff, waiting Retry-After when it is sent.
 */
final class AdsApi implements AdsGateway {
    private static final Logger log = LoggerFactory.getLogger(AdsApi.class);
    private static final String CREATE_TYPE = "application/vnd.createasyncreportrequest.v3+json";
    private static final List<String> COLUMNS = List.of("advertisedSku", "advertisedAsin", "startDate", "endDate",
            "impressions", "clicks", "cost", "sales7d", "purchases7d", "unitsSoldClicks7d");

    private final HttpClient http;
    private final AdsAccount account;
    private final AccessTokens tokens;
    private final Documents documents;
    private final RetryPolicy retry;
    private final ObjectMapper json = WireJson.mapper();

    AdsApi(HttpClient http, AdsAccount account, AccessTokens tokens, Documents documents, RetryPolicy retry) {
        this.http = http;
        this.account = account;
        this.tokens = tokens;
        this.documents = documents;
        this.retry = retry;
    }

    @Override
    public void verifyConnection() {
        List<AdsWire.Profile> profiles;
        try {
            profiles = json.readValue(call("GET", "/v2/profiles", null, null),
                    new TypeReference<List<AdsWire.Profile>>() {
                    });
        } catch (JsonProcessingException e) {
            throw new MarketplaceException("Ads /v2/profiles", 200, new MarketplaceError("MalformedResponse",
                    "Amazon Ads' list of profiles could not be read"), null);
        }
        boolean known = profiles != null && profiles.stream()
                .anyMatch(p -> p.profileId() != null && account.profileId().equals(Long.toString(p.profileId())));
        if (!known) {
            throw new MarketplaceException("Ads /v2/profiles", 200, new MarketplaceError("UnknownProfile",
                    "Profile " + account.profileId() + " is not among this Ads account's profiles"), null);
        }
    }

    @Override
    public String requestAdvertisedProductReport(LocalDate start, LocalDate end) {
        AdsWire.CreateReport body = new AdsWire.CreateReport("PriceDesk advertised products " + start + " " + end,
                start.toString(), end.toString(), new AdsWire.Configuration("SPONSORED_PRODUCTS", List.of("advertiser"),
                COLUMNS, "spAdvertisedProduct", "SUMMARY", "GZIP_JSON"));
        return read(call("POST", "/reporting/reports", CREATE_TYPE, write(body)), AdsWire.Report.class).reportId();
    }

    @Override
    public AdsReportStatus reportStatus(String reportId) {
        AdsWire.Report r = report(reportId);
        ProcessingState state = switch (String.valueOf(r.status())) {
            case "PENDING" -> ProcessingState.IN_QUEUE;
            case "PROCESSING" -> ProcessingState.IN_PROGRESS;
            case "COMPLETED" -> ProcessingState.DONE;
            case "FAILED" -> ProcessingState.FATAL;
            default -> throw new MarketplaceException("Ads getReport", 200, new MarketplaceError("UnknownStatus",
                    "Amazon Ads reported status " + r.status()), null);
        };
        return new AdsReportStatus(reportId, state, Optional.ofNullable(r.failureReason()));
    }

    @Override
    public List<AdStats> advertisedProductRows(String reportId) {
        AdsWire.Report r = report(reportId);
        if (!"COMPLETED".equals(r.status()) || r.url() == null) {
            throw new MarketplaceException("Ads report download", 200, new MarketplaceError("NotReady",
                    "Ads report " + reportId + " is " + r.status() + ", not COMPLETED"), null);
        }
        return rows(documents.download(r.url()));
    }

    List<AdStats> rows(byte[] content) {
        List<AdsWire.Row> rows;
        try {
            rows = json.readValue(content, new TypeReference<List<AdsWire.Row>>() {
            });
        } catch (IOException e) {
            throw new MarketplaceException("Ads report download", 200, new MarketplaceError("MalformedResponse",
                    "The Ads report could not be read"), null);
        }
        return rows.stream().map(r -> new AdStats(r.advertisedSku(), r.advertisedAsin(), date(r.startDate()),
                date(r.endDate()), r.impressions() == null ? 0 : r.impressions(), r.clicks() == null ? 0 : r.clicks(),
                r.cost() == null ? BigDecimal.ZERO : r.cost(), r.sales7d() == null ? BigDecimal.ZERO : r.sales7d(),
                r.purchases7d() == null ? 0 : r.purchases7d(),
                r.unitsSoldClicks7d() == null ? 0 : r.unitsSoldClicks7d())).toList();
    }

    private AdsWire.Report report(String reportId) {
        return read(call("GET", "/reporting/reports/" + UrlPaths.encode(reportId), null, null), AdsWire.Report.class);
    }

    private String call(String method, String path, String contentType, String body) {
        try {
            return callInterruptibly(method, path, contentType, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarketplaceException("Ads " + path, 0, new MarketplaceError("Interrupted", "The call was cancelled"),
                    e);
        }
    }

    private String callInterruptibly(String method, String path, String contentType, String body)
            throws InterruptedException {
        boolean tokenRetried = false;
        for (int retries = 0; ; ) {
            String token = tokens.current();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(account.apiEndpoint() + path))
                    .timeout(retry.requestTimeout())
                    .header("Authorization", "Bearer " + token)
                    .header("Amazon-Advertising-API-ClientId", account.clientId())
                    .header("Amazon-Advertising-API-Scope", account.profileId())
                    .header("Accept", "application/json");
            if (body != null) {
                b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response;
            try {
                response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (retries >= retry.maxRetries()) {
                    throw new MarketplaceException("Ads " + path, 0, new MarketplaceError("NetworkError",
                            "No answer from " + account.apiEndpoint() + ": " + e), e);
                }
                Thread.sleep(retry.delay(retries++, Duration.ZERO, ThreadLocalRandom.current().nextDouble()).toMillis());
                continue;
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return response.body();
            }
            MarketplaceError error = error(response.body(), status);
            if (status == 401 && !tokenRetried) {
                tokenRetried = true;
                tokens.invalidate(token);
                continue;
            }
            boolean transientFailure = status == 429 || status >= 500;
            if (!transientFailure || retries >= retry.maxRetries()) {
                log.warn("Ads {} {} failed: HTTP {} {}", method, path, status, error);
                throw new MarketplaceException("Ads " + path, status, error, null);
            }
            Duration floor = response.headers().firstValue("Retry-After").map(AdsApi::seconds).orElse(Duration.ZERO);
            Thread.sleep(retry.delay(retries++, floor, ThreadLocalRandom.current().nextDouble()).toMillis());
        }
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private MarketplaceError error(String body, int status) {
        try {
            AdsWire.Error e = json.readValue(body, AdsWire.Error.class);
            String message = e.details() != null ? e.details() : e.message();
            return new MarketplaceError(e.code() == null ? "HTTP " + status : e.code(), message == null ? "" : message);
        } catch (IOException | RuntimeException e) {
            return new MarketplaceError("HTTP " + status, "Amazon Ads answered without an error description");
        }
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an Ads request", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new MarketplaceException("Ads", 200, new MarketplaceError("MalformedResponse",
                    "Amazon Ads' answer could not be read"), null);
        }
    }
}
