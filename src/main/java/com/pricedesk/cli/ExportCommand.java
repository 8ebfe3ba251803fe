package com.pricedesk.cli;

import picocli.CommandLine.Command;

/** {@code export}: Excel exports. */
@Command(name = "export", subcommands = {ExportCostsCommand.class, ExportReportCommand.class,
        ExportChangesCommand.class, ExportQueueCommand.class, ExportAmazonPriceFileCommand.class})
final class ExportCommand extends CommandGroup {
    @Override
    String usageExample() {
        return "export costs FILE";
    }
}
