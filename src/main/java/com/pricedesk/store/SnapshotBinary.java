package com.pricedesk.store;

import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceSettings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * A {@link SkuSnapshot} as a compact byte string for import history (schema V15), about a fifth of
 * the size of {@link SnapshotJson}'s text and written without a JSON generator.
 *
 * <p>Why: storing the full before/after JSON of 100,000 SKUs (≈ 100 MB of text) in the import's one
 * transaction was most of what the commit added to reading the sheet. Every value keeps its exact
 * decimal (unscaled digits and scale), so a revert restores what was stored, to the last digit and
 * scale; enum values are stored by name, so reordering an enum cannot change old history.
 *
 * <p>Layout (version 1): a version byte, then the SKU's strings (seller SKU, ASIN, title, local
 * title, category, tier), the tags, dimensions and weight (each with a presence byte), then the cost
 * profile (presence byte, its moneys, basis, divisor, percentages). Strings are a varint length + 1
 * (0 = null) and UTF-8; decimals are a zig-zag varint scale and a zig-zag varint unscaled value (or,
 * beyond a long, a length-prefixed two's-complement byte string). Version 2 is version 1 followed by
 * the seller's prices (manual minimum, manual maximum, regular price: a money each, absent = none);
 * version 1 entries, written before those were kept, read back as not speaking for them.
 */
final class SnapshotBinary {
    static final byte VERSION = 1;
    /** Version 1 followed by the seller's prices: manual minimum, manual maximum, regular price (each a money). */
    static final byte VERSION_WITH_PRICES = 2;

    byte[] write(SkuSnapshot s) {
        if (s == null) {
            return null;
        }
        Out out = new Out();
        writeTo(out, s);
        return out.bytes();
    }

    /** Appends {@code s} (not null) to {@code out}, version byte first. */
    private static void writeTo(Out out, SkuSnapshot s) {
        // a snapshot that does not speak for the prices keeps version 1's exact bytes
        out.b(s.prices() == null ? VERSION : VERSION_WITH_PRICES);
        Sku k = s.sku();
        out.str(k.sellerSku());
        out.str(k.asin());
        out.str(k.title());
        out.str(k.localTitle());
        out.str(k.category());
        out.str(k.tier().name());
        out.varint(k.tags().size());
        for (String t : k.tags()) {
            out.str(t);
        }
        Dimensions d = k.dimensions();
        out.b(d == null ? 0 : 1);
        if (d != null) {
            out.dec(d.lengthCm());
            out.dec(d.widthCm());
            out.dec(d.heightCm());
        }
        out.b(k.weight() == null ? 0 : 1);
        if (k.weight() != null) {
            out.dec(k.weight().kg());
        }
        CostProfile p = s.cost();
        out.b(p == null ? 0 : 1);
        if (p != null) {
            out.money(p.purchase());
            out.str(p.freightBasis().name());
            out.money(p.freightRate());
            out.varint(p.volumetricDivisor());
            out.dec(p.tariffPct());
            out.money(p.customsValue());
            out.money(p.packaging());
            out.money(p.labeling());
            out.money(p.prep());
            out.money(p.other());
            out.money(p.inboundPlacement());
            out.dec(p.returnRatePct());
            out.dec(p.unsellablePct());
            out.dec(p.tacosPct());
            out.dec(p.storageMonths());
        }
        PriceSettings prices = s.prices();
        if (prices != null) {
            out.money(prices.manualMin());
            out.money(prices.manualMax());
            out.money(prices.regularPrice());
        }
    }

    SkuSnapshot read(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        In in = new In(bytes);
        SkuSnapshot s = readFrom(in);
        if (!in.done()) {
            throw new IllegalStateException("Corrupt import history entry: " + (bytes.length - in.pos)
                    + " bytes left over");
        }
        return s;
    }

    /** Reads one snapshot written by {@link #writeTo} from where {@code in} stands. */
    private static SkuSnapshot readFrom(In in) {
        int version = in.b();
        if (version != VERSION && version != VERSION_WITH_PRICES) {
            throw new IllegalStateException("Corrupt import history entry: unknown snapshot version " + version);
        }
        try {
            String sellerSku = in.str();
            String asin = in.str();
            String title = in.str();
            String localTitle = in.str();
            String category = in.str();
            Tier tier = Tier.valueOf(in.str());
            int tagCount = in.varint();
            List<String> tags = new ArrayList<>(tagCount);
            for (int i = 0; i < tagCount; i++) {
                tags.add(in.str());
            }
            Dimensions dims = in.b() == 1 ? new Dimensions(in.dec(), in.dec(), in.dec()) : null;
            Weight weight = in.b() == 1 ? new Weight(in.dec()) : null;
            Sku sku = new Sku(sellerSku, asin, title, localTitle, category, tier, tags, dims, weight);
            CostProfile cost = null;
            if (in.b() == 1) {
                Money purchase = in.money();
                FreightBasis basis = FreightBasis.valueOf(in.str());
                cost = new CostProfile(purchase, basis, in.money(), in.varint(), in.dec(), in.money(), in.money(),
                        in.money(), in.money(), in.money(), in.money(), in.dec(), in.dec(), in.dec(), in.dec());
            }
            PriceSettings prices = version == VERSION_WITH_PRICES
                    ? new PriceSettings(in.money(), in.money(), in.money()) : null;
            return new SkuSnapshot(sku, cost, prices);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("Corrupt import history entry: cut short", e);
        }
    }

    static final class Out {
        private byte[] buf = new byte[192];
        private int len;

        void b(int v) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[len++] = (byte) v;
        }

        void bytes(byte[] v) {
            if (len + v.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + v.length));
            }
            System.arraycopy(v, 0, buf, len, v.length);
            len += v.length;
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                b((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            b((int) v);
        }

        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void str(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length + 1L);
            bytes(utf8);
        }

        void dec(BigDecimal d) {
            if (d == null) {
                b(0);
                return;
            }
            BigInteger unscaled = d.unscaledValue();
            if (unscaled.bitLength() < 63) {
                b(1);
                zigzag(d.scale());
                zigzag(unscaled.longValue());
            } else {
                b(2);
                zigzag(d.scale());
                byte[] raw = unscaled.toByteArray();
                varint(raw.length);
                bytes(raw);
            }
        }

        void money(Money m) {
            if (m == null) {
                b(0);
                return;
            }
            b(1);
            dec(m.amount());
            str(m.currency().getCurrencyCode());
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, len);
        }
    }

    static final class In {
        private final byte[] buf;
        private int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        boolean done() {
            return pos == buf.length;
        }

        byte[] take(int n) {
            if (n < 0 || pos + n > buf.length) {
                throw new ArrayIndexOutOfBoundsException(pos + n);
            }
            byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return out;
        }

        void skip(int n) {
            if (n < 0 || pos + n > buf.length) {
                throw new ArrayIndexOutOfBoundsException(pos + n);
            }
            pos += n;
        }

        int b() {
            return buf[pos++] & 0xFF;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = b();
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalStateException("Corrupt import history entry: varint too long");
        }

        int varint() {
            return Math.toIntExact(varlong());
        }

        long zigzag() {
            long v = varlong();
            return (v >>> 1) ^ -(v & 1);
        }

        String str() {
            int n = varint();
            if (n == 0) {
                return null;
            }
            if (pos + n - 1 > buf.length) {
                throw new ArrayIndexOutOfBoundsException(pos + n - 1);
            }
            String s = new String(buf, pos, n - 1, StandardCharsets.UTF_8);
            pos += n - 1;
            return s;
        }

        BigDecimal dec() {
            int kind = b();
            if (kind == 0) {
                return null;
            }
            int scale = Math.toIntExact(zigzag());
            if (kind == 1) {
                return BigDecimal.valueOf(zigzag(), scale);
            }
            int n = varint();
            if (n == 0 || pos + n > buf.length) {
                throw new ArrayIndexOutOfBoundsException(pos + n);
            }
            BigInteger unscaled = new BigInteger(Arrays.copyOfRange(buf, pos, pos + n));
            pos += n;
            return new BigDecimal(unscaled, scale);
        }

        Money money() {
            if (b() == 0) {
                return null;
            }
            BigDecimal amount = dec();
            return new Money(amount, Currency.getInstance(str()));
        }
    }
}
