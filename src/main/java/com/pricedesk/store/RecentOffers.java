package com.pricedesk.store;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One SKU's recent offers snapshots packed into one row of {@code sku_offers} (V16): every snapshot
 * of {@code offer_snapshot} from {@value #RETAIN_DAYS} days before its latest one on, each with all its
 * rows of {@code offer_row}, exactly as the tables hold them (money in exact cents, unknown kept apart
 * from zero). {@code saveOffers} keeps it equal to the tables in the same transaction, so the engine's
 * facts for 100,000 SKUs read 100,000 small rows instead of every offer row of the last 30 days.
 *
 * <p>Packed form: a version byte; the sellers named in the pack (varint count, then each as varint
 * length + UTF-8); the snapshots oldest first, each: its time in epoch microseconds (zig-zag varint,
 * the first absolute, then the difference from the one before), a flags byte (our price known, Buy Box
 * price known, we hold the Buy Box), our price and the Buy Box price in cents when known, the
 * competitor count, the number of rows, then per row its position, the seller's index, the landed
 * price in cents, a flags byte (ours, FBA, the condition in two bits, rating known, handling known),
 * the rating in hundredths of a percent and the handling days when known.
 */
final class RecentOffers {
    static final int RETAIN_DAYS = 40;
    static final long RETAIN_MICROS = Duration.ofDays(RETAIN_DAYS).toNanos() / 1_000;
    static final long NONE = Long.MIN_VALUE;
    private static final int VERSION = 1;
    static final int OUR_KNOWN = 1;
    static final int BUY_BOX_KNOWN = 2;
    static final int HELD = 4;
    static final int ROW_OURS = 1;
    static final int ROW_FBA = 2;
    static final int ROW_CONDITION_SHIFT = 2;
    static final int ROW_RATING_KNOWN = 16;
    static final int ROW_HANDLING_KNOWN = 32;

    /** One offer row as the table holds it. {@code rating} and {@code handling} are {@link #NONE} when unknown. */
    record Row(int position, String seller, long landed, int flags, long rating, long handling) {
        boolean ours() {
            return (flags & ROW_OURS) != 0;
        }
    }

    /** One offers snapshot as the table holds it; prices {@link #NONE} when unknown. */
    record Snap(long micros, long our, long buyBox, boolean held, int competitors, List<Row> rows) {
    }

    /** Oldest first, at most one per time. */
    private final List<Snap> snaps = new ArrayList<>();

    List<Snap> snapshots() {
        return snaps;
    }

    /** Adds a snapshot (replacing one of the same time), then drops those older than the window. */
    void put(Snap s) {
        if (!snaps.isEmpty() && s.micros() < latest() - RETAIN_MICROS) {
            return;
        }
        int i = snaps.size();
        while (i > 0 && snaps.get(i - 1).micros() > s.micros()) {
            i--;
        }
        if (i > 0 && snaps.get(i - 1).micros() == s.micros()) {
            snaps.set(i - 1, s);
        } else {
            snaps.add(i, s);
        }
        long cut = latest() - RETAIN_MICROS;
        int drop = 0;
        while (snaps.get(drop).micros() < cut) {
            drop++;
        }
        snaps.subList(0, drop).clear();
    }

    long latest() {
        return snaps.get(snaps.size() - 1).micros();
    }

    boolean isEmpty() {
        return snaps.isEmpty();
    }

    static long micros(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** Exact cents of a value the table holds with two decimals. */
    static long cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    static long centsOrNone(BigDecimal v) {
        return v == null ? NONE : cents(v);
    }

    static BigDecimal decimal(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    byte[] pack() {
        Map<String, Integer> index = new HashMap<>();
        List<String> sellers = new ArrayList<>();
        for (Snap s : snaps) {
            for (Row r : s.rows()) {
                if (!index.containsKey(r.seller())) {
                    index.put(r.seller(), sellers.size());
                    sellers.add(r.seller());
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + snaps.size() * 48);
        out.write(VERSION);
        varint(out, sellers.size());
        for (String seller : sellers) {
            byte[] b = seller.getBytes(StandardCharsets.UTF_8);
            varint(out, b.length);
            out.write(b, 0, b.length);
        }
        varint(out, snaps.size());
        long previous = 0;
        for (Snap s : snaps) {
            zigzag(out, s.micros() - previous);
            previous = s.micros();
            out.write((s.our() != NONE ? OUR_KNOWN : 0) | (s.buyBox() != NONE ? BUY_BOX_KNOWN : 0)
                    | (s.held() ? HELD : 0));
            if (s.our() != NONE) {
                zigzag(out, s.our());
            }
            if (s.buyBox() != NONE) {
                zigzag(out, s.buyBox());
            }
            varint(out, s.competitors());
            varint(out, s.rows().size());
            for (Row r : s.rows()) {
                varint(out, r.position());
                varint(out, index.get(r.seller()));
                zigzag(out, r.landed());
                out.write(r.flags());
                if (r.rating() != NONE) {
                    zigzag(out, r.rating());
                }
                if (r.handling() != NONE) {
                    zigzag(out, r.handling());
                }
            }
        }
        return out.toByteArray();
    }

    static RecentOffers unpack(byte[] b) {
        Decoded d = new Decoded();
        d.decode(b);
        RecentOffers r = new RecentOffers();
        for (int s = 0; s < d.snapCount; s++) {
            List<Row> rows = new ArrayList<>(d.rowEnd[s] - d.rowStart[s]);
            for (int k = d.rowStart[s]; k < d.rowEnd[s]; k++) {
                rows.add(new Row(d.position[k], d.sellers[d.seller[k]], d.landed[k], d.rowFlags[k], d.rating[k],
                        d.handling[k]));
            }
            r.snaps.add(new Snap(d.micros[s], d.our[s], d.buyBox[s], (d.flags[s] & HELD) != 0, d.competitors[s],
                    rows));
        }
        return r;
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static void zigzag(ByteArrayOutputStream out, long v) {
        varint(out, (v << 1) ^ (v >> 63));
    }

    /**
     * A pack decoded into flat arrays, reused from SKU to SKU so reading 100,000 packs allocates little
     * beyond the sellers' names.
     */
    static final class Decoded {
        String[] sellers = new String[16];
        int sellerCount;
        int snapCount;
        long[] micros = new long[16];
        long[] our = new long[16];
        long[] buyBox = new long[16];
        int[] flags = new int[16];
        int[] competitors = new int[16];
        int[] rowStart = new int[16];
        int[] rowEnd = new int[16];
        int rowCount;
        int[] position = new int[64];
        int[] seller = new int[64];
        long[] landed = new long[64];
        int[] rowFlags = new int[64];
        long[] rating = new long[64];
        long[] handling = new long[64];
        private byte[] b;
        private int p;

        void decode(byte[] bytes) {
            this.b = bytes;
            this.p = 0;
            int version = b[p++];
            if (version != VERSION) {
                throw new IllegalStateException("packed offers of unknown version " + version);
            }
            sellerCount = (int) varint();
            if (sellers.length < sellerCount) {
                sellers = new String[Math.max(sellerCount, sellers.length * 2)];
            }
            for (int i = 0; i < sellerCount; i++) {
                int len = (int) varint();
                sellers[i] = new String(b, p, len, StandardCharsets.UTF_8);
                p += len;
            }
            snapCount = (int) varint();
            if (micros.length < snapCount) {
                int n = Math.max(snapCount, micros.length * 2);
                micros = Arrays.copyOf(micros, n);
                our = Arrays.copyOf(our, n);
                buyBox = Arrays.copyOf(buyBox, n);
                flags = Arrays.copyOf(flags, n);
                competitors = Arrays.copyOf(competitors, n);
                rowStart = Arrays.copyOf(rowStart, n);
                rowEnd = Arrays.copyOf(rowEnd, n);
            }
            rowCount = 0;
            long previous = 0;
            for (int s = 0; s < snapCount; s++) {
                previous += zigzag();
                micros[s] = previous;
                int f = b[p++];
                flags[s] = f;
                our[s] = (f & OUR_KNOWN) != 0 ? zigzag() : NONE;
                buyBox[s] = (f & BUY_BOX_KNOWN) != 0 ? zigzag() : NONE;
                competitors[s] = (int) varint();
                int rows = (int) varint();
                rowStart[s] = rowCount;
                if (position.length < rowCount + rows) {
                    int n = Math.max(rowCount + rows, position.length * 2);
                    position = Arrays.copyOf(position, n);
                    seller = Arrays.copyOf(seller, n);
                    landed = Arrays.copyOf(landed, n);
                    rowFlags = Arrays.copyOf(rowFlags, n);
                    rating = Arrays.copyOf(rating, n);
                    handling = Arrays.copyOf(handling, n);
                }
                for (int k = 0; k < rows; k++, rowCount++) {
                    position[rowCount] = (int) varint();
                    seller[rowCount] = (int) varint();
                    landed[rowCount] = zigzag();
                    int rf = b[p++];
                    rowFlags[rowCount] = rf;
                    rating[rowCount] = (rf & ROW_RATING_KNOWN) != 0 ? zigzag() : NONE;
                    handling[rowCount] = (rf & ROW_HANDLING_KNOWN) != 0 ? zigzag() : NONE;
                }
                rowEnd[s] = rowCount;
            }
        }

        private long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte x = b[p++];
                v |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        private long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }
    }
}
