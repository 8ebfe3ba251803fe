package com.pricedesk.cli;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.queue.UnknownChangeException;
import com.pricedesk.domain.queue.IllegalTransitionException;
import com.pricedesk.domain.queue.QueuedChange;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/** Runs an approve or reject and reports it; unknown ids and illegal moves exit 3 with nothing changed. */
final class QueueMoves {
    private QueueMoves() {
    }

    static int run(CommandSpec spec, Messages msg, boolean json, Supplier<List<QueuedChange>> move, String doneKey) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<QueuedChange> moved;
        try {
            moved = move.get();
        } catch (UnknownChangeException e) {
            err.println(msg.get("cli.queue.error.unknown", Long.toString(e.id())));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        } catch (IllegalTransitionException e) {
            err.println(msg.get("cli.queue.error.transition", Long.toString(e.changeId()),
                    msg.get(e.from().messageKey()), msg.get(e.to().messageKey())));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        }
        if (json) {
            Json.print(out, QueueJson.changes(moved, msg.locale()));
        } else {
            QueueJson.text(out, moved, msg.locale());
            err.println(msg.get(doneKey, moved.size()));
            err.flush();
        }
        return ExitCode.DONE;
    }
}
