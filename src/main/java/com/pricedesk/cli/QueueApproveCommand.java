package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.queue.UnknownChangeException;
import com.pricedesk.domain.queue.IllegalTransitionException;
import com.pricedesk.domain.queue.QueuedChange;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code queue approve ID...|--all [--json]}: approves proposals (all or none of the named ones). */
@Command(name = "approve")
final class QueueApproveCommand implements Callable<Integer> {
    @ParentCommand
    QueueCommand group;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", descriptionKey = "cli.queue.ids")
    List<Long> ids;

    @Option(names = "--all", descriptionKey = "cli.queue.all")
    boolean all;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = group.root.messages();
        boolean named = ids != null && !ids.isEmpty();
        if (named == all) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.queue.error.idsOrAll"));
        }
        return QueueMoves.run(spec, msg, json, () -> {
            try (AppContext app = group.root.openContext()) {
                String actor = "cli:" + System.getProperty("user.name", "user");
                return all ? app.queue().approveAll(c -> true, actor) : app.queue().approve(ids, actor);
            }
        }, "cli.queue.approved");
    }
}
