package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.port.RuleSetFormat.RuleFormatException;
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

/** {@code rules import FILE}: rules from JSON saved as a new rule-set version; a bad file stores nothing (exit 3). */
@Command(name = "import")
final class RulesImportCommand implements Callable<Integer> {
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
        RuleSet saved;
        try (AppContext app = rules.root.openContext()) {
            saved = app.rules().importFrom(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println(msg.get("cli.rules.error.read", file, e.toString()));
            return ExitCode.INPUT_REJECTED;
        } catch (RuleFormatException e) {
            spec.commandLine().getErr().println(msg.get("cli.rules.error.format", file, e.getMessage()));
            return ExitCode.INPUT_REJECTED;
        }
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("file", file.toAbsolutePath().toString());
            doc.put("rule_set_version", saved.version());
            doc.put("rules", saved.rules().size());
            Json.print(spec.commandLine().getOut(), doc);
        } else {
            spec.commandLine().getErr().println(msg.get("cli.rules.imported", saved.rules().size(), file, saved.version()));
        }
        return ExitCode.DONE;
    }
}
