package com.pricedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code imports}: the history of cost-sheet imports. */
@Command(name = "imports", subcommands = {ImportsListCommand.class, ImportsRevertCommand.class})
final class ImportsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PriceDeskCommand root;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                root.messages().get("cli.error.missingSubcommand", "imports list"));
    }
}
