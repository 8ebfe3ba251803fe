package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.port.CostSheetSink;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export changes FILE [--since ISO]}: the audit log of a period (default: the last 24 hours). */
@Command(name = "changes")
final class ExportChangesCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand export;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.export.file")
    Path file;

    @Option(names = "--since", paramLabel = "ISO", descriptionKey = "cli.export.since")
    String since;

    @Override
    public Integer call() {
        return run(spec, export, file, since, true);
    }

    static Optional<Instant> parseSince(CommandSpec spec, Messages msg, String since) {
        if (since == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(since).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(java.time.LocalDate.parse(since).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException e2) {
                throw new ParameterException(spec.commandLine(), msg.get("cli.export.error.since", since));
            }
        }
    }

    static int run(CommandSpec spec, ExportCommand export, Path file, String since, boolean log) {
        Messages msg = export.root.messages();
        Optional<Instant> from = parseSince(spec, msg, since);
        CostSheetSink.Headings headings = Messages.CHINESE.equals(msg.locale())
                ? CostSheetSink.Headings.ZH : CostSheetSink.Headings.EN;
        try (AppContext app = export.root.openContext()) {
            int rows = log ? app.changeLogExport().exportLog(file, from, headings)
                    : app.changeLogExport().exportQueue(file, from, headings);
            spec.commandLine().getErr().println(msg.get(log ? "cli.export.changes.done" : "cli.export.queue.done",
                    rows, file));
            return ExitCode.DONE;
        } catch (SpreadsheetException e) {
            spec.commandLine().getErr().println(msg.get(e.key(), e.args().toArray()));
            return ExitCode.INPUT_REJECTED;
        } finally {
            spec.commandLine().getErr().flush();
        }
    }
}
