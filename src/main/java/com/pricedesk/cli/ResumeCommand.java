package com.pricedesk.cli;

import com.pricedesk.AppContext;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code resume}: switches the emergency stop off; approved changes may be sent again. */
@Command(name = "resume")
final class ResumeCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext app = root.openContext()) {
            app.emergencyStop().resume("cli:" + System.getProperty("user.name", "user"));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(root.messages().get("cli.resume.done"));
        out.flush();
        return ExitCode.DONE;
    }
}
