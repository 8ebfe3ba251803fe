package com.pricedesk.domain.cost.fees;

import java.util.List;

/** A category the referral fee schedule does not know; carries the closest known names. */
public final class UnknownCategoryException extends IllegalArgumentException {
    private final String category;
    private final List<String> closest;

    public UnknownCategoryException(String category, List<String> closest) {
        super("Unknown category '" + category + "'. Closest known categories: " + String.join(", ", closest));
        this.category = category;
        this.closest = List.copyOf(closest);
    }

    public String category() {
        return category;
    }

    public List<String> closest() {
        return closest;
    }
}
