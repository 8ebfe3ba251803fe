package com.pricedesk.domain.account;

import java.util.Objects;

/**
 * A credential value (LWA client secret, refresh token). Its text comes out only through
 * {@link #reveal()}, so it cannot slip into logs, exceptions or exports by string conversion.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A secret cannot be empty");
        }
        return new Secret(value);
    }

    /** The plain value, for the one place that must send it (the LWA token request) or seal it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "******";
    }
}
