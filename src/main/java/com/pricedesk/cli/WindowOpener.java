package com.pricedesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Opens the workstation window; given to the CLI so that no command means "open the window". */
@FunctionalInterface
public interface WindowOpener {
    /** Blocks until the window is closed; returns the exit code. The language is given only if chosen with --lang. */
    int open(Path dataDir, Optional<Locale> language);
}
