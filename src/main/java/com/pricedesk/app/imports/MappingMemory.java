package com.pricedesk.app.imports;

import com.pricedesk.domain.port.SettingsRepository;
import com.pricedesk.domain.imports.CostField;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the seller's column choices per header signature (the sheet's headers in order), so
 * the next import of the same template needs no re-mapping.
 */
public final class MappingMemory {
    private static final String PREFIX = "import.mapping.";
    /** Unit separator: cannot occur in a header typed in Excel. */
    private static final String SEP = "\u001F";
    private static final String IGNORE = "-";

    private final SettingsRepository settings;

    public MappingMemory(SettingsRepository settings) {
        this.settings = settings;
    }

    public Map<String, Optional<CostField>> recall(List<String> headers) {
        Map<String, Optional<CostField>> out = new LinkedHashMap<>();
        settings.get(key(headers)).ifPresent(v -> {
            for (String entry : v.split("\n")) {
                int eq = entry.lastIndexOf(SEP);
                if (eq > 0) {
                    String field = entry.substring(eq + 1);
                    out.put(entry.substring(0, eq), IGNORE.equals(field) ? Optional.empty()
                            : Optional.of(CostField.valueOf(field)));
                }
            }
        });
        return out;
    }

    public void remember(List<String> headers, Map<String, Optional<CostField>> choices) {
        StringBuilder v = new StringBuilder();
        choices.forEach((h, f) -> v.append(h.replace("\n", " ")).append(SEP)
                .append(f.map(Enum::name).orElse(IGNORE)).append('\n'));
        settings.put(key(headers), v.toString());
    }

    static String key(List<String> headers) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.join(SEP, headers)
                    .getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
