package com.pricedesk.domain.market;

import java.util.Locale;

/** An offer's item condition as Amazon names it (the page was asked for one condition at a time). */
public enum ItemCondition {
    NEW, USED, REFURBISHED, COLLECTIBLE;

    /** Amazon's condition or sub-condition text ("New", "Used", "mint", "very_good", ...); null or unknown → NEW. */
    public static ItemCondition parse(String amazon) {
        if (amazon == null || amazon.isBlank()) {
            return NEW;
        }
        return switch (amazon.trim().toLowerCase(Locale.ROOT)) {
            case "used", "mint", "very_good", "verygood", "good", "acceptable", "poor" -> USED;
            case "refurbished" -> REFURBISHED;
            case "collectible", "club" -> COLLECTIBLE;
            default -> NEW;
        };
    }
}
