package com.pricedesk.cli;

/** The exit codes of CLI.md: scripts depend on them. */
public final class ExitCode {
    public static final int DONE = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int INPUT_REJECTED = 3;
    public static final int REMOTE_FAILURE = 4;
    public static final int BLOCKED = 5;

    private ExitCode() {
    }
}
