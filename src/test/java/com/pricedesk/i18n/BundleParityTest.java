package com.pricedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every user-facing string exists in English and in Simplified Chinese. */
class BundleParityTest {

    @Test
    void englishAndChineseHoldTheSameKeys() throws IOException {
        Properties en = load("/i18n/messages.properties");
        Properties zh = load("/i18n/messages_zh_CN.properties");
        Set<String> missingInChinese = new TreeSet<>(en.stringPropertyNames());
        missingInChinese.removeAll(zh.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(zh.stringPropertyNames());
        missingInEnglish.removeAll(en.stringPropertyNames());
        assertThat(missingInChinese).as("keys missing in messages_zh_CN.properties").isEmpty();
        assertThat(missingInEnglish).as("keys missing in messages.properties").isEmpty();
        assertThat(en).isNotEmpty();
    }

    @Test
    void noValueIsBlankAndChineseIsTranslated() throws IOException {
        Properties en = load("/i18n/messages.properties");
        Properties zh = load("/i18n/messages_zh_CN.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(zh.getProperty(key, "x")).as("Chinese " + key).isNotBlank();
        }
        long chineseValues = zh.values().stream().map(Object::toString)
                .filter(v -> v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        // Most values must really be Chinese; SKU/ASIN/FBA stay in English as sellers write them.
        assertThat(chineseValues).isGreaterThan(zh.size() * 3L / 4);
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleParityTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
