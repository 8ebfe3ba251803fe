package com.pricedesk.amazon;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson set-up of the wire DTOs. No global naming strategy: Amazon mixes PascalCase (pricing
 * v0) and camelCase in the same bodies, so every DTO names its fields itself.
 */
final class WireJson {
    private WireJson() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                // Amazon adds fields without notice; only the fields we map matter.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Money must never pass through double.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // 24.99, never 2.499E+1.
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    }
}
