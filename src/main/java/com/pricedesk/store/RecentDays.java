package com.pricedesk.store;

import com.pricedesk.domain.market.SkuDay;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * One SKU's last {@value #DAYS} days of the daily figures the engine's facts read (units, sessions,
 * ordered sales, rank, ad spend, ad sales, stock), packed into one small row of {@code sku_recent}
 * (V13). The writers of {@code sku_day} keep it equal to the rows, in the same transaction, so the
 * facts of 100,000 SKUs read 100,000 rows instead of ~50 daily rows per SKU.
 *
 * <p>The window is the {@value #DAYS} days ending on {@link #lastDay()}, the latest day ever written for
 * the SKU. It holds every row of those days exactly as {@code sku_day} has it: which days have a row,
 * and which of the figures are known (null stays unknown, never zero). Money is kept in exact cents.
 *
 * <p>Packed form: per day with a row, the days back from the last day (one byte), a byte whose bit 7
 * says the row exists and bits 0–6 which figures are known, then each known figure as a zig-zag varint.
 */
final class RecentDays {
    /** 30 days of sales before today plus today, and nine days of slack while a sync is late. */
    static final int DAYS = 40;
    static final int UNITS = 0;
    static final int SESSIONS = 1;
    static final int SALES = 2;
    static final int BSR = 3;
    static final int AD_SPEND = 4;
    static final int AD_SALES = 5;
    static final int INVENTORY = 6;
    static final int FIELDS = 7;
    private static final int ROW = 0x80;

    private LocalDate lastDay;
    private long lastEpochDay;
    /** Slot i is the day {@code lastDay - i}: its figures at {@code values[i * FIELDS + field]}. */
    private final long[] values = new long[DAYS * FIELDS];
    private final int[] masks = new int[DAYS];

    RecentDays(LocalDate lastDay) {
        setLastDay(lastDay);
    }

    private void setLastDay(LocalDate day) {
        this.lastDay = day;
        this.lastEpochDay = day == null ? 0 : day.toEpochDay();
    }

    LocalDate lastDay() {
        return lastDay;
    }

    /** Whether every row from {@code from} on is in the window (rows before the window are not). */
    boolean covers(LocalDate from) {
        return !from.isBefore(lastDay.minusDays(DAYS - 1));
    }

    private int slot(LocalDate day) {
        long back = ChronoUnit.DAYS.between(day, lastDay);
        return back < 0 || back >= DAYS ? -1 : (int) back;
    }

    /** The slot of the day {@code back} days before {@code today}, or -1 outside the window. */
    int slotBefore(LocalDate today, int back) {
        return slotBefore(today.toEpochDay(), back);
    }

    /** The same with today as an epoch day (no date arithmetic per call). */
    int slotBefore(long todayEpochDay, int back) {
        long s = lastEpochDay - todayEpochDay + back;
        return s < 0 || s >= DAYS ? -1 : (int) s;
    }

    boolean rowAt(int slot) {
        return slot >= 0 && (masks[slot] & ROW) != 0;
    }

    boolean knownAt(int slot, int field) {
        return slot >= 0 && (masks[slot] & (1 << field)) != 0;
    }

    long at(int slot, int field) {
        return values[slot * FIELDS + field];
    }

    /** Whether the day has a row. */
    boolean hasRow(LocalDate day) {
        int s = slot(day);
        return s >= 0 && (masks[s] & ROW) != 0;
    }

    boolean known(LocalDate day, int field) {
        int s = slot(day);
        return s >= 0 && (masks[s] & (1 << field)) != 0;
    }

    long value(LocalDate day, int field) {
        return values[slot(day) * FIELDS + field];
    }

    /** Moves the window forward so that it ends on {@code day}; days leaving it are forgotten. */
    private void advanceTo(LocalDate day) {
        int shift = (int) Math.min(DAYS, ChronoUnit.DAYS.between(lastDay, day));
        if (shift <= 0) {
            return;
        }
        for (int i = DAYS - 1; i >= 0; i--) {
            int from = i - shift;
            if (from >= 0) {
                masks[i] = masks[from];
                System.arraycopy(values, from * FIELDS, values, i * FIELDS, FIELDS);
            } else {
                masks[i] = 0;
                java.util.Arrays.fill(values, i * FIELDS, (i + 1) * FIELDS, 0);
            }
        }
        setLastDay(day);
    }

    /** Applies one written row as MERGE writes it: only the columns of {@code fields} change. */
    void write(SkuDay d, Set<SkuDay.Field> fields) {
        if (d.day().isAfter(lastDay)) {
            advanceTo(d.day());
        }
        int s = slot(d.day());
        if (s < 0) {
            return;
        }
        masks[s] |= ROW;
        for (SkuDay.Field f : fields) {
            switch (f) {
                case SALES -> {
                    set(s, UNITS, d.units());
                    set(s, SESSIONS, d.sessions());
                    set(s, SALES, cents(d.orderedSales()));
                }
                case BSR -> set(s, BSR, d.bsr());
                case ADS -> {
                    set(s, AD_SPEND, cents(d.adSpend()));
                    set(s, AD_SALES, cents(d.adSales()));
                }
                case INVENTORY -> set(s, INVENTORY, d.inventory());
                default -> { }
            }
        }
    }

    /** Sets a figure of a row read from {@code sku_day} (null: unknown). */
    void read(LocalDate day, int field, Number value) {
        if (day.isAfter(lastDay)) {
            advanceTo(day);
        }
        int s = slot(day);
        if (s >= 0) {
            masks[s] |= ROW;
            set(s, field, value);
        }
    }

    private void set(int s, int field, Number v) {
        if (v == null) {
            masks[s] &= ~(1 << field);
            values[s * FIELDS + field] = 0;
        } else {
            masks[s] |= 1 << field;
            values[s * FIELDS + field] = v.longValue();
        }
    }

    static Long cents(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    byte[] pack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(DAYS * 12);
        for (int s = 0; s < DAYS; s++) {
            if (masks[s] == 0) {
                continue;
            }
            out.write(s);
            out.write(masks[s]);
            for (int f = 0; f < FIELDS; f++) {
                if ((masks[s] & (1 << f)) != 0) {
                    long v = values[s * FIELDS + f];
                    long z = (v << 1) ^ (v >> 63);
                    while ((z & ~0x7FL) != 0) {
                        out.write((int) ((z & 0x7F) | 0x80));
                        z >>>= 7;
                    }
                    out.write((int) z);
                }
            }
        }
        return out.toByteArray();
    }

    static RecentDays unpack(LocalDate lastDay, byte[] b) {
        RecentDays r = new RecentDays(lastDay);
        r.unpackInto(b);
        return r;
    }

    /** Makes this the pack {@code b} ending on {@code lastDay}, reusing its arrays (readers of many packs). */
    RecentDays reset(LocalDate lastDay, byte[] b) {
        setLastDay(lastDay);
        java.util.Arrays.fill(masks, 0);
        java.util.Arrays.fill(values, 0);
        unpackInto(b);
        return this;
    }

    private void unpackInto(byte[] b) {
        RecentDays r = this;
        int i = 0;
        while (i < b.length) {
            int s = b[i++] & 0xFF;
            int mask = b[i++] & 0xFF;
            r.masks[s] = mask;
            for (int f = 0; f < FIELDS; f++) {
                if ((mask & (1 << f)) != 0) {
                    long z = 0;
                    int shift = 0;
                    int x;
                    do {
                        x = b[i++];
                        z |= (long) (x & 0x7F) << shift;
                        shift += 7;
                    } while ((x & 0x80) != 0);
                    r.values[s * FIELDS + f] = (z >>> 1) ^ -(z & 1);
                }
            }
        }
    }
}
