package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Login with Amazon token endpoint bodies. */
final class LwaWire {
    private LwaWire() {
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") Long expiresIn) {
        @Override
        public String toString() {
            return "TokenResponse[expiresIn=" + expiresIn + "]";
        }
    }

    record ErrorResponse(@JsonProperty("error") String error,
                         @JsonProperty("error_description") String errorDescription) {
    }
}
