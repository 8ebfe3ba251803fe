package com.pricedesk.sim;

/**
 * The test credentials the simulator accepts. They guard nothing real, but are still kept out of
 * {@link #toString()} so that code handling them the way it handles Amazon's can be checked.
 */
public record SimCredentials(String clientId, String clientSecret, String refreshToken, String sellerId) {
    @Override
    public String toString() {
        return "SimCredentials[clientId=" + clientId + ", sellerId=" + sellerId + "]";
    }
}
