package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code queue reject ID... [--json]}: rejects proposals (all or none of the named ones). */
@Command(name = "reject")
final class QueueRejectCommand implements Callable<Integer> {
    @ParentCommand
    QueueCommand group;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*", descriptionKey = "cli.queue.ids")
    List<Long> ids;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = group.root.messages();
        return QueueMoves.run(spec, msg, json, () -> {
            try (AppContext app = group.root.openContext()) {
                return app.queue().reject(ids, "cli:" + System.getProperty("user.name", "user"));
            }
        }, "cli.queue.rejected");
    }
}
