package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Aged inventory surcharge (超龄库存附加费) by inventory age: per cubic foot, per unit, or the greater. */
public record AgedInventoryTable(TableInfo info, List<Row> rows) {

    /** Age band in days (inclusive; {@code toDays} null = no end) and its monthly charges. */
    public record Row(int fromDays, Integer toDays, BigDecimal perCubicFoot, BigDecimal perUnit) {
        public Row {
            if (perCubicFoot == null && perUnit == null) {
                throw new IllegalArgumentException("Aged inventory band from day " + fromDays + " has no charge");
            }
        }

        boolean covers(int ageDays) {
            return ageDays >= fromDays && (toDays == null || ageDays <= toDays);
        }

        BigDecimal charge(PackageSize pkg) {
            BigDecimal byVolume = perCubicFoot == null ? BigDecimal.ZERO : pkg.perCubicFoot(perCubicFoot);
            BigDecimal byUnit = perUnit == null ? BigDecimal.ZERO : perUnit;
            return byVolume.max(byUnit);
        }
    }

    public AgedInventoryTable {
        Objects.requireNonNull(info, "table info");
        rows = List.copyOf(rows);
    }

    /** The monthly surcharge per unit at an inventory age; empty below the first band (no surcharge). */
    public Optional<BigDecimal> monthlyPerUnit(int ageDays, PackageSize pkg) {
        if (ageDays < 0) {
            throw new IllegalArgumentException("Inventory age must not be negative, was " + ageDays + " days");
        }
        return rows.stream().filter(r -> r.covers(ageDays)).findFirst().map(r -> r.charge(pkg));
    }
}
