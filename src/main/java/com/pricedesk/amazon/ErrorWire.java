package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The error body every SP-API returns: {@code {"errors":[{"code","message","details"}]}}. */
final class ErrorWire {
    private ErrorWire() {
    }

    record Error(@JsonProperty("code") String code, @JsonProperty("message") String message,
                 @JsonProperty("details") String details) {
    }

    record ErrorList(@JsonProperty("errors") List<Error> errors) {
    }
}
