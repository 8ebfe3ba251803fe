package com.pricedesk.cli;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.store.WorkspaceException;
import com.pricedesk.store.WorkspaceInUseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the picocli command line with PriceDesk's exit codes, messages and language. */
public final class CliRunner {
    private static final Logger log = LoggerFactory.getLogger(CliRunner.class);
    private final ContextFactory contexts;
    private final WindowOpener window;
    private final Locale systemLocale;

    public CliRunner(ContextFactory contexts, WindowOpener window, Locale systemLocale) {
        this.contexts = contexts;
        this.window = window;
        this.systemLocale = systemLocale;
    }

    public int run(PrintWriter out, PrintWriter err, String... args) {
        Locale helpLocale = languageFromArgs(args);
        PriceDeskCommand root = new PriceDeskCommand(contexts, window, systemLocale);
        CommandLine cmd = new CommandLine(root);
        cmd.setResourceBundle(ResourceBundle.getBundle(Messages.BUNDLE, helpLocale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(parameterErrors(helpLocale));
        cmd.setExecutionExceptionHandler(executionErrors(helpLocale));
        return cmd.execute(args);
    }

    /** --lang must shape the help and error text even before picocli has parsed the arguments. */
    private Locale languageFromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            try {
                if (args[i].equals("--lang") && i + 1 < args.length) {
                    return Messages.parseLanguage(args[i + 1]);
                }
                if (args[i].startsWith("--lang=")) {
                    return Messages.parseLanguage(args[i].substring("--lang=".length()));
                }
            } catch (IllegalArgumentException e) {
                break;
            }
        }
        return Messages.supported(systemLocale);
    }

    private static IParameterExceptionHandler parameterErrors(Locale locale) {
        Messages msg = new Messages(locale);
        return (ParameterException ex, String[] args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println(msg.get("cli.error.prefix", ex.getMessage()));
            if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println(msg.get("cli.error.seeHelp", cmd.getCommandSpec().qualifiedName()));
            }
            err.flush();
            return ExitCode.USAGE;
        };
    }

    private static IExecutionExceptionHandler executionErrors(Locale locale) {
        Messages msg = new Messages(locale);
        return (Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof WorkspaceInUseException inUse) {
                err.println(msg.get("workspace.inUse", inUse.dataDir()));
            } else if (ex instanceof WorkspaceException) {
                err.println(msg.get("cli.error.workspace", ex.getMessage()));
            } else {
                log.error("Command failed", ex);
                err.println(msg.get("cli.error.internal", ex.toString()));
            }
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        };
    }
}
