package com.pricedesk.ui.imports;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.imports.ImportRefused;
import com.pricedesk.app.imports.ImportService;
import com.pricedesk.domain.imports.ImportBatch;
import com.pricedesk.ui.fx.TaskExecutor;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import history: every cost-sheet and Ads import, newest first, and undoing one exactly (the
 * service refuses, with the reason, when later imports or edits touched the same SKUs).
 */
public final class ImportHistoryViewModel {

    /** What the window needs from the import service. */
    public interface Backend {
        List<ImportBatch> batches();

        ImportBatch revert(long batchId);

        /** The application's import service behind the window. */
        static Backend of(ImportService imports) {
            return new Backend() {
                @Override
                public List<ImportBatch> batches() {
                    return imports.batches();
                }

                @Override
                public ImportBatch revert(long batchId) {
                    return imports.revert(batchId);
                }
            };
        }
    }

    private final Backend backend;
    private final TaskExecutor tasks;
    private final Messages msg;
    private final Runnable onReverted;
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ImportHistoryViewModel(Backend backend, TaskExecutor tasks, Messages msg, Runnable onReverted) {
        this.backend = backend;
        this.tasks = tasks;
        this.msg = msg;
        this.onReverted = onReverted;
    }

    public void load() {
        tasks.execute(() -> backend.batches().stream()
                        .sorted(Comparator.comparingLong(ImportBatch::id).reversed()).toList(),
                batches::setAll, e -> status.set(msg.get("importui.failed", String.valueOf(e.getMessage()))));
    }

    public boolean canRevert(ImportBatch b) {
        return b != null && !b.reverted();
    }

    /** Undoes {@code b}; the list reloads and the reason is shown when the service refuses. */
    public void revert(ImportBatch b) {
        if (!canRevert(b)) {
            return;
        }
        status.set(msg.get("importui.history.reverting", b.id()));
        tasks.execute(() -> backend.revert(b.id()), done -> {
            status.set(msg.get("importui.history.reverted", done.id(), done.fileName()));
            onReverted.run();
            load();
        }, e -> status.set(e instanceof ImportRefused r ? msg.get(r.key(), r.args().toArray())
                : msg.get("importui.failed", String.valueOf(e.getMessage()))));
    }

    public ObservableList<ImportBatch> batches() {
        return batches;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Messages messages() {
        return msg;
    }
}
