package com.pricedesk.cli;

import com.pricedesk.domain.port.CostSheetSink;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.excel.CostSheetWriter;
import com.pricedesk.domain.imports.SpreadsheetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export costs FILE}: the cost sheet in the import layout, headings in the chosen language. */
@Command(name = "costs")
final class ExportCostsCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand export;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.export.file")
    Path file;

    @Override
    public Integer call() {
        Messages msg = export.root.messages();
        CostSheetSink.Headings headings = Messages.CHINESE.equals(msg.locale())
                ? CostSheetSink.Headings.ZH : CostSheetSink.Headings.EN;
        try (AppContext app = export.root.openContext()) {
            int rows = app.exports().exportCosts(file, headings);
            spec.commandLine().getErr().println(msg.get("cli.export.costs.done", rows, file));
            return ExitCode.DONE;
        } catch (SpreadsheetException e) {
            spec.commandLine().getErr().println(msg.get(e.key(), e.args().toArray()));
            return ExitCode.INPUT_REJECTED;
        } finally {
            spec.commandLine().getErr().flush();
        }
    }
}
