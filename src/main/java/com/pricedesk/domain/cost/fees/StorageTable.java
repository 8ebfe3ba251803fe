package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/** Monthly inventory storage rates (月度仓储费), USD per cubic foot, by size group and season. */
public record StorageTable(TableInfo info, Rates standard, Rates bulky) {

    /** January–September and October–December rates. */
    public record Rates(BigDecimal janSep, BigDecimal octDec) {
        public Rates {
            Objects.requireNonNull(janSep, "Jan-Sep rate");
            Objects.requireNonNull(octDec, "Oct-Dec rate");
        }

        public BigDecimal in(Month month) {
            return month.getValue() >= Month.OCTOBER.getValue() ? octDec : janSep;
        }
    }

    public StorageTable {
        Objects.requireNonNull(info, "table info");
        Objects.requireNonNull(standard, "standard-size rates");
        Objects.requireNonNull(bulky, "bulky rates");
    }

    /**
     * Storage per unit over {@code months} starting on {@code from}: cubic feet × the rate of each calendar
     * month it spends there, so 1.5 months from November is a November and half a December at the Q4 rate.
     * Small bulky is billed with large bulky and extra-large (it is oversize inventory).
     */
    public BigDecimal perUnit(SizeTier tier, PackageSize pkg, LocalDate from, BigDecimal months) {
        Rates rates = tier.isStandard() ? standard : bulky;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal remaining = months;
        LocalDate month = from;
        while (remaining.signum() > 0) {
            BigDecimal share = remaining.min(BigDecimal.ONE);
            total = total.add(rates.in(month.getMonth()).multiply(share));
            remaining = remaining.subtract(share);
            month = month.plusMonths(1);
        }
        return pkg.perCubicFoot(total);
    }
}
