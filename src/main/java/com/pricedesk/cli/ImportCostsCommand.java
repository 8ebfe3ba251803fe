package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.imports.ImportPreview;
import com.pricedesk.app.imports.ImportResult;
import com.pricedesk.domain.imports.MappingNote;
import com.pricedesk.domain.imports.SheetColumn;
import com.pricedesk.domain.imports.SpreadsheetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import-costs FILE}: imports a cost sheet, or with --dry-run shows what it would do. */
@Command(name = "import-costs")
final class ImportCostsCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "cli.import.sheet")
    String sheet;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Option(names = "--skip-invalid", descriptionKey = "cli.import.skipInvalid")
    boolean skipInvalid;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result;
        try (AppContext app = root.openContext()) {
            result = app.imports().importCosts(file, sheet, dryRun, skipInvalid);
        } catch (SpreadsheetException e) {
            String text = msg.get(e.key(), e.args().toArray());
            if (json) {
                ObjectNode doc = Json.object();
                doc.put("rows_read", 0);
                ObjectNode error = doc.putArray("errors").addObject();
                error.putNull("sheet");
                error.putNull("row");
                error.putNull("column");
                error.putNull("header");
                error.putNull("value");
                error.put("message", text);
                doc.putArray("warnings");
                doc.putNull("batch_id");
                Json.print(out, doc);
            }
            err.println(msg.get("cli.import.rejected.file", text));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        }
        ImportPreview p = result.preview();
        if (json) {
            Json.print(out, toJson(p, result, msg));
        } else {
            printText(out, p, result, msg);
        }
        if (p.hasErrors() && !skipInvalid) {
            err.println(msg.get("cli.import.rejected", p.errors().size()));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        }
        return ExitCode.DONE;
    }

    private ObjectNode toJson(ImportPreview p, ImportResult r, Messages msg) {
        ObjectNode doc = Json.object();
        doc.put("file", p.fileName());
        doc.put("sheet", p.layout().sheet());
        doc.put("dry_run", dryRun);
        doc.put("rows_read", p.rowsRead());
        doc.put("created", p.created());
        doc.put("updated", p.updated());
        doc.put("unchanged", p.unchanged());
        doc.put("skipped", r.stored() ? p.invalidRows() : 0);
        IssueText.json(doc.putArray("errors"), p.errors(), msg);
        IssueText.json(doc.putArray("warnings"), p.warnings(), msg);
        ArrayNode columns = doc.putArray("columns");
        for (SheetColumn c : p.layout().columns()) {
            ObjectNode n = columns.addObject();
            n.put("column", c.letter());
            n.put("header", c.header());
            if (c.field() == null) {
                n.putNull("field");
            } else {
                n.put("field", c.field().name().toLowerCase(Locale.ROOT));
            }
        }
        ArrayNode notes = doc.putArray("notes");
        for (MappingNote n : p.layout().notes()) {
            ObjectNode o = notes.addObject();
            o.put("column", n.column());
            o.put("header", n.header());
            o.put("message", msg.get(n.key(), n.args().toArray()));
        }
        if (r.batchId() == null) {
            doc.putNull("batch_id");
        } else {
            doc.put("batch_id", r.batchId());
        }
        return doc;
    }

    private void printText(PrintWriter out, ImportPreview p, ImportResult r, Messages msg) {
        out.println(msg.get("cli.import.layout", p.fileName(), p.layout().sheet(), p.layout().headerRow()));
        for (SheetColumn c : p.layout().columns()) {
            out.printf("  %-3s %-28s → %s%n", c.letter(), c.header(),
                    c.field() == null ? msg.get("cli.import.unmapped") : msg.get(c.field().messageKey()));
        }
        for (MappingNote n : p.layout().notes()) {
            String where = n.column().isEmpty() ? "" : n.column() + " " + n.header() + ": ";
            out.printf("  %s%s%n", where, msg.get(n.key(), n.args().toArray()));
        }
        IssueText.print(out, msg.get("cli.import.errors", p.errors().size()), p.errors(), msg);
        IssueText.print(out, msg.get("cli.import.warnings", p.warnings().size()), p.warnings(), msg);
        out.println(msg.get("cli.import.summary", p.rowsRead(), p.created(), p.updated(), p.unchanged(),
                p.invalidRows()));
        if (r.stored()) {
            out.println(msg.get("cli.import.stored", Long.toString(r.batchId())));
        } else if (dryRun) {
            out.println(msg.get("cli.import.dryRunDone"));
        }
        out.flush();
    }
}
