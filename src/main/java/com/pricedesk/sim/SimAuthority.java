package com.pricedesk.sim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's Login with Amazon: swaps the refresh token for access tokens that really expire,
 * and lets a test revoke the refresh token or expire every access token mid-run.
 */
public final class SimAuthority {
    private final SimCredentials credentials;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final SecureRandom tokens = new SecureRandom();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private volatile boolean revoked;

    SimAuthority(long seed, String sellerId, Clock clock, Duration tokenLifetime) {
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        HexFormat hex = HexFormat.of();
        this.credentials = new SimCredentials(
                "amzn1.application-oa2-client.sim" + hex.toHexDigits(rnd.nextInt()),
                "amzn1.oa2-cs.v1.sim" + hex.toHexDigits(rnd.nextLong()) + hex.toHexDigits(rnd.nextLong()),
                "Atzr|sim" + hex.toHexDigits(rnd.nextLong()) + hex.toHexDigits(rnd.nextLong()),
                sellerId);
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
    }

    /** The Amazon Ads profile id of the simulated seller (US marketplace). */
    public String adsProfileId() {
        return Long.toString(1_000_000_000L + Math.floorMod(credentials.sellerId().hashCode(), 1_000_000_000));
    }

    public SimCredentials credentials() {
        return credentials;
    }

    /** From now on the refresh token is refused with {@code invalid_grant}, as after a seller revokes the app. */
    public void revokeRefreshToken() {
        revoked = true;
    }

    /** Every access token issued so far stops working, as if they had all expired. */
    public void expireAccessTokens() {
        accessTokens.clear();
    }

    Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** Result of a token request: an access token, or an LWA error code. */
    record Grant(String accessToken, String error, String errorDescription) {
    }

    Grant exchange(String grantType, String refreshToken, String clientId, String clientSecret) {
        if (!"refresh_token".equals(grantType)) {
            return new Grant(null, "unsupported_grant_type", "The grant type is not supported by this server");
        }
        if (!credentials.clientId().equals(clientId) || !credentials.clientSecret().equals(clientSecret)) {
            return new Grant(null, "invalid_client", "Client authentication failed");
        }
        if (revoked || !credentials.refreshToken().equals(refreshToken)) {
            return new Grant(null, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
        }
        byte[] raw = new byte[24];
        tokens.nextBytes(raw);
        String token = "Atza|sim" + HexFormat.of().formatHex(raw);
        accessTokens.put(token, clock.instant().plus(tokenLifetime));
        return new Grant(token, null, null);
    }

    boolean valid(String accessToken) {
        if (accessToken == null) {
            return false;
        }
        Instant expiry = accessTokens.get(accessToken);
        return expiry != null && clock.instant().isBefore(expiry);
    }
}
