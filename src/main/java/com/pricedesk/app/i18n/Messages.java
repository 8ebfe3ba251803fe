package com.pricedesk.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing text in English or Simplified Chinese, from {@code i18n/messages*.properties}. */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale ENGLISH = Locale.US;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        // The root bundle is English; NO_FALLBACK stops the JVM's default locale from sneaking in.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese for any zh locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Parses {@code --lang} values: en, zh-CN (also zh, zh_CN). */
    public static Locale parseLanguage(String tag) {
        String t = tag.trim().replace('_', '-');
        if (t.equalsIgnoreCase("en") || t.toLowerCase(Locale.ROOT).startsWith("en-")) {
            return ENGLISH;
        }
        if (t.equalsIgnoreCase("zh") || t.equalsIgnoreCase("zh-CN") || t.equalsIgnoreCase("zh-Hans")) {
            return CHINESE;
        }
        throw new IllegalArgumentException("Unsupported language '" + tag + "': use en or zh-CN");
    }

    public static String tag(Locale locale) {
        return supported(locale) == CHINESE ? "zh-CN" : "en";
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug, but the seller should still see something meaningful.
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
