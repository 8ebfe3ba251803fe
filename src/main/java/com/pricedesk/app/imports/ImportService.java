package com.pricedesk.app.imports;

import com.pricedesk.domain.imports.ImportBatch;
import com.pricedesk.domain.imports.ImportChange;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.port.FxRateRepository;
import com.pricedesk.domain.port.ImportBatchRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SkuSnapshotRepository;
import com.pricedesk.domain.port.UnitOfWork;
import com.pricedesk.excel.CostField;
import com.pricedesk.excel.CostSheetReader;
import com.pricedesk.excel.SpreadsheetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
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

    private final CostSheetReader reader;
    private final SkuSnapshotRepository snapshots;
    private final ImportBatchRepository batches;
    private final PriceRepository prices;
    private final FxRateRepository fxRates;
    private final MappingMemory mappings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ImportService(CostSheetReader reader, SkuSnapshotRepository snapshots, ImportBatchRepository batches,
                         PriceRepository prices, FxRateRepository fxRates, MappingMemory mappings,
                         UnitOfWork unitOfWork, Clock clock) {
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
        return analyse(file, sheet).finish(file.getFileName().toString());
    }

    /**
     * Imports the file. Nothing is stored on a dry run, or when the file has errors and
     * {@code skipInvalid} is off; otherwise the valid rows are stored as one batch, in one transaction.
     */
    public ImportResult importCosts(Path file, String sheet, boolean dryRun, boolean skipInvalid) {
        ImportAnalysis analysis = analyse(file, sheet);
        ImportPreview preview = analysis.finish(file.getFileName().toString());
        if (dryRun || (preview.hasErrors() && !skipInvalid)) {
            return new ImportResult(preview, null, false);
        }
        String hash = sha256(file);
        List<ImportChange> changes = analysis.changesToStore();
        long id = unitOfWork.inTransaction(() -> {
            long batchId = batches.create(new ImportBatch(0, file.getFileName().toString(), hash,
                    preview.layout().sheet(), clock.instant(), preview.rowsRead(), preview.created(),
                    preview.updated(), preview.unchanged(), preview.invalidRows(), null));
            for (int i = 0; i < changes.size(); i += WRITE_CHUNK) {
                List<ImportChange> chunk = changes.subList(i, Math.min(changes.size(), i + WRITE_CHUNK));
                snapshots.saveAll(chunk.stream().map(ImportChange::after).toList());
                batches.addChanges(batchId, chunk);
            }
            return batchId;
        });
        log.info("Imported {} as batch {}: {} created, {} updated, {} unchanged, {} rows skipped", file, id,
                preview.created(), preview.updated(), preview.unchanged(), preview.invalidRows());
        return new ImportResult(preview, id, true);
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

    private ImportAnalysis analyse(Path file, String sheet) {
        ImportAnalysis analysis = new ImportAnalysis(snapshots, prices.currentPrices(),
                fxRates.rateOn(LocalDate.now(clock)));
        reader.read(file, new CostSheetReader.Options(sheet, mappings::recall), analysis);
        return analysis;
    }

    private static String sha256(Path file) {
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
