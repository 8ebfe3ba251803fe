package com.pricedesk.cli;

import picocli.CommandLine.Command;

/** {@code rules}: the repricing rules (调价规则). */
@Command(name = "rules", subcommands = {RulesListCommand.class, RulesExportCommand.class, RulesImportCommand.class})
final class RulesCommand extends CommandGroup {
    @Override
    String usageExample() {
        return "rules list|export FILE|import FILE";
    }
}
