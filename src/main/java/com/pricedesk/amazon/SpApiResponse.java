package com.pricedesk.amazon;

/** A successful SP-API response body with the request id Amazon gave it (for support tickets). */
record SpApiResponse(int status, String body, String requestId) {
}
