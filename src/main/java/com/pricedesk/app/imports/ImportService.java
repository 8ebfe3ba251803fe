package com.pricedesk.app.imports;

import com.pricedesk.domain.port.CostSheetSource;

import com.pricedesk.domain.imports.ImportBatch;
import com.pricedesk.domain.imports.ImportChange;
import com.pricedesk.domain.imports.ImportKind;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.port.FxRateRepository;
import com.pricedesk.domain.port.ImportBatchRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SkuSnapshotRepository;
import com.pricedesk.domain.port.UnitOfWork;
import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.SpreadsheetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a seller's cost sheet: preview (mapping, decisions, located errors, diff), then commit in
 * one transaction as a batch that {@link #revert} undoes exactly. Also lists the import history.
 */
public final class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int WRITE_CHUNK = 1000;

    private final CostSheetSource reader;
    private final SkuSnapshotRepository snapshots;
    private final ImportBatchRepository batches;
    private final PriceRepository prices;
    private final FxRateRepository fxRates;
    private final MappingMemory mappings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final AdsImportService adsImports;

    public ImportService(CostSheetSource reader, SkuSnapshotRepository snapshots, ImportBatchRepository batches,
                         PriceRepository prices, FxRateRepository fxRates, MappingMemory mappings,
                         UnitOfWork unitOfWork, Clock clock) {
        this(reader, snapshots, batches, prices, fxRates, mappings, unitOfWork, clock, null);
    }

    /** With {@code adsImports}, {@link #revert} also undoes Ads report imports. */
    public ImportService(CostSheetSource reader, SkuSnapshotRepository snapshots, ImportBatchRepository batches,
                         PriceRepository prices, FxRateRepository fxRates, MappingMemory mappings,
                         UnitOfWork unitOfWork, Clock clock, AdsImportService adsImports) {
        this.adsImports = adsImports;
        this.reader = reader;
        this.snapshots = snapshots;
        this.batches = batches;
        this.prices = prices;
        this.fxRates = fxRates;
        this.mappings = mappings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Reads and checks the file against what is stored; stores nothing. */
    public ImportPreview preview(Path file, String sheet) {
        ImportAnalysis analysis = newAnalysis(null);
        read(file, sheet, analysis);
        return analysis.finish(file.getFileName().toString());
    }

    /**
     * Imports the file. Nothing is stored on a dry run, or when the file has errors and
     * {@code skipInvalid} is off; otherwise the valid rows are stored as one batch, in one transaction.
     * Rows are written while the file is read, so memory stays flat; a rejected file rolls it all back.
     */
    public ImportResult importCosts(Path file, String sheet, boolean dryRun, boolean skipInvalid) {
        if (dryRun) {
            return new ImportResult(preview(file, sheet), null, false);
        }
        if (!Files.isRegularFile(file)) {
            throw new SpreadsheetException("excel.error.notFound", file.toString());
        }
        String hash = sha256(file);
        String name = file.getFileName().toString();
        try {
            return unitOfWork.inTransaction(() -> {
                long batchId = batches.create(new ImportBatch(0, name, hash, sheet, clock.instant(), 0, 0, 0, 0, 0,
                        null));
                ImportAnalysis analysis = newAnalysis(new BatchSink(batchId));
                read(file, sheet, analysis);
                ImportPreview preview = analysis.finish(name);
                if (preview.hasErrors() && !skipInvalid) {
                    throw new Rejected(preview);
                }
                batches.complete(batchId, preview.layout().sheet(), preview.rowsRead(), preview.created(), preview.updated(),
                        preview.unchanged(), preview.invalidRows());
                log.info("Imported {} as batch {}: {} created, {} updated, {} unchanged, {} rows skipped", file,
                        batchId, preview.created(), preview.updated(), preview.unchanged(), preview.invalidRows());
                return new ImportResult(preview, batchId, true);
            });
        } catch (Rejected r) {
            return new ImportResult(r.preview, null, false);
        }
    }

    /** Unwinds the transaction of a file with errors; carries the preview out. */
    private static final class Rejected extends RuntimeException {
        private final transient ImportPreview preview;

        Rejected(ImportPreview preview) {
            super("import rejected", null, false, false);
            this.preview = preview;
        }
    }

    /** Writes each chunk as the stored state and records it in the batch. */
    private final class BatchSink implements ChangeSink {
        private final long batchId;

        BatchSink(long batchId) {
            this.batchId = batchId;
        }

        @Override
        public void write(List<ImportChange> chunk) {
            // the analysis looked each SKU up in this transaction: created ones cannot exist yet
            snapshots.insertNew(chunk.stream().filter(ImportChange::created).map(ImportChange::after).toList());
            snapshots.saveAll(chunk.stream().filter(c -> !c.created()).map(ImportChange::after).toList());
            batches.addChanges(batchId, chunk);
        }

        @Override
        public void undo(Collection<String> sellerSkus) {
            List<ImportChange> removed = batches.removeChanges(batchId, sellerSkus);
            snapshots.delete(removed.stream().filter(ImportChange::created).map(ImportChange::sellerSku).toList());
            snapshots.saveAll(removed.stream().filter(c -> !c.created()).map(ImportChange::before).toList());
        }
    }

    /** Remembers column choices for sheets with exactly these headers. */
    public void rememberMapping(List<String> headers, Map<String, Optional<CostField>> choices) {
        mappings.remember(headers, choices);
    }

    public List<ImportBatch> batches() {
        return batches.list();
    }

    /**
     * Restores every SKU the batch touched to its state before the batch, and removes the SKUs it
     * created. Refused, with nothing changed, if a later import or an edit changed those SKUs since.
     */
    public ImportBatch revert(long batchId) {
        ImportBatch reverted = unitOfWork.inTransaction(() -> {
            ImportBatch batch = batches.find(batchId)
                    .orElseThrow(() -> new ImportRefused("imports.error.notFound", batchId));
            if (batch.reverted()) {
                throw new ImportRefused("imports.error.alreadyReverted", batchId);
            }
            if (batch.kind() == ImportKind.ADS) {
                if (adsImports == null) {
                    throw new IllegalStateException("Ads imports are not wired into this ImportService");
                }
                return adsImports.revertInside(batch);
            }
            List<ImportChange> changes = batches.changes(batchId);
            Set<String> keys = new TreeSet<>();
            changes.forEach(c -> keys.add(c.sellerSku()));
            Set<String> later = new TreeSet<>(batches.touchedAfter(batchId));
            later.retainAll(keys);
            if (!later.isEmpty()) {
                throw new ImportRefused("imports.error.laterBatch", batchId, sample(later));
            }
            Map<String, SkuSnapshot> current = snapshots.find(keys);
            Set<String> edited = new TreeSet<>();
            for (ImportChange c : changes) {
                SkuSnapshot now = current.get(c.sellerSku());
                if (now == null || !SnapshotDiff.same(now, c.after())) {
                    edited.add(c.sellerSku());
                }
            }
            if (!edited.isEmpty()) {
                throw new ImportRefused("imports.error.changedSince", batchId, sample(edited));
            }
            snapshots.delete(changes.stream().filter(ImportChange::created).map(ImportChange::sellerSku).toList());
            List<SkuSnapshot> restore = changes.stream().filter(c -> !c.created()).map(ImportChange::before).toList();
            for (int i = 0; i < restore.size(); i += WRITE_CHUNK) {
                snapshots.saveAll(restore.subList(i, Math.min(restore.size(), i + WRITE_CHUNK)));
            }
            batches.markReverted(batchId, clock.instant());
            return batches.find(batchId).orElseThrow();
        });
        log.info("Reverted import batch {}", batchId);
        return reverted;
    }

    private static String sample(Set<String> skus) {
        return String.join(", ", skus.stream().limit(5).toList()) + (skus.size() > 5 ? ", …" : "");
    }

    private ImportAnalysis newAnalysis(ChangeSink sink) {
        return new ImportAnalysis(snapshots, sink, prices.currentPrices(), fxRates.rateOn(LocalDate.now(clock)));
    }

    private void read(Path file, String sheet, ImportAnalysis analysis) {
        new ReadAhead(reader).read(file, new CostSheetSource.Options(sheet, mappings::recall), analysis);
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new SpreadsheetException("excel.error.unreadable", e, file.getFileName().toString(),
                    String.valueOf(e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
