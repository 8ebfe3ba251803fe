package com.pricedesk.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code skus}, {@code rules}, ...): run alone it is a
 * usage error that names what to type instead.
 */
abstract class CommandGroup implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PriceDeskCommand root;

    /** What to suggest, e.g. {@code "skus list"}. */
    abstract String usageExample();

    @Override
    public final void run() {
        throw new ParameterException(spec.commandLine(), root.messages().get("cli.error.missingSubcommand", usageExample()));
    }
}
