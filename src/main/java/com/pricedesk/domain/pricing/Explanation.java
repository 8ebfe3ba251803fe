package com.pricedesk.domain.pricing;

import java.util.Locale;
import java.util.Objects;

/** A sentence for the seller in English and in Simplified Chinese; the domain writes both, the UI picks one. */
public record Explanation(String english, String chinese) {
    public Explanation {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
    }

    public static Explanation of(String english, String chinese) {
        return new Explanation(english, chinese);
    }

    /** Chinese for any zh locale, English otherwise (the same choice the resource bundles make). */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    /** Both halves joined with {@code separator} (and its Chinese counterpart). */
    public Explanation then(String separator, String chineseSeparator, Explanation next) {
        return new Explanation(english + separator + next.english, chinese + chineseSeparator + next.chinese);
    }
}
