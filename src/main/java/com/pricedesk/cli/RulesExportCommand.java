package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rules export FILE}: the current rule set as JSON, for backup and sharing. */
@Command(name = "export")
final class RulesExportCommand implements Callable<Integer> {
    @ParentCommand
    RulesCommand rules;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.rules.file")
    Path file;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = rules.root.messages();
        RuleSet written;
        try (AppContext app = rules.root.openContext()) {
            written = app.rules().exportTo(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println(msg.get("cli.rules.error.write", file, e.getMessage()));
            return ExitCode.INPUT_REJECTED;
        }
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("file", file.toAbsolutePath().toString());
            doc.put("rule_set_version", written.version());
            doc.put("rules", written.rules().size());
            Json.print(spec.commandLine().getOut(), doc);
        } else {
            spec.commandLine().getErr().println(msg.get("cli.rules.exported", written.rules().size(), written.version(), file));
        }
        return ExitCode.DONE;
    }
}
