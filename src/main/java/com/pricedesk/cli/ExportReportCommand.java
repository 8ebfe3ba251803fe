package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.imports.SpreadsheetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export report FILE}: profit and KPIs per SKU, headings in the chosen language. */
@Command(name = "report")
final class ExportReportCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand export;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.export.file")
    Path file;

    @Override
    public Integer call() {
        Messages msg = export.root.messages();
        try (AppContext app = export.root.openContext()) {
            int rows = app.pricingExports().exportReport(file, msg.locale());
            spec.commandLine().getErr().println(msg.get("cli.export.report.done", rows, file));
            return ExitCode.DONE;
        } catch (SpreadsheetException e) {
            spec.commandLine().getErr().println(msg.get(e.key(), e.args().toArray()));
            return ExitCode.INPUT_REJECTED;
        } finally {
            spec.commandLine().getErr().flush();
        }
    }
}
