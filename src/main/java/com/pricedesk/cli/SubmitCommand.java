package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.queue.PausedException;
import com.pricedesk.app.queue.SubmissionService;
import com.pricedesk.app.sync.NotConnectedException;
import com.pricedesk.domain.market.MarketplaceException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code submit [--json]}: reconciles what is in flight, sends the approved changes and waits a
 * while for Amazon to show them. Exits 5 while the emergency stop is on, 4 when some failed.
 */
@Command(name = "submit")
final class SubmitCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SubmissionService.Report report;
        try (AppContext app = root.openContext()) {
            if (app.emergencyStop().isPaused()) {
                throw new PausedException();
            }
            app.demoMarket().resumeIfDemo();
            report = app.submission().submitApproved();
        } catch (PausedException e) {
            err.println(msg.get("cli.submit.error.paused"));
            err.flush();
            return ExitCode.BLOCKED;
        } catch (NotConnectedException e) {
            err.println(msg.get("cli.sync.error.notConnected"));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        } catch (MarketplaceException e) {
            err.println(msg.get("cli.sync.error.remote", e.operation(), Integer.toString(e.httpStatus()), e.code(),
                    e.amazonMessage()));
            err.flush();
            return ExitCode.REMOTE_FAILURE;
        }
        if (json) {
            ObjectNode doc = QueueJson.changes(report.touched(), msg.locale());
            doc.put("path", report.path().name().toLowerCase(Locale.ROOT));
            doc.put("sent", report.sent());
            doc.put("confirmed", report.confirmed());
            doc.put("failed", report.failed());
            doc.put("held", report.held());
            doc.put("awaiting_confirmation", report.stillPending());
            doc.put("not_sent", report.leftApproved());
            Json.print(out, doc);
        } else {
            QueueJson.text(out, report.touched(), msg.locale());
            err.println(msg.get("cli.submit.summary", report.sent(), report.confirmed(), report.failed(), report.held(),
                    report.stillPending(), report.leftApproved()));
            err.flush();
        }
        return report.failed() > 0 ? ExitCode.REMOTE_FAILURE : ExitCode.DONE;
    }
}
