package com.pricedesk.amazon;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL encoding for SP-API paths and queries. */
final class UrlPaths {
    private UrlPaths() {
    }

    /**
     * Encodes one path segment or query value. URLEncoder writes a space as '+', which a path
     * would read back as a literal plus, so spaces become %20 and '+' becomes %2B (BRIEF Q14).
     */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
