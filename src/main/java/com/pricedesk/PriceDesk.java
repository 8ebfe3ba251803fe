package com.pricedesk;

import com.pricedesk.cli.CliRunner;
import com.pricedesk.ui.PriceDeskApp;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;

/**
 * The launcher: no arguments opens the window, arguments run the CLI. It does not extend
 * {@code Application}, so the jar starts with JavaFX on the plain classpath.
 */
public final class PriceDesk {
    private PriceDesk() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CliRunner cli = new CliRunner(dir -> AppContext.open(dir, Clock.systemDefaultZone()),
                (dataDir, language) -> {
                    Application.launch(PriceDeskApp.class, PriceDeskApp.parameters(dataDir, language));
                    return 0;
                },
                Locale.getDefault());
        System.exit(cli.run(out, err, args));
    }
}
