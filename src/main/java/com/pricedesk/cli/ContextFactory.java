package com.pricedesk.cli;

import com.pricedesk.AppContext;
import java.nio.file.Path;

/** Opens the application for a command; tests hand in their own clock this way. */
@FunctionalInterface
public interface ContextFactory {
    AppContext open(Path dataDir);
}
