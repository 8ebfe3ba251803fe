package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.DataDir;
import com.pricedesk.app.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level command: global options; without a subcommand it opens the window. */
@Command(name = "pricedesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE,
        subcommands = {DemoCommand.class, SkusCommand.class, FeesCommand.class, QuoteCommand.class,
                ImportCostsCommand.class, ImportAdsCommand.class, ImportsCommand.class, ExportCommand.class,
                RulesCommand.class, RepriceCommand.class, QueueCommand.class, SubmitCommand.class, PauseCommand.class,
                ResumeCommand.class, ConnectCommand.class, SimCommand.class, SyncCommand.class, HistoryCommand.class,
                JobsCommand.class})
public final class PriceDeskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.data-dir")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "en|zh-CN", descriptionKey = "cli.option.lang")
    String lang;

    private final ContextFactory contexts;
    private final WindowOpener window;
    private final Locale systemLocale;

    public PriceDeskCommand(ContextFactory contexts, WindowOpener window, Locale systemLocale) {
        this.contexts = contexts;
        this.window = window;
        this.systemLocale = systemLocale;
    }

    @Override
    public Integer call() {
        return window.open(dataDir(), Optional.ofNullable(lang).map(Messages::parseLanguage));
    }

    Path dataDir() {
        return dataDir != null ? dataDir : DataDir.defaultDir();
    }

    Locale locale() {
        return lang != null ? Messages.parseLanguage(lang) : Messages.supported(systemLocale);
    }

    Messages messages() {
        return new Messages(locale());
    }

    AppContext openContext() {
        return contexts.open(dataDir());
    }
}
