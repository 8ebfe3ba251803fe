package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.jobs.JobStatus;
import com.pricedesk.app.jobs.JobTexts;
import com.pricedesk.app.jobs.SchedulerStatus;
import com.pricedesk.domain.jobs.JobRun;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jobs status [--json]}: each job's last run, outcome, next due time and failures in a row. */
@Command(name = "status")
final class JobsStatusCommand implements Callable<Integer> {
    @ParentCommand
    JobsCommand jobs;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = jobs.root.messages();
        SchedulerStatus status;
        try (AppContext app = jobs.root.openContext()) {
            status = app.scheduler().status();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode doc = Json.object();
            ArrayNode list = doc.putArray("jobs");
            for (JobStatus j : status.jobs()) {
                ObjectNode n = list.addObject();
                n.put("name", j.name());
                n.put("schedule", JobTexts.scheduleKey(j.schedule()));
                Optional<JobRun> last = j.lastRun();
                n.put("last_run", last.map(r -> r.startedAt().toString()).orElse(null));
                n.put("last_finished", last.flatMap(JobRun::finishedAt).map(Instant::toString).orElse(null));
                n.put("outcome", last.map(r -> r.outcome().key()).orElse(null));
                n.put("message", last.flatMap(JobRun::message).orElse(null));
                n.put("remote", last.map(JobRun::remote).orElse(false));
                n.put("last_success", j.lastSuccessAt().map(Instant::toString).orElse(null));
                n.put("next_due", j.nextDueAt().map(Instant::toString).orElse(null));
                n.put("failures", j.consecutiveFailures());
                n.put("running", j.running());
                n.put("paused", j.paused());
            }
            Json.print(out, doc);
            return ExitCode.DONE;
        }
        for (JobStatus j : status.jobs()) {
            String last = j.lastRun().map(r -> msg.get("cli.jobs.lastRun", r.startedAt().toString(),
                    JobTexts.outcome(msg, r.outcome()) + JobTexts.detail(msg, r).map(d -> ": " + d).orElse("")))
                    .orElse(msg.get("cli.jobs.neverRun"));
            String next = j.paused() ? msg.get("cli.jobs.paused")
                    : j.nextDueAt().map(t -> msg.get("cli.jobs.nextDue", t.toString()))
                    .orElse(msg.get("cli.jobs.whenTriggered"));
            out.println(msg.get("cli.jobs.line", j.name(), JobTexts.name(msg, j.name()),
                    JobTexts.schedule(msg, j.schedule()), last, next, j.consecutiveFailures()));
        }
        out.flush();
        return ExitCode.DONE;
    }
}
