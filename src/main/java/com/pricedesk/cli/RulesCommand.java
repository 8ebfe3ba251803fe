package com.pricedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rules}: the repricing rules (调价规则). */
@Command(name = "rules", subcommands = {RulesListCommand.class, RulesExportCommand.class, RulesImportCommand.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PriceDeskCommand root;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                root.messages().get("cli.error.missingSubcommand", "rules list|export FILE|import FILE"));
    }
}
