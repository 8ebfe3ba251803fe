package com.pricedesk.cli;

import com.pricedesk.AppContext;
import com.pricedesk.app.amazon.AmazonConnectionService.AdsConnectionException;
import com.pricedesk.domain.account.AdsAccount;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code connect}: stores an Amazon account after one real call proves it works. The client secret
 * and refresh token come on stdin (first and second line), never as arguments, so they stay out of
 * shell history and process lists. With {@code --ads-profile-id} the Amazon Ads account is connected
 * too; its client secret and refresh token are the third and fourth lines of stdin, or the SP-API
 * ones when those lines are absent (one LWA app authorised for both).
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

    @Option(names = "--ads-profile-id", paramLabel = "ID", descriptionKey = "cli.connect.ads-profile-id")
    String adsProfileId;

    @Option(names = "--ads-endpoint", paramLabel = "URL", descriptionKey = "cli.connect.ads-endpoint")
    String adsEndpoint;

    @Option(names = "--ads-client-id", paramLabel = "ID", descriptionKey = "cli.connect.ads-client-id")
    String adsClientId;

    @Override
    public Integer call() throws IOException {
        Messages msg = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        boolean ads = adsProfileId != null;
        if (!ads && (adsEndpoint != null || adsClientId != null)) {
            err.println(msg.get("cli.connect.error.adsProfile"));
            return ExitCode.USAGE;
        }
        List<String> lines = readSecretLines(ads ? 4 : 2);
        if (lines.size() < 2 || lines.size() == 3) {
            err.println(msg.get(lines.size() == 3 ? "cli.connect.error.adsStdin" : "cli.connect.error.stdin"));
            return ExitCode.USAGE;
        }
        AmazonAccount account;
        Optional<AdsAccount> adsAccount;
        try {
            account = new AmazonAccount(spApiEndpoint, lwaEndpoint, clientId, Secret.of(lines.get(0)),
                    Secret.of(lines.get(1)), sellerId, AmazonAccount.US_MARKETPLACE);
            adsAccount = !ads ? Optional.empty() : Optional.of(new AdsAccount(
                    adsEndpoint == null ? AdsAccount.NA_ENDPOINT : adsEndpoint, lwaEndpoint,
                    adsClientId == null ? clientId : adsClientId, Secret.of(lines.get(lines.size() == 4 ? 2 : 0)),
                    Secret.of(lines.get(lines.size() == 4 ? 3 : 1)), validProfileId(adsProfileId)));
        } catch (IllegalArgumentException e) {
            err.println(msg.get("cli.connect.error.invalid", e.getMessage()));
            return ExitCode.INPUT_REJECTED;
        }
        try (AppContext app = root.openContext()) {
            app.amazon().connect(account, adsAccount);
        } catch (AdsConnectionException e) {
            MarketplaceException m = e.marketplaceFailure();
            err.println(msg.get("cli.connect.error.ads", m.operation(), Integer.toString(m.httpStatus()), m.code(),
                    m.amazonMessage()));
            return ExitCode.REMOTE_FAILURE;
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
        adsAccount.ifPresent(a -> out.println(msg.get("cli.connect.adsDone", a.profileId(), a.apiEndpoint())));
        out.flush();
        return ExitCode.DONE;
    }

    /** Amazon Ads profile ids are numbers; anything else is a typo caught before any call. */
    private static String validProfileId(String id) {
        String t = id.strip();
        if (!t.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException("--ads-profile-id must be the numeric Ads profile id, not \"" + t + "\"");
        }
        return t;
    }

    /** Up to {@code max} non-blank lines of stdin: client secret, refresh token (then the Ads ones). */
    private static List<String> readSecretLines(int max) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>(max);
        String line;
        while (lines.size() < max && (line = in.readLine()) != null) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
