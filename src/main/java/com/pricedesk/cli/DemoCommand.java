package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.demo.DemoWorkspaceService;
import com.pricedesk.app.demo.DemoWorkspaceService.WorkspaceNotEmptyException;
import com.pricedesk.app.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: fills the workspace with the demo seller's shop. */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "cli.demo.seed")
    long seed = DemoWorkspaceService.DEFAULT_SEED;

    @Option(names = "--skus", paramLabel = "N", descriptionKey = "cli.demo.skus")
    int skus = DemoWorkspaceService.DEFAULT_SKUS;

    @Option(names = "--force", descriptionKey = "cli.demo.force")
    boolean force;

    @Override
    public Integer call() {
        Messages msg = root.messages();
        if (skus < 1 || skus > 200_000) {
            spec.commandLine().getErr().println(msg.get("cli.demo.error.count", skus));
            return ExitCode.USAGE;
        }
        try (AppContext app = root.openContext()) {
            DemoWorkspaceService.Result r = app.demo().create(seed, skus, force);
            spec.commandLine().getErr().println(msg.get("cli.demo.created", r.skus(), app.dataDir(), Long.toString(r.seed())));
            spec.commandLine().getErr().println(msg.get("cli.demo.history", app.marketHistory().dayCount(),
                    app.marketHistory().offerSnapshotCount()));
            return ExitCode.DONE;
        } catch (com.pricedesk.domain.market.MarketplaceException e) {
            spec.commandLine().getErr().println(msg.get("cli.sync.error.remote", e.operation(),
                    Integer.toString(e.httpStatus()), e.code(), e.amazonMessage()));
            return ExitCode.REMOTE_FAILURE;
        } catch (com.pricedesk.app.sync.SyncFailedException e) {
            var c = e.marketplaceCause();
            spec.commandLine().getErr().println(msg.get("cli.sync.error.remote", c.operation(),
                    Integer.toString(c.httpStatus()), c.code(), c.amazonMessage()));
            return ExitCode.REMOTE_FAILURE;
        } catch (WorkspaceNotEmptyException e) {
            spec.commandLine().getErr().println(msg.get("cli.demo.error.notEmpty", e.skuCount()));
            return ExitCode.INPUT_REJECTED;
        }
    }
}
