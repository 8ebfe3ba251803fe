package com.pricedesk.store;

import com.pricedesk.app.grid.GridRowCache;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.kpi.Kpi;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.kpi.KpiValue;
import com.pricedesk.domain.money.Money;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The grid's row snapshot as one binary file in the workspace ({@code cache/grid-rows.bin}): a plain
 * sequential format read in one pass, far cheaper than rebuilding the rows (catalogue, costs, unit
 * economics, market facts, KPIs). Written to a temporary file and moved into place, so a crash never
 * leaves half a snapshot; a file of another version or a damaged one is ignored (and rebuilt).
 */
public final class FileGridRowCache implements GridRowCache {
    private static final Logger log = LoggerFactory.getLogger(FileGridRowCache.class);
    private static final int MAGIC = 0x50444752; // "PDGR"
    /** 2: the seller's prices (manual minimum, manual maximum, regular price) after the KPI status. */
    private static final int VERSION = 2;

    private final Path file;
    /** Once the workspace is closed, a build still running in the background writes nothing more into it. */
    private boolean closed;

    public FileGridRowCache(Path file) {
        this.file = file;
    }

    /** The snapshot file of the workspace in {@code dataDir}. */
    public static FileGridRowCache in(Path dataDir) {
        return new FileGridRowCache(dataDir.resolve("cache").resolve("grid-rows.bin"));
    }

