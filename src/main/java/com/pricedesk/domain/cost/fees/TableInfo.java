package com.pricedesk.domain.cost.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Identity and provenance of one fee table version: its id (recorded on every fee it produces), the
 * dates it is in force (either end open), how sure the sources are, and whether the user entered it.
 */
public record TableInfo(String id, LocalDate effectiveFrom, LocalDate effectiveTo, String confidence,
                        List<String> sources, String note, boolean userDefined) {
    public TableInfo {
        Objects.requireNonNull(id, "table id");
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("Fee table " + id + " ends (" + effectiveTo + ") before it starts ("
                    + effectiveFrom + ")");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        confidence = confidence == null ? "" : confidence;
        note = note == null ? "" : note;
    }

    public boolean covers(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** "2026-01-15 onward", "until 2024-03-31", "2024-04-15 to 2026-01-14". */
    public String period() {
        if (effectiveFrom == null && effectiveTo == null) {
            return "always";
        }
        if (effectiveTo == null) {
            return effectiveFrom + " onward";
        }
        if (effectiveFrom == null) {
            return "until " + effectiveTo;
        }
        return effectiveFrom + " to " + effectiveTo;
    }

    /** The same table, corrected by the user: a new version id so quotes show which numbers they used. */
    public TableInfo corrected(String what) {
        String base = id.endsWith("+user") ? id : id + "+user";
        String n = note.isEmpty() ? "User corrections: " + what : note + " User corrections: " + what;
        return new TableInfo(base, effectiveFrom, effectiveTo, "user", sources, n, true);
    }
}
