package com.pricedesk.cli;

import com.pricedesk.AppContext;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pause}: switches the emergency stop on; it stays on across restarts until {@code resume}. */
@Command(name = "pause")
final class PauseCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext app = root.openContext()) {
            app.emergencyStop().pause("cli:" + System.getProperty("user.name", "user"));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(root.messages().get("cli.pause.done"));
        out.flush();
        return ExitCode.DONE;
    }
}
