package com.pricedesk;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** Points Logback's rolling file at the workspace's {@code logs/} folder once the data dir is known. */
final class Logging {
    private Logging() {
    }

    static void toDataDir(Path dataDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        context.putProperty("LOG_DIR", dataDir.resolve("logs").toAbsolutePath().toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(Logging.class.getResource("/pricedesk-logback.xml"));
        } catch (JoranException e) {
            // Logging must never stop the seller from working; Logback keeps its own status list.
            context.getStatusManager().add(new ch.qos.logback.core.status.ErrorStatus("log setup failed", context, e));
        }
    }
}
