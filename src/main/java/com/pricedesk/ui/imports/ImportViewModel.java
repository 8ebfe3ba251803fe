package com.pricedesk.ui.imports;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.imports.ImportPreview;
import com.pricedesk.app.imports.ImportResult;
import com.pricedesk.app.imports.ImportService;
import com.pricedesk.app.imports.PlannedChange;
import com.pricedesk.domain.imports.CellIssue;
import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.MappingNote;
import com.pricedesk.domain.imports.SheetColumn;
import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.ui.fx.TaskExecutor;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cost-sheet import as the seller sees it: read the file and preview (columns as recognised, with
 * the seller's overrides; every located problem; what would change), then import all, or only the
 * valid rows. Reading and storing run through the {@link TaskExecutor}, never on the FX thread.
 */
public final class ImportViewModel {

    /** What the dialog needs from the application's import service. */
    public interface Backend {
        ImportPreview preview(Path file, String sheet);

        ImportResult commit(Path file, String sheet, boolean skipInvalid);

        /** Remembers the column choices for sheets with exactly these headers. */
        void remember(List<String> headers, Map<String, Optional<CostField>> choices);

        /** The application's import service behind the dialog. */
        static Backend of(ImportService imports) {
            return new Backend() {
                @Override
                public ImportPreview preview(Path file, String sheet) {
                    return imports.preview(file, sheet);
                }

                @Override
                public ImportResult commit(Path file, String sheet, boolean skipInvalid) {
                    return imports.importCosts(file, sheet, false, skipInvalid);
                }

                @Override
                public void remember(List<String> headers, Map<String, Optional<CostField>> choices) {
                    imports.rememberMapping(headers, choices);
                }
            };
        }
    }

    public enum Phase { READING, PREVIEW, IMPORTING, DONE, FAILED }

    /** A column of the sheet and what PriceDesk makes of it; {@code field} null means not imported. */
    public record ColumnRow(String letter, String header, CostField field, String notes) {
    }

    /** How much a problem matters: errors block the import, warnings are imported, notes only inform. */
    public enum Severity { ERROR, WARNING, NOTE }

    /** A located problem: {@code where} is what to click in Excel, e.g. {@code 成本!C5}. */
    public record IssueRow(Severity severity, String where, String header, String value, String message) {
        public boolean error() {
            return severity == Severity.ERROR;
        }
    }

    /** What importing would do to one SKU. */
    public record ChangeRow(String sku, int row, PlannedChange.Kind kind, String fields) {
    }

    /** The fields a column can be mapped to: those PriceDesk stores. */
    public static final List<CostField> MAPPABLE = Arrays.stream(CostField.values()).filter(CostField::stored).toList();

    private final Backend backend;
    private final TaskExecutor tasks;
    private final Messages msg;
    private final Runnable onStored;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READING);
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private Path file;

    /** @param onStored called on the FX thread after something was stored (e.g. to reload the grid) */
    public ImportViewModel(Backend backend, TaskExecutor tasks, Messages msg, Runnable onStored) {
        this.backend = backend;
        this.tasks = tasks;
        this.msg = msg;
        this.onStored = onStored;
    }

    /** Reads {@code sheetFile} and shows what importing it would do; nothing is stored. */
    public void open(Path sheetFile) {
        this.file = sheetFile;
        read();
    }

    private void read() {
        phase.set(Phase.READING);
        status.set(msg.get("importui.reading", file.getFileName()));
        tasks.execute(() -> backend.preview(file, null), this::show, this::failed);
    }

    private void show(ImportPreview p) {
        preview.set(p);
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (MappingNote n : p.layout().notes()) {
            notes.computeIfAbsent(n.column(), k -> new ArrayList<>()).add(msg.get(n.key(), n.args().toArray()));
        }
        columns.setAll(p.layout().columns().stream().map(c -> new ColumnRow(c.letter(), c.header(), c.field(),
                String.join(" ", notes.getOrDefault(c.letter(), List.of())))).toList());
        List<IssueRow> all = new ArrayList<>();
        p.errors().forEach(i -> all.add(issue(i)));
        p.warnings().forEach(i -> all.add(issue(i)));
        notes.getOrDefault("", List.of()).forEach(n -> all.add(new IssueRow(Severity.NOTE, "", "", "", n)));
        issues.setAll(all);
        changes.setAll(p.changes().stream().filter(c -> c.kind() != PlannedChange.Kind.UNCHANGED)
                .map(c -> new ChangeRow(c.sellerSku(), c.row(), c.kind(), fieldNames(c.fields()))).toList());
        phase.set(Phase.PREVIEW);
        status.set(p.hasErrors() ? msg.get("importui.hasErrors", p.errors().size(), p.invalidRows())
                : nothingToDo(p) ? msg.get("importui.nothingToDo") : msg.get("importui.ready"));
    }

    private IssueRow issue(CellIssue i) {
        String where = i.row() > 0 ? i.sheet() + "!" + i.column() + i.row() : i.sheet();
        return new IssueRow(i.isError() ? Severity.ERROR : Severity.WARNING, where, i.header(), i.value(), msg.get(i.key(), i.args().toArray()));
    }

    /** Planned changes name fields in snake_case; the seller reads them in their language. */
    private String fieldNames(List<String> fields) {
        return fields.stream().map(f -> {
            try {
                return msg.get(CostField.valueOf(f.toUpperCase(java.util.Locale.ROOT)).messageKey());
            } catch (IllegalArgumentException notAField) {
                return f;
            }
        }).collect(Collectors.joining(", "));
    }

    private static boolean nothingToDo(ImportPreview p) {
        return p.created() + p.updated() == 0;
    }

    /**
     * The seller maps {@code column} to {@code field} (null: do not import it). The choice is remembered
     * for sheets with the same headers, and the file is read again with it.
     */
    public void remap(ColumnRow column, CostField field) {
        if (phase.get() != Phase.PREVIEW || column.field() == field) {
            return;
        }
        List<String> headers = preview.get().layout().headers();
        Map<String, Optional<CostField>> choices = new LinkedHashMap<>();
        for (SheetColumn c : preview.get().layout().columns()) {
            choices.put(c.header(), Optional.ofNullable(c.letter().equals(column.letter()) ? field : c.field()));
        }
        phase.set(Phase.READING);
        status.set(msg.get("importui.reading", file.getFileName()));
        tasks.execute(() -> {
            backend.remember(headers, choices);
            return backend.preview(file, null);
        }, this::show, this::failed);
    }

    /** Imports the file: all rows, or with {@code skipInvalid} only the valid ones. */
    public void commit(boolean skipInvalid) {
        if (!(skipInvalid ? canImportValidRows() : canImport())) {
            return;
        }
        phase.set(Phase.IMPORTING);
        status.set(msg.get("importui.importing"));
        tasks.execute(() -> backend.commit(file, null, skipInvalid), r -> {
            if (!r.stored()) {
                // the file changed since the preview and now has errors: show them instead
                show(r.preview());
                return;
            }
            ImportPreview p = r.preview();
            NumberFormat n = NumberFormat.getIntegerInstance(msg.locale());
            status.set(msg.get("importui.done", n.format(p.created()), n.format(p.updated()),
                    n.format(p.unchanged()), n.format(p.invalidRows()), String.valueOf(r.batchId())));
            phase.set(Phase.DONE);
            onStored.run();
        }, this::failed);
    }

    private void failed(Throwable t) {
        phase.set(Phase.FAILED);
        status.set(t instanceof SpreadsheetException s ? msg.get(s.key(), s.args().toArray())
                : msg.get("importui.failed", String.valueOf(t.getMessage())));
    }

    public boolean canImport() {
        ImportPreview p = preview.get();
        return phase.get() == Phase.PREVIEW && p != null && !p.hasErrors() && !nothingToDo(p);
    }

    public boolean canImportValidRows() {
        ImportPreview p = preview.get();
        return phase.get() == Phase.PREVIEW && p != null && p.hasErrors() && !nothingToDo(p);
    }

    /** One line: rows read, created, updated, unchanged, with errors; empty before the first preview. */
    public String summary() {
        ImportPreview p = preview.get();
        if (p == null) {
            return "";
        }
        NumberFormat n = NumberFormat.getIntegerInstance(msg.locale());
        return msg.get("importui.summary", p.fileName(), p.layout().sheet(), n.format(p.rowsRead()),
                n.format(p.created()), n.format(p.updated()), n.format(p.unchanged()), n.format(p.invalidRows()));
    }

    public String fieldLabel(CostField field) {
        return field == null ? msg.get("importui.notImported") : msg.get(field.messageKey());
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    public Messages messages() {
        return msg;
    }
}
