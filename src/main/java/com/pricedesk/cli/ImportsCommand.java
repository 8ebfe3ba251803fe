package com.pricedesk.cli;

import picocli.CommandLine.Command;

/** {@code imports}: the history of cost-sheet imports. */
@Command(name = "imports", subcommands = {ImportsListCommand.class, ImportsRevertCommand.class})
final class ImportsCommand extends CommandGroup {
    @Override
    String usageExample() {
        return "imports list";
    }
}
