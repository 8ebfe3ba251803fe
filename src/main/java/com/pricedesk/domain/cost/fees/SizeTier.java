package com.pricedesk.domain.cost.fees;

import java.util.Arrays;
import java.util.Locale;

/** Amazon US FBA product size tier (尺寸分段); extra-large is split by shipping weight as the rate card is. */
public enum SizeTier {
    SMALL_STANDARD, LARGE_STANDARD, SMALL_BULKY, LARGE_BULKY,
    EXTRA_LARGE_0_50, EXTRA_LARGE_50_70, EXTRA_LARGE_70_150, EXTRA_LARGE_150_PLUS;

    /** The id used in the fee tables and the CLI, e.g. {@code large_standard}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SizeTier ofId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown size tier '" + id + "'"));
    }

    public boolean isStandard() {
        return this == SMALL_STANDARD || this == LARGE_STANDARD;
    }

    public boolean isExtraLarge() {
        return ordinal() >= EXTRA_LARGE_0_50.ordinal();
    }

    /** Message key of the seller-facing name, e.g. {@code sizeTier.large_standard}. */
    public String messageKey() {
        return "sizeTier." + id();
    }
}
