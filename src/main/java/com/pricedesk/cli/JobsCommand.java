package com.pricedesk.cli;

import picocli.CommandLine.Command;

/** {@code jobs}: the local scheduler. */
@Command(name = "jobs", subcommands = {JobsStatusCommand.class, JobsRunDueCommand.class})
final class JobsCommand extends CommandGroup {
    @Override
    String usageExample() {
        return "jobs status|run-due";
    }
}
