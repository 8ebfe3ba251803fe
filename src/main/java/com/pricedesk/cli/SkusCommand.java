package com.pricedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code skus}: the catalogue. */
@Command(name = "skus", subcommands = SkusListCommand.class)
final class SkusCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    PriceDeskCommand root;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), root.messages().get("cli.error.missingSubcommand", "skus list"));
    }
}