    @Override
    public Optional<Snapshot> load() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                log.info("Grid row cache {} is of another version: ignored", file);
                return Optional.empty();
            }
            Instant builtAt = Instant.ofEpochMilli(in.readLong());
            int n = in.readInt();
            Reader r = new Reader(in);
            List<SkuGridRow> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                rows.add(r.row());
            }
            return Optional.of(new Snapshot(builtAt, rows));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.warn("Grid row cache {} could not be read: ignored ({})", file, e.toString());
            return Optional.empty();
        }
    }

    /** No more writes from now on; waits for a write in progress to finish. */
    public synchronized void close() {
        closed = true;
    }

    @Override
    public synchronized void save(Snapshot snapshot) {
        if (closed) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                    1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeLong(snapshot.builtAt().toEpochMilli());
                out.writeInt(snapshot.rows().size());
                for (SkuGridRow row : snapshot.rows()) {
                    write(out, row);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the grid row cache " + file, e);
        }
    }

    // ---- writing -----------------------------------------------------------------------------------

    private static void write(DataOutputStream out, SkuGridRow r) throws IOException {
        string(out, r.sellerSku());
        string(out, r.asin());
        string(out, r.title());
        string(out, r.localTitle());
        string(out, r.category());
        string(out, r.tier() == null ? null : r.tier().name());
        out.writeInt(r.tags().size());
        for (String t : r.tags()) {
            string(out, t);
        }
        money(out, r.purchase());
        money(out, r.freightRate());
        string(out, r.freightBasis() == null ? null : r.freightBasis().name());
        money(out, r.packaging());
        money(out, r.price());
        money(out, r.buyBoxPrice());
        out.writeByte(r.weHoldBuyBox() == null ? 2 : r.weHoldBuyBox() ? 1 : 0);
        money(out, r.lowestFba());
        money(out, r.lowestFbm());
        money(out, r.landedCost());
        money(out, r.fees());
        money(out, r.profit());
        decimal(out, r.marginPct());
        decimal(out, r.roiPct());
        money(out, r.breakEven());
        money(out, r.floor());
        money(out, r.ceiling());
        out.writeBoolean(r.belowFloor());
        decimal(out, r.daysOfCover());
        integer(out, r.inventoryAgeDays());
        decimal(out, r.conversionPct());
        decimal(out, r.acosPct());
        decimal(out, r.tacosPct());
        integer(out, r.bsr());
        out.writeInt(r.kpis().size());
        for (KpiValue k : r.kpis()) {
            string(out, k.kpi().name());
            decimal(out, k.value().orElse(null));
            decimal(out, k.target());
            string(out, k.status().name());
        }
        string(out, r.kpiStatus().name());
        money(out, r.manualMin());
        money(out, r.manualMax());
        money(out, r.regularPrice());
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void decimal(DataOutputStream out, BigDecimal d) throws IOException {
        if (d == null) {
            out.writeByte(0);
        } else if (d.unscaledValue().bitLength() < 63) {
            out.writeByte(1);
            out.writeLong(d.unscaledValue().longValue());
            out.writeInt(d.scale());
        } else {
            out.writeByte(2);
            byte[] b = d.unscaledValue().toByteArray();
            out.writeInt(b.length);
            out.write(b);
            out.writeInt(d.scale());
        }
    }

    private static void money(DataOutputStream out, Money m) throws IOException {
        decimal(out, m == null ? null : m.amount());
        if (m != null) {
            string(out, m.currency().getCurrencyCode());
        }
    }

    private static void integer(DataOutputStream out, Integer i) throws IOException {
        out.writeBoolean(i != null);
        if (i != null) {
            out.writeInt(i);
        }
    }

    // ---- reading -----------------------------------------------------------------------------------

    /** Reads rows; repeated strings (categories, tags, currencies) are shared rather than copied per row. */
    private static final class Reader {
        private final DataInputStream in;
        private final Map<String, String> shared = new HashMap<>();
        private final Map<String, Currency> currencies = new HashMap<>();
        private byte[] buffer = new byte[256];

        Reader(DataInputStream in) {
            this.in = in;
        }

        SkuGridRow row() throws IOException {
            String sku = string();
            String asin = string();
            String title = string();
            String localTitle = string();
            String category = sharedString();
            String tier = sharedString();
            int tagCount = in.readInt();
            List<String> tags = new ArrayList<>(tagCount);
            for (int i = 0; i < tagCount; i++) {
                tags.add(sharedString());
            }
            Money purchase = money();
            Money freight = money();
            String basis = sharedString();
            Money packaging = money();
            Money price = money();
            Money buyBox = money();
            byte hold = in.readByte();
            Money lowestFba = money();
            Money lowestFbm = money();
            Money landed = money();
            Money fees = money();
            Money profit = money();
            BigDecimal margin = decimal();
            BigDecimal roi = decimal();
            Money breakEven = money();
            Money floor = money();
            Money ceiling = money();
            boolean belowFloor = in.readBoolean();
            BigDecimal daysOfCover = decimal();
            Integer inventoryAge = integer();
            BigDecimal conversion = decimal();
            BigDecimal acos = decimal();
            BigDecimal tacos = decimal();
            Integer bsr = integer();
            int kpiCount = in.readInt();
            List<KpiValue> kpis = new ArrayList<>(kpiCount);
            for (int i = 0; i < kpiCount; i++) {
                Kpi kpi = Kpi.valueOf(sharedString());
                Optional<BigDecimal> value = Optional.ofNullable(decimal());
                BigDecimal target = decimal();
                kpis.add(new KpiValue(kpi, value, target, KpiStatus.valueOf(sharedString())));
            }
            KpiStatus status = KpiStatus.valueOf(sharedString());
            Money manualMin = money();
            Money manualMax = money();
            Money regularPrice = money();
            return new SkuGridRow(sku, asin, title, localTitle, category, tier == null ? null : Tier.valueOf(tier), tags,
                    purchase, freight, basis == null ? null : FreightBasis.valueOf(basis), packaging, price, buyBox,
                    hold == 2 ? null : hold == 1, lowestFba, lowestFbm, landed, fees, profit, margin, roi, breakEven,
                    floor, ceiling, belowFloor, daysOfCover, inventoryAge, conversion, acos, tacos, bsr, kpis, status,
                    manualMin, manualMax, regularPrice);
        }

        private String string() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            if (buffer.length < n) {
                buffer = new byte[Math.max(n, buffer.length * 2)];
            }
            in.readFully(buffer, 0, n);
            return new String(buffer, 0, n, StandardCharsets.UTF_8);
        }

        private String sharedString() throws IOException {
            String s = string();
            return s == null ? null : shared.computeIfAbsent(s, k -> k);
        }

        private BigDecimal decimal() throws IOException {
            byte kind = in.readByte();
            if (kind == 0) {
                return null;
            }
            if (kind == 1) {
                long unscaled = in.readLong();
                return BigDecimal.valueOf(unscaled, in.readInt());
            }
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new BigDecimal(new BigInteger(b), in.readInt());
        }

        private Money money() throws IOException {
            BigDecimal amount = decimal();
            if (amount == null) {
                return null;
            }
            String code = string();
            return new Money(amount, currencies.computeIfAbsent(code, Currency::getInstance));
        }

        private Integer integer() throws IOException {
            return in.readBoolean() ? in.readInt() : null;
        }
    }
}
