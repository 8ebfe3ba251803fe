package com.pricedesk.cli;

import picocli.CommandLine.Command;

/** {@code queue list|approve|reject}: the approval queue. */
@Command(name = "queue", subcommands = {QueueListCommand.class, QueueApproveCommand.class, QueueRejectCommand.class})
final class QueueCommand extends CommandGroup {
    @Override
    String usageExample() {
        return "queue list";
    }
}
