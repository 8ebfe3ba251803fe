package com.pricedesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export queue FILE [--since ISO]}: open and in-flight changes, and those that moved since (default 24 h). */
@Command(name = "queue")
final class ExportQueueCommand implements Callable<Integer> {
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
        return ExportChangesCommand.run(spec, export, file, since, false);
    }
}
