package com.pricedesk.app.queue;

import com.pricedesk.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link CrashSafetyTest}: opens the workspace (through the test's database
 * server), prints READY, submits every approved change, prints DONE. The test kills it anywhere.
 */
public final class SubmissionProbe {
    private SubmissionProbe() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        double speed = Double.parseDouble(args[1]);
        Clock clock = Clock.systemUTC();
        try (Workspace ws = Workspace.open(dir, clock)) {
            SubmissionRig rig = new SubmissionRig(ws, speed, SubmissionRig.quickRetries(), clock);
            System.out.println("READY");
            System.out.flush();
            SubmissionService.Report r = rig.submission.submitApproved();
            System.out.println("DONE sent=" + r.sent() + " confirmed=" + r.confirmed());
            System.out.flush();
        }
    }
}
