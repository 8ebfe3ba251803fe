package com.pricedesk.cli;

import com.pricedesk.AppContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/** Runs the real CLI in-process and captures stdout, stderr and the exit code. */
public final class CliHarness {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    /** Output of one run. */
    public record Run(int exitCode, String out, String err) {
    }

    private CliHarness() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliRunner runner = new CliRunner(dir -> AppContext.open(dir, CLOCK),
                (dir, lang) -> {
                    throw new AssertionError("the CLI tried to open a window");
                }, Locale.US);
        int code = runner.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
