package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.sync.NotConnectedException;
import com.pricedesk.app.sync.SyncFailedException;
import com.pricedesk.app.sync.SyncResult;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.SyncKind;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sync [listings|offers|inventory|traffic|fees|ads|all] [--json]}: pulls marketplace data. */
@Command(name = "sync")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", descriptionKey = "cli.sync.kind")
    String kind = "all";

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = root.messages();
        Set<SyncKind> kinds = kinds(msg);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext app = root.openContext()) {
            // A demo workspace's marketplace runs in this process: start it before asking it anything.
            app.demoMarket().resumeIfDemo();
            List<SyncResult> results = app.sync().sync(kinds);
            print(out, msg, results);
            return ExitCode.DONE;
        } catch (NotConnectedException e) {
            err.println(msg.get("cli.sync.error.notConnected"));
            return ExitCode.INPUT_REJECTED;
        } catch (SyncFailedException e) {
            print(out, msg, e.results());
            MarketplaceException cause = e.marketplaceCause();
            err.println(msg.get("cli.sync.error.remote", cause.operation(), Integer.toString(cause.httpStatus()),
                    cause.code(), cause.amazonMessage()));
            return ExitCode.REMOTE_FAILURE;
        } catch (MarketplaceException e) {
            err.println(msg.get("cli.sync.error.remote", e.operation(), Integer.toString(e.httpStatus()), e.code(),
                    e.amazonMessage()));
            return ExitCode.REMOTE_FAILURE;
        }
    }

    private Set<SyncKind> kinds(Messages msg) {
        if (kind.equalsIgnoreCase("all")) {
            return EnumSet.allOf(SyncKind.class);
        }
        try {
            return EnumSet.of(SyncKind.parse(kind));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.sync.error.kind", kind));
        }
    }

    private static boolean adsNotConnected(SyncResult r) {
        return r.kind() == com.pricedesk.domain.market.SyncKind.ADS && r.status() == SyncResult.Status.SKIPPED
                && r.message().map(com.pricedesk.app.sync.SyncService.ADS_NOT_CONNECTED::equals).orElse(false);
    }

    private void print(PrintWriter out, Messages msg, List<SyncResult> results) {
        if (json) {
            ObjectNode doc = Json.object();
            ArrayNode list = doc.putArray("kinds");
            for (SyncResult r : results) {
                ObjectNode n = list.addObject();
                n.put("kind", r.kind().key());
                n.put("status", r.status().name().toLowerCase(Locale.ROOT));
                n.put("items", r.items());
                n.put("fresh_as_of", r.freshAsOf().map(Object::toString).orElse(null));
                n.put("message", r.message().orElse(null));
            }
            Json.print(out, doc);
            return;
        }
        for (SyncResult r : results) {
            out.println(msg.get("cli.sync.line", r.kind().key(), msg.get("cli.sync.status."
                    + r.status().name().toLowerCase(Locale.ROOT)), r.items(),
                    r.freshAsOf().map(Object::toString).orElse("—"), adsNotConnected(r)
                            ? msg.get("cli.sync.ads.notConnected") : r.message().orElse("")));
        }
        out.flush();
    }
}
