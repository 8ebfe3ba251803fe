package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code queue list [--state S] [--json]}. */
@Command(name = "list")
final class QueueListCommand implements Callable<Integer> {
    @ParentCommand
    QueueCommand group;

    @Spec
    CommandSpec spec;

    @Option(names = "--state", paramLabel = "S", descriptionKey = "cli.queue.state")
    String state;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = group.root.messages();
        Optional<ChangeState> filter;
        try {
            filter = Optional.ofNullable(state).map(ChangeState::parse);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.queue.error.state", state));
        }
        List<QueuedChange> list;
        try (AppContext app = group.root.openContext()) {
            list = app.queue().list(filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, QueueJson.changes(list, msg.locale()));
        } else {
            QueueJson.text(out, list, msg.locale());
            PrintWriter err = spec.commandLine().getErr();
            err.println(msg.get("cli.queue.count", list.size()));
            err.flush();
        }
        return ExitCode.DONE;
    }
}
