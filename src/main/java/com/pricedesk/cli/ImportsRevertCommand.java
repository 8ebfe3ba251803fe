package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.imports.ImportRefused;
import com.pricedesk.domain.imports.ImportBatch;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code imports revert BATCH_ID}: puts back every value the import changed. */
@Command(name = "revert")
final class ImportsRevertCommand implements Callable<Integer> {
    @ParentCommand
    ImportsCommand imports;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BATCH_ID", descriptionKey = "cli.imports.revert.id")
    long batchId;

    @Override
    public Integer call() {
        Messages msg = imports.root.messages();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext app = imports.root.openContext()) {
            ImportBatch b = app.imports().revert(batchId);
            if (b.kind() == com.pricedesk.domain.imports.ImportKind.ADS) {
                err.println(msg.get("cli.imports.revert.adsDone", Long.toString(b.id()), b.fileName(),
                        b.created() + b.updated() + b.unchanged()));
            } else {
                err.println(msg.get("cli.imports.revert.done", Long.toString(b.id()), b.fileName(), b.created(),
                        b.updated()));
            }
            err.flush();
            return ExitCode.DONE;
        } catch (ImportRefused e) {
            err.println(msg.get(e.key(), e.args().stream().map(String::valueOf).toArray()));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        }
    }
}
