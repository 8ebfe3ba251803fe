package com.pricedesk.store;

import com.pricedesk.domain.imports.ImportChange;
import com.pricedesk.domain.imports.SkuSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Many changes of one import batch packed into one byte string (schema V15, table
 * {@code import_batch_chunk}): for each change its seller SKU, whether the import created it, the
 * state before (updated SKUs only) and the state after, each in {@link SnapshotBinary}'s form.
 *
 * <p>Why packed: one history row per SKU meant, for a 100,000-row sheet, 100,000 more rows and index
 * entries written, logged for undo and walked again at commit inside the import's one transaction. A
 * row per written chunk keeps every value while the history costs a few hundred rows.
 *
 * <p>Layout (version 1): a version byte, a varint count, then per change: the seller SKU (as in
 * {@link SnapshotBinary}), a byte (0 = created, 1 = updated), for an updated SKU a varint length and the
 * before snapshot, then a varint length and the after snapshot. The lengths let the SKUs alone be read
 * without decoding any snapshot.
 */
final class ChangePack {
    static final byte VERSION = 1;
    private final SnapshotBinary snapshots = new SnapshotBinary();

    byte[] write(List<ImportChange> changes) {
        SnapshotBinary.Out out = new SnapshotBinary.Out();
        out.b(VERSION);
        out.varint(changes.size());
        for (ImportChange c : changes) {
            out.str(c.sellerSku());
            out.b(c.created() ? 0 : 1);
            if (!c.created()) {
                snapshot(out, c.before());
            }
            snapshot(out, c.after());
        }
        return out.bytes();
    }

    private void snapshot(SnapshotBinary.Out out, SkuSnapshot s) {
        byte[] b = snapshots.write(s);
        out.varint(b.length);
        out.bytes(b);
    }

    List<ImportChange> read(byte[] pack) {
        SnapshotBinary.In in = start(pack);
        try {
            int n = in.varint();
            List<ImportChange> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String sku = in.str();
                boolean created = created(in.b());
                SkuSnapshot before = created ? null : snapshots.read(in.take(in.varint()));
                SkuSnapshot after = snapshots.read(in.take(in.varint()));
                out.add(new ImportChange(sku, before, after));
            }
            end(in);
            return out;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("Corrupt import history chunk: cut short", e);
        }
    }

    /** The seller SKUs of the packed changes, in order, without decoding their snapshots. */
    List<String> skus(byte[] pack) {
        SnapshotBinary.In in = start(pack);
        try {
            int n = in.varint();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(in.str());
                if (!created(in.b())) {
                    in.skip(in.varint());
                }
                in.skip(in.varint());
            }
            end(in);
            return out;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("Corrupt import history chunk: cut short", e);
        }
    }

    private static SnapshotBinary.In start(byte[] pack) {
        SnapshotBinary.In in = new SnapshotBinary.In(pack);
        int version = in.b();
        if (version != VERSION) {
            throw new IllegalStateException("Corrupt import history chunk: unknown version " + version);
        }
        return in;
    }

    private static boolean created(int kind) {
        if (kind > 1) {
            throw new IllegalStateException("Corrupt import history chunk: change kind " + kind);
        }
        return kind == 0;
    }

    private static void end(SnapshotBinary.In in) {
        if (!in.done()) {
            throw new IllegalStateException("Corrupt import history chunk: bytes left over");
        }
    }
}
