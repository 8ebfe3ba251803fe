package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.imports.ImportBatch;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code imports list}: every import batch, oldest first. */
@Command(name = "list")
final class ImportsListCommand implements Callable<Integer> {
    @ParentCommand
    ImportsCommand imports;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = imports.root.messages();
        List<ImportBatch> batches;
        try (AppContext app = imports.root.openContext()) {
            batches = app.imports().batches();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode doc = Json.object();
            ArrayNode list = doc.putArray("imports");
            for (ImportBatch b : batches) {
                ObjectNode n = list.addObject();
                n.put("batch_id", b.id());
                n.put("file", b.fileName());
                n.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
                n.put("sha256", b.contentSha256());
                n.put("sheet", b.sheet());
                n.put("imported_at", b.importedAt().toString());
                n.put("rows_read", b.rowsRead());
                n.put("created", b.created());
                n.put("updated", b.updated());
                n.put("unchanged", b.unchanged());
                n.put("skipped", b.skipped());
                if (b.revertedAt() == null) {
                    n.putNull("reverted_at");
                } else {
                    n.put("reverted_at", b.revertedAt().toString());
                }
            }
            Json.print(out, doc);
            return ExitCode.DONE;
        }
        if (batches.isEmpty()) {
            out.println(msg.get("cli.imports.none"));
        }
        for (ImportBatch b : batches) {
            out.println(msg.get("cli.imports.line", Long.toString(b.id()), b.importedAt().toString(), b.fileName(),
                    b.created(), b.updated(), b.unchanged(), b.skipped(),
                    b.reverted() ? msg.get("cli.imports.reverted", b.revertedAt().toString()) : ""));
        }
        out.flush();
        return ExitCode.DONE;
    }
}
