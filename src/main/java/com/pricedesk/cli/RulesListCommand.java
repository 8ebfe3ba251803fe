package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;

import com.pricedesk.domain.rules.Condition;
import com.pricedesk.domain.rules.Conditions;
import com.pricedesk.domain.rules.ConflictReport;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleScope;
import com.pricedesk.domain.rules.RuleSet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rules list}: the current rule set, one rule per block, and the conflicts between rules. */
@Command(name = "list")
final class RulesListCommand implements Callable<Integer> {
    @ParentCommand
    RulesCommand rules;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = rules.root.messages();
        RuleSet set;
        List<ConflictReport.RuleConflict> conflicts;
        try (AppContext app = rules.root.openContext()) {
            set = app.rules().current();
            conflicts = app.rules().conflicts();
        }
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = msg.locale();
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("rule_set_version", set.version());
            set.savedAt().ifPresentOrElse(t -> doc.put("saved_at", t.toString()), () -> doc.putNull("saved_at"));
            ArrayNode list = doc.putArray("rules");
            for (Rule r : set.rules()) {
                ObjectNode n = list.addObject();
                n.put("id", r.id());
                n.put("name", r.name());
                n.put("priority", r.priority());
                n.put("enabled", r.enabled());
                n.put("summary", summary(r, msg));
            }
            ArrayNode cl = doc.putArray("conflicts");
            for (ConflictReport.RuleConflict c : conflicts) {
                ObjectNode n = cl.addObject();
                n.putArray("rules").add(c.first().id()).add(c.second().id());
                n.put("reason", c.why().in(locale));
            }
            Json.print(out, doc);
            return ExitCode.DONE;
        }
        if (set.rules().isEmpty()) {
            out.println(msg.get("cli.rules.none"));
            out.flush();
            return ExitCode.DONE;
        }
        out.println(msg.get("cli.rules.header", set.version(), set.savedAt().map(Object::toString).orElse("—"),
                set.rules().size()));
        for (Rule r : set.rules()) {
            out.printf("%n[%s] %s  (%s %d, %s)%n", r.id(), r.name(), msg.get("cli.rules.priority"), r.priority(),
                    msg.get(r.enabled() ? "cli.rules.enabled" : "cli.rules.disabled"));
            out.println("  " + summary(r, msg));
        }
        for (ConflictReport.RuleConflict c : conflicts) {
            out.println();
            out.println(msg.get("cli.rules.conflict", c.why().in(locale)));
        }
        out.flush();
        return ExitCode.DONE;
    }

    /** "when competitor gap ≥ 5% and BSR ≤ 10 then −3%; never below 20% margin; scope: hero". */
    static String summary(Rule r, Messages msg) {
        Locale locale = msg.locale();
        List<String> parts = new ArrayList<>();
        List<String> conditions = r.conditions().list().stream().map(Condition::describe).map(e -> e.in(locale)).toList();
        String joiner = " " + msg.get(r.conditions().match() == Conditions.Match.ALL ? "cli.rules.and" : "cli.rules.or") + " ";
        parts.add(msg.get("cli.rules.when") + " " + (conditions.isEmpty() ? msg.get("cli.rules.always")
                : String.join(joiner, conditions)) + " " + msg.get("cli.rules.then") + " " + r.action().describe().in(locale));
        r.minMarginPct().ifPresent(m -> parts.add(msg.get("cli.rules.minMargin", m.toPlainString())));
        RuleScope s = r.scope();
        List<String> scope = new ArrayList<>();
        s.tiers().stream().sorted().forEach(t -> scope.add(msg.get(t.messageKey())));
        s.tags().stream().sorted().forEach(t -> scope.add("#" + t));
        s.categories().stream().sorted().forEach(scope::add);
        s.skus().stream().sorted().forEach(scope::add);
        parts.add(msg.get("cli.rules.scope") + ": " + (scope.isEmpty() ? msg.get("cli.rules.everySku") : String.join(", ", scope)));
        return String.join("; ", parts);
    }

}
