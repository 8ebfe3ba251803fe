package com.pricedesk.amazon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ReauthorizationRequiredException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchanges the refresh token for an LWA access token and caches it until shortly before it
 * expires. A revoked or unknown authorisation raises {@link ReauthorizationRequiredException} at
 * once: retrying cannot fix it and would only hammer Amazon.
 */
final class LwaTokenProvider implements AccessTokens {
    private static final Logger log = LoggerFactory.getLogger(LwaTokenProvider.class);
    /** Amazon's SDK refreshes 60 s early; a request started just before expiry must still be accepted. */
    private static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);
    private static final Set<String> REAUTHORISE_ERRORS = Set.of("invalid_grant", "unauthorized_client",
            "invalid_client");

    private final HttpClient http;
    private final LwaCredentials account;
    private final Clock clock;
    private final RetryPolicy retry;
    private final ObjectMapper json = WireJson.mapper();

    private String token;
    private Instant refreshAt = Instant.MIN;

    LwaTokenProvider(HttpClient http, LwaCredentials account, Clock clock, RetryPolicy retry) {
        this.http = http;
        this.account = account;
        this.clock = clock;
        this.retry = retry;
    }

    @Override
    public synchronized String current() throws InterruptedException {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    @Override
    public synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(token)) {
            token = null;
        }
    }

    private void fetch() throws InterruptedException {
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + enc(account.refreshToken().reveal())
                + "&client_id=" + enc(account.clientId())
                + "&client_secret=" + enc(account.clientSecret().reveal());
        HttpRequest request = HttpRequest.newBuilder(URI.create(account.endpoint()))
                .timeout(retry.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        for (int attempt = 0; ; attempt++) {
            Instant sentAt = clock.instant();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (attempt >= retry.maxRetries()) {
                    throw new MarketplaceException("LWA token exchange", 0,
                            new MarketplaceError("NetworkError", "Login with Amazon could not be reached: " + e), e);
                }
                pause(attempt);
                continue;
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                accept(response.body(), sentAt);
                return;
            }
            LwaWire.ErrorResponse error = readError(response.body());
            String code = error.error() == null ? "HTTP " + status : error.error();
            String message = error.errorDescription() == null ? "" : error.errorDescription();
            if (REAUTHORISE_ERRORS.contains(code)) {
                log.warn("Login with Amazon refused the stored authorisation ({}); the account must be connected again",
                        code);
                token = null;
                throw new ReauthorizationRequiredException(new MarketplaceError(code, message));
            }
            boolean transientFailure = status == 429 || status >= 500;
            if (!transientFailure || attempt >= retry.maxRetries()) {
                throw new MarketplaceException("LWA token exchange", status, new MarketplaceError(code, message), null);
            }
            pause(attempt);
        }
    }

    private void accept(String body, Instant sentAt) {
        LwaWire.TokenResponse response;
        try {
            response = json.readValue(body, LwaWire.TokenResponse.class);
        } catch (IOException e) {
            throw new MarketplaceException("LWA token exchange", 200,
                    new MarketplaceError("MalformedResponse", "Login with Amazon sent an unreadable token response"), null);
        }
        if (response.accessToken() == null || response.expiresIn() == null) {
            throw new MarketplaceException("LWA token exchange", 200,
                    new MarketplaceError("MalformedResponse", "Login with Amazon sent no access token"), null);
        }
        Duration lifetime = Duration.ofSeconds(response.expiresIn());
        // Short-lived tokens (simulator, tests) would otherwise be refreshed on every call.
        Duration ahead = lifetime.compareTo(REFRESH_AHEAD.multipliedBy(2)) > 0 ? REFRESH_AHEAD : lifetime.dividedBy(2);
        token = response.accessToken();
        refreshAt = sentAt.plus(lifetime).minus(ahead);
        log.debug("New LWA access token, valid for {} s", response.expiresIn());
    }

    private LwaWire.ErrorResponse readError(String body) {
        try {
            return json.readValue(body, LwaWire.ErrorResponse.class);
        } catch (IOException | RuntimeException e) {
            return new LwaWire.ErrorResponse(null, null);
        }
    }

    private void pause(int attempt) throws InterruptedException {
        Thread.sleep(retry.delay(attempt, Duration.ZERO, ThreadLocalRandom.current().nextDouble()).toMillis());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
