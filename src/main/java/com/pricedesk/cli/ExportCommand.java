package com.pricedesk.cli;

import picocli.CommandLine.Command;

/** {@code export}: Excel exports. */
@Command(name = "export", subcommands = {ExportCostsCommand.class, ExportChangesCommand.class, ExportQueueCommand.class})
final class ExportCommand extends CommandGroup {
    @Override
    String usageExample() {
        return "export costs FILE";
    }
}
