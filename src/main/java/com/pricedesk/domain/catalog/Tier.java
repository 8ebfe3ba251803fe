package com.pricedesk.domain.catalog;

/** The seller's product grading (产品分级); each tier carries its own KPI targets. */
public enum Tier {
    HERO, REGULAR, LAUNCH, CLEARANCE;

    /** Message key for the tier's display name, e.g. {@code tier.hero}. */
    public String messageKey() {
        return "tier." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Tier parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "HERO", "主推", "主推款" -> HERO;
            case "REGULAR", "常规", "常规款" -> REGULAR;
            case "LAUNCH", "NEW", "NEW_LAUNCH", "新品" -> LAUNCH;
            case "CLEARANCE", "清仓", "清仓款" -> CLEARANCE;
            default -> throw new IllegalArgumentException(
                    "Unknown tier '" + text + "': use hero, regular, launch or clearance");
        };
    }
}
