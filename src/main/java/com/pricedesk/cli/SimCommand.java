package com.pricedesk.cli;

import picocli.CommandLine.Command;

/** {@code sim}: the simulated marketplace. */
@Command(name = "sim", subcommands = SimServeCommand.class)
final class SimCommand extends CommandGroup {
    @Override
    String usageExample() {
        return "sim serve";
    }
}
