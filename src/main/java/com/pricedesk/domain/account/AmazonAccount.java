package com.pricedesk.domain.account;

import java.util.Objects;

/**
 * A connected Amazon seller account: where to call (Amazon, its sandbox or the simulator) and with
 * what credentials. Pointing PriceDesk elsewhere is only a matter of these values.
 */
public record AmazonAccount(
        String spApiEndpoint,
        String lwaEndpoint,
        String clientId,
        Secret clientSecret,
        Secret refreshToken,
        String sellerId,
        String marketplaceId) {

    public static final String NA_SP_API_ENDPOINT = "https://sellingpartnerapi-na.amazon.com";
    public static final String LWA_ENDPOINT = "https://api.amazon.com/auth/o2/token";
    public static final String US_MARKETPLACE = "ATVPDKIKX0DER";

    public AmazonAccount {
        requireHttpUrl(spApiEndpoint, "SP-API endpoint");
        requireHttpUrl(lwaEndpoint, "LWA endpoint");
        requireText(clientId, "client id");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        requireText(sellerId, "seller id");
        requireText(marketplaceId, "marketplace id");
        spApiEndpoint = spApiEndpoint.endsWith("/") ? spApiEndpoint.substring(0, spApiEndpoint.length() - 1)
                : spApiEndpoint;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
    }

    private static void requireHttpUrl(String value, String what) {
        requireText(value, what);
        // A light check only: the domain may not use java.net; the HTTP client rejects the rest.
        if (!value.matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new IllegalArgumentException("The " + what + " must be an http(s) URL: " + value);
        }
    }
}
