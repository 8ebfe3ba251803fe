package com.pricedesk.domain.account;

import java.util.Objects;

/**
 * A connected Amazon Ads account: its own API host and, usually, its own refresh token (the seller
 * consents to the Ads scope separately); {@code profileId} picks the marketplace.
 */
public record AdsAccount(String apiEndpoint, String lwaEndpoint, String clientId, Secret clientSecret,
                         Secret refreshToken, String profileId) {

    public static final String NA_ENDPOINT = "https://advertising-api.amazon.com";

    public AdsAccount {
        Objects.requireNonNull(apiEndpoint, "apiEndpoint");
        Objects.requireNonNull(lwaEndpoint, "lwaEndpoint");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(profileId, "profileId");
        apiEndpoint = apiEndpoint.endsWith("/") ? apiEndpoint.substring(0, apiEndpoint.length() - 1) : apiEndpoint;
    }
}
