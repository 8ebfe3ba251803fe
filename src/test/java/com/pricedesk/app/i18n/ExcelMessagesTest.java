package com.pricedesk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.imports.CostField;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message the importer can show exists in English and Chinese. */
class ExcelMessagesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ExcelMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHoldTheSameKeys() throws Exception {
        assertThat(load("messages_zh_CN.properties").keySet()).isEqualTo(load("messages.properties").keySet());
    }

    @Test
    void everyKeyTheImporterUsesExists() throws Exception {
        Properties en = load("messages.properties");
        java.util.regex.Pattern key = java.util.regex.Pattern.compile(
                "\"((?:excel|imports|cli\\.(?:import|imports|export))\\.[A-Za-z.\\-]+[A-Za-z])\"");
        int found = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = key.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    found++;
                    assertThat(en.getProperty(m.group(1))).as(m.group(1) + " in " + f).isNotNull();
                }
            }
        }
        assertThat(found).as("keys found in the sources").isGreaterThan(60);
        for (String basis : new String[] {"per-kg", "per-cbm", "per-unit"}) {
            assertThat(en.getProperty("excel.note.freightBasis." + basis)).isNotNull();
        }
    }

    @Test
    void everyFieldHasAName() throws Exception {
        Properties en = load("messages.properties");
        for (CostField f : CostField.values()) {
            assertThat(en.getProperty(f.messageKey())).as(f.name()).isNotBlank();
        }
    }

    @Test
    void messagesFormatWithTheirArguments() {
        Messages zh = new Messages(Messages.CHINESE);
        assertThat(zh.get("excel.row.duplicate", "A-1", "2, 5")).isEqualTo("SKU A-1 出现在多行（第 2, 5 行）；请只保留一行。");
        Messages en = new Messages(Messages.ENGLISH);
        assertThat(en.get("excel.value.percentAmbiguous", "5")).contains("5%");
    }
}
