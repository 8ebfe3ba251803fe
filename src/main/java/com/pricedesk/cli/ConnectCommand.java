package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ReauthorizationRequiredException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code connect}: stores an Amazon account after one real call proves it works. The client secret
 * and refresh token come on stdin (first and second line), never as arguments, so they stay out of
 * shell history and process lists.
 */
@Command(name = "connect")
final class ConnectCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--sp-api-endpoint", paramLabel = "URL", descriptionKey = "cli.connect.sp-api-endpoint")
    String spApiEndpoint = AmazonAccount.NA_SP_API_ENDPOINT;

    @Option(names = "--lwa-endpoint", paramLabel = "URL", descriptionKey = "cli.connect.lwa-endpoint")
    String lwaEndpoint = AmazonAccount.LWA_ENDPOINT;

    @Option(names = "--client-id", paramLabel = "ID", required = true, descriptionKey = "cli.connect.client-id")
    String clientId;

    @Option(names = "--seller-id", paramLabel = "ID", required = true, descriptionKey = "cli.connect.seller-id")
    String sellerId;

    @Override
    public Integer call() throws IOException {
        Messages msg = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        List<String> lines = readSecretLines();
        if (lines.size() < 2) {
            err.println(msg.get("cli.connect.error.stdin"));
            return ExitCode.USAGE;
        }
        AmazonAccount account;
        try {
            account = new AmazonAccount(spApiEndpoint, lwaEndpoint, clientId, Secret.of(lines.get(0)),
                    Secret.of(lines.get(1)), sellerId, AmazonAccount.US_MARKETPLACE);
        } catch (IllegalArgumentException e) {
            err.println(msg.get("cli.connect.error.invalid", e.getMessage()));
            return ExitCode.INPUT_REJECTED;
        }
        try (AppContext app = root.openContext()) {
            app.amazon().connect(account);
        } catch (ReauthorizationRequiredException e) {
            err.println(msg.get("cli.connect.error.refused", e.code(), e.amazonMessage()));
            return ExitCode.REMOTE_FAILURE;
        } catch (MarketplaceException e) {
            err.println(msg.get("cli.connect.error.remote", e.operation(), Integer.toString(e.httpStatus()), e.code(),
                    e.amazonMessage()));
            return ExitCode.REMOTE_FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(msg.get("cli.connect.done", sellerId, spApiEndpoint));
        out.flush();
        return ExitCode.DONE;
    }

    /** The first two non-blank lines of stdin: client secret, then refresh token. */
    private static List<String> readSecretLines() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>(2);
        String line;
        while (lines.size() < 2 && (line = in.readLine()) != null) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
