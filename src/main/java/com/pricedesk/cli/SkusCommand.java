package com.pricedesk.cli;

import picocli.CommandLine.Command;

/** {@code skus}: the catalogue. */
@Command(name = "skus", subcommands = {SkusListCommand.class, SkusRegularPriceCommand.class,
        SkusLimitsCommand.class})
final class SkusCommand extends CommandGroup {
    @Override
    String usageExample() {
        return "skus list";
    }
}
