package com.pricedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export}: Excel exports. */
@Command(name = "export", subcommands = {ExportCostsCommand.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PriceDeskCommand root;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                root.messages().get("cli.error.missingSubcommand", "export costs FILE"));
    }
}
