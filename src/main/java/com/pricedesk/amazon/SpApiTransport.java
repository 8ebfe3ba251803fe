package com.pricedesk.amazon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one SP-API call: waits for the operation's rate-limit token, adds the LWA access token,
 * retries throttling, outages and timeouts with bounded backoff, and turns every other failure into
 * a {@link MarketplaceException} carrying Amazon's code and message. 400/403/404 are never retried:
 * the same request would fail the same way.
 */
final class SpApiTransport {
    private static final Logger log = LoggerFactory.getLogger(SpApiTransport.class);
    private static final String USER_AGENT = "PriceDesk/0.1 (Language=Java/" + Runtime.version().feature() + ")";

    private final HttpClient http;
    private final String endpoint;
    private final AccessTokens tokens;
    private final RateLimiterRegistry limits;
    private final RetryPolicy retry;
    private final ObjectMapper json = WireJson.mapper();

    SpApiTransport(HttpClient http, String endpoint, AccessTokens tokens, RateLimiterRegistry limits,
                   RetryPolicy retry) {
        this.http = http;
        this.endpoint = endpoint;
        this.tokens = tokens;
        this.limits = limits;
        this.retry = retry;
    }

    /** {@code pathAndQuery} must already be URL-encoded; {@code body} is JSON or null. */
    SpApiResponse call(SpApiOperation op, String method, String pathAndQuery, String body) {
        return call(op, method, pathAndQuery, body, java.util.Map.of());
    }

    /** As {@link #call(SpApiOperation, String, String, String)}, with extra request headers. */
    SpApiResponse call(SpApiOperation op, String method, String pathAndQuery, String body,
                       java.util.Map<String, String> headers) {
        try {
            return callInterruptibly(op, method, pathAndQuery, body, headers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarketplaceException(op.operationId(), 0, new MarketplaceError("Interrupted",
                    "The call was cancelled"), e);
        }
    }

    private SpApiResponse callInterruptibly(SpApiOperation op, String method, String pathAndQuery, String body,
                                            java.util.Map<String, String> headers) throws InterruptedException {
        boolean tokenRetried = false;
        int retries = 0;
        while (true) {
            // Token first: an LWA round trip between taking the rate-limit token and sending the call
            // would bunch our calls up at Amazon and earn a 429.
            String accessToken = tokens.current();
            limits.acquire(op);
            long sent = System.nanoTime();
            HttpResponse<String> response;
            try {
                try {
                    response = http.send(request(method, pathAndQuery, body, accessToken, headers),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } finally {
                    // Answer, failure or interruption: the call no longer holds its place in the burst.
                    limits.completed(op, Duration.ofNanos(System.nanoTime() - sent));
                }
            } catch (IOException e) {
                // Timeouts and dropped connections: Amazon may or may not have seen the call. A price
                // write is not repeated blindly: the approval queue promises each change reaches Amazon
                // at most once, so its caller reads the listing back and decides.
                if (op == SpApiOperation.PATCH_LISTINGS_ITEM || op == SpApiOperation.CREATE_FEED) {
                    throw new MarketplaceException(op.operationId(), 0, new MarketplaceError("NoAnswer",
                            "No answer from " + endpoint + "; Amazon may or may not have the change: " + e), e);
                }
                if (retries >= retry.maxRetries()) {
                    throw new MarketplaceException(op.operationId(), 0, new MarketplaceError("NetworkError",
                            "No answer from " + endpoint + " after " + (retries + 1) + " attempts: " + e), e);
                }
                log.info("{}: no answer ({}), retry {} of {}", op.operationId(), e.getClass().getSimpleName(),
                        retries + 1, retry.maxRetries());
                sleep(retry.delay(retries++, Duration.ZERO, ThreadLocalRandom.current().nextDouble()));
                continue;
            }
            int status = response.statusCode();
            String requestId = response.headers().firstValue("x-amzn-RequestId").orElse(null);
            limits.observeLimit(op, response.headers().firstValue("x-amzn-RateLimit-Limit").orElse(null));
            if (status / 100 == 2) {
                return new SpApiResponse(status, response.body(), requestId);
            }
            MarketplaceError error = firstError(response.body(), status);
            if ((status == 401 || status == 403) && !tokenRetried) {
                // An access token that expired early or was revoked mid-run: one fresh token, then stop.
                tokenRetried = true;
                tokens.invalidate(accessToken);
                log.info("{}: access token refused ({}), retrying once with a fresh token", op.operationId(),
                        error.code());
                continue;
            }
            boolean transientFailure = status == 429 || status == 500 || status == 502 || status == 503
                    || status == 504;
            if (!transientFailure || retries >= retry.maxRetries()) {
                log.warn("{} failed: HTTP {} {} (request id {})", op.operationId(), status, error, requestId);
                throw new MarketplaceException(op.operationId(), status, error, null);
            }
            if (status == 429) {
                limits.throttled(op);
            }
            Duration floor = status == 429 ? limits.minimumInterval(op) : Duration.ZERO;
            Duration wait = retry.delay(retries++, floor, ThreadLocalRandom.current().nextDouble());
            log.info("{}: HTTP {} {}, retry {} of {} in {} ms (request id {})", op.operationId(), status,
                    error.code(), retries, retry.maxRetries(), wait.toMillis(), requestId);
            sleep(wait);
        }
    }

    private HttpRequest request(String method, String pathAndQuery, String body, String accessToken,
                                java.util.Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + pathAndQuery))
                .timeout(retry.requestTimeout())
                .header("x-amz-access-token", accessToken)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json");
        headers.forEach(b::header);
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private MarketplaceError firstError(String body, int status) {
        try {
            ErrorWire.ErrorList list = json.readValue(body, ErrorWire.ErrorList.class);
            if (list.errors() != null && !list.errors().isEmpty()) {
                ErrorWire.Error e = list.errors().get(0);
                return new MarketplaceError(e.code() == null ? "HTTP " + status : e.code(),
                        e.message() == null ? "" : e.message());
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Unreadable error body for HTTP {}", status);
        }
        return new MarketplaceError("HTTP " + status, "Amazon answered without an error description");
    }

    private static void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }
}
