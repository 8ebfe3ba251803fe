package com.pricedesk.ui.imports;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.ui.fx.TaskExecutor;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The ways into a cost-sheet import: File → Import cost sheet… (Ctrl+I), or dropping the sheet on the
 * window, the way sellers move files around. Each opens an {@link ImportDialog} on the file.
 */
public final class CostImportLauncher {
    private static final List<String> EXTENSIONS = List.of(".xlsx", ".xls", ".csv", ".xlsm");

    private final Supplier<ImportViewModel.Backend> backend;
    private final Supplier<ImportHistoryViewModel.Backend> history;
    private final TaskExecutor tasks;
    private final Runnable onStored;
    private File lastFolder;

    /** @param onStored called on the FX thread after an import stored or undid something */
    public CostImportLauncher(Supplier<ImportViewModel.Backend> backend,
                              Supplier<ImportHistoryViewModel.Backend> history, TaskExecutor tasks, Runnable onStored) {
        this.backend = backend;
        this.history = history;
        this.tasks = tasks;
        this.onStored = onStored;
    }

    /** File → Import history…: the batches, and undoing one. */
    public MenuItem historyMenuItem(Messages msg, ZoneId zone) {
        MenuItem item = new MenuItem(msg.get("importui.history.menu"));
        item.setId("menuImportHistory");
        item.setOnAction(e -> {
            Window owner = item.getParentPopup() == null ? null : item.getParentPopup().getOwnerWindow();
            ImportHistoryViewModel vm = new ImportHistoryViewModel(history.get(), tasks, msg, onStored);
            new ImportHistoryDialog(vm, owner, zone).show();
            vm.load();
        });
        return item;
    }

    public MenuItem menuItem(Messages msg) {
        MenuItem item = new MenuItem(msg.get("importui.menu"));
        item.setId("menuImportCosts");
        item.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> {
            Window owner = item.getParentPopup() == null ? null : item.getParentPopup().getOwnerWindow();
            choose(msg, owner).ifPresent(f -> open(f, msg, owner));
        });
        return item;
    }

    /** Lets the seller drop a cost sheet anywhere on {@code target}. */
    public void acceptDrops(Node target, Messages msg) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (sheet(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> file = sheet(e);
            file.ifPresent(f -> open(f, msg, target.getScene() == null ? null : target.getScene().getWindow()));
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    /** Opens the import window on {@code file} and starts reading it in the background. */
    public ImportDialog open(Path file, Messages msg, Window owner) {
        ImportViewModel vm = new ImportViewModel(backend.get(), tasks, msg, onStored);
        ImportDialog dialog = new ImportDialog(vm, owner);
        dialog.show();
        vm.open(file);
        return dialog;
    }

    private Optional<Path> choose(Messages msg, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(msg.get("importui.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(msg.get("importui.chooser"),
                EXTENSIONS.stream().map(x -> "*" + x).toList()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File f = chooser.showOpenDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }

    private static Optional<Path> sheet(DragEvent e) {
        if (!e.getDragboard().hasFiles() || e.getDragboard().getFiles().size() != 1) {
            return Optional.empty();
        }
        File f = e.getDragboard().getFiles().get(0);
        String name = f.getName().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) ? Optional.of(f.toPath()) : Optional.empty();
    }
}
