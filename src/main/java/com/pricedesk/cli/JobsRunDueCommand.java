package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.jobs.JobTexts;
import com.pricedesk.domain.jobs.JobOutcome;
import com.pricedesk.domain.jobs.JobRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jobs run-due}: runs every job that is due now, once, and exits (for cron or Task Scheduler).
 * Exit 4 when a job failed remotely, 1 when one failed otherwise.
 */
@Command(name = "run-due")
final class JobsRunDueCommand implements Callable<Integer> {
    @ParentCommand
    JobsCommand jobs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages msg = jobs.root.messages();
        PrintWriter out = spec.commandLine().getOut();
        List<JobRun> ran;
        try (AppContext app = jobs.root.openContext()) {
            // A demo workspace's marketplace runs in this process: start it before the sync jobs ask it.
            app.demoMarket().resumeIfDemo();
            ran = app.scheduler().runDue();
        }
        if (ran.isEmpty()) {
            out.println(msg.get("cli.jobs.nothingDue"));
        }
        for (JobRun r : ran) {
            long ms = r.finishedAt().map(f -> Duration.between(r.startedAt(), f).toMillis()).orElse(0L);
            out.println(msg.get("cli.jobs.ran", r.job(), JobTexts.outcome(msg, r.outcome()),
                    JobTexts.detail(msg, r).map(d -> ": " + d).orElse(""), ms));
        }
        out.flush();
        if (ran.stream().anyMatch(r -> r.outcome() == JobOutcome.FAILED && r.remote())) {
            return ExitCode.REMOTE_FAILURE;
        }
        if (ran.stream().anyMatch(r -> r.outcome() == JobOutcome.FAILED)) {
            return ExitCode.INTERNAL_ERROR;
        }
        return ExitCode.DONE;
    }
}
