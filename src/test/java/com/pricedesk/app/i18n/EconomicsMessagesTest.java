package com.pricedesk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.cost.fees.SizeTier;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The unit economics texts exist in English and Chinese, for every waterfall line and size tier. */
class EconomicsMessagesTest {
    private static final Set<String> LINES = Set.of("purchase", "freight", "tariff", "handling", "referral", "closing",
            "fba", "fuel_surcharge", "storage", "aged_inventory", "inbound_placement", "returns", "advertising",
            "rounding");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EconomicsMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> economicsKeys(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("economics.") || k.startsWith("sizeTier.")
                || k.startsWith("cli.fees.") || k.startsWith("cli.quote.") || k.startsWith("pricedesk.fees.")
                || k.startsWith("pricedesk.quote.")).collect(Collectors.toSet());
    }

    @Test
    void bothLanguagesHaveTheSameUnitEconomicsKeys() throws IOException {
        Set<String> en = economicsKeys(load("messages.properties"));
        assertThat(economicsKeys(load("messages_zh_CN.properties"))).isEqualTo(en);
        for (String line : LINES) {
            assertThat(en).contains("economics.line." + line);
        }
        for (SizeTier t : SizeTier.values()) {
            assertThat(en).contains(t.messageKey());
        }
    }

    @Test
    void chineseUsesTheGlossaryTerms() {
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.get("economics.line.referral")).isEqualTo("佣金");
        assertThat(zh.get("economics.line.fba")).isEqualTo("FBA配送费");
        assertThat(zh.get("economics.breakEven")).isEqualTo("保本价");
        assertThat(zh.get("sizeTier.small_bulky")).isEqualTo("小号大件");
    }
}
