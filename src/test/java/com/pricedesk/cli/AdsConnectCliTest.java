package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.AppContext;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connect} with the optional Amazon Ads options and {@code sync ads}, end to end through the
 * real CLI against {@code sim serve} over HTTP.
 */
class AdsConnectCliTest {
    @TempDir
    Path dataDir;

    private Thread server;
    private JsonNode endpoints;
    private InputStream originalIn;

    @BeforeEach
    void startSimulator() throws Exception {
        originalIn = System.in;
        PipedInputStream pipe = new PipedInputStream(1 << 16);
        PrintWriter out = new PrintWriter(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
        // Fast enough that a week of Ads reports (2 minutes each on Amazon's clock) takes seconds.
        server = new Thread(() -> cli().run(out, new PrintWriter(new StringWriter()), "sim", "serve",
                "--seed", "42", "--speed", "240"));
        server.start();
        endpoints = new ObjectMapper().readTree(new BufferedReader(new InputStreamReader(pipe,
                StandardCharsets.UTF_8)).readLine());
    }

    @AfterEach
    void stopSimulator() throws Exception {
        System.setIn(originalIn);
        server.interrupt();
        server.join(5000);
    }

    private CliRunner cli() {
        return new CliRunner(dir -> AppContext.open(dir, Clock.systemUTC()), (dir, lang) -> 0, Locale.US);
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int exit = cli().run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    private Result connect(String stdin, String... extra) {
        List<String> args = new ArrayList<>(List.of("connect",
                "--sp-api-endpoint", endpoints.get("sp_api_endpoint").asText(),
                "--lwa-endpoint", endpoints.get("lwa_endpoint").asText(),
                "--client-id", endpoints.get("client_id").asText(),
                "--seller-id", endpoints.get("seller_id").asText()));
        args.addAll(List.of(extra));
        return run(stdin, args.toArray(String[]::new));
    }

    private String secrets() {
        return endpoints.get("client_secret").asText() + "\n" + endpoints.get("refresh_token").asText() + "\n";
    }

    @Test
    void simServeNamesItsAdsEndpointAndProfile() {
        assertThat(endpoints.get("ads_endpoint").asText()).startsWith("http://127.0.0.1:");
        assertThat(endpoints.get("ads_profile_id").asText()).matches("[0-9]+");
    }

    @Test
    void connectWithAdsStoresItSealedAndSyncAdsUsesTheAdsApi() throws Exception {
        Result r = connect(secrets(), "--ads-endpoint", endpoints.get("ads_endpoint").asText(),
                "--ads-profile-id", endpoints.get("ads_profile_id").asText());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Amazon Ads profile " + endpoints.get("ads_profile_id").asText());
        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(app.amazon().storedAdsAccount()).get().satisfies(a -> {
                assertThat(a.profileId()).isEqualTo(endpoints.get("ads_profile_id").asText());
                assertThat(a.refreshToken().reveal()).isEqualTo(endpoints.get("refresh_token").asText());
            });
        }

        Result sync = run("", "sync", "ads", "--json");
        assertThat(sync.exit()).as(sync.err()).isZero();
        JsonNode ads = new ObjectMapper().readTree(sync.out()).get("kinds").get(0);
        assertThat(ads.get("kind").asText()).isEqualTo("ads");
        assertThat(ads.get("status").asText()).isEqualTo("done");
        assertThat(ads.get("items").asInt()).isPositive();

        // The Ads secrets are sealed like the SP-API ones: nothing in the data dir holds them in the clear.
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            assertThat(com.pricedesk.store.SealedCredentialsTestAccess.contains(Files.readAllBytes(f),
                    endpoints.get("refresh_token").asText())).as(f.toString()).isFalse();
        }
    }

    @Test
    void separateAdsSecretsComeOnStdinLinesThreeAndFour() {
        // Lines 3 and 4 are the Ads client secret and refresh token; a wrong Ads token fails the Ads test call.
        Result r = connect(secrets() + endpoints.get("client_secret").asText() + "\nAtzr|not-the-ads-token\n",
                "--ads-endpoint", endpoints.get("ads_endpoint").asText(),
                "--ads-profile-id", endpoints.get("ads_profile_id").asText());

        assertThat(r.exit()).isEqualTo(ExitCode.REMOTE_FAILURE);
        assertThat(r.err()).contains("Amazon Ads").contains("invalid_grant").doesNotContain("Atzr|not-the-ads-token");
        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(app.amazon().storedAccount()).isEmpty();
        }
    }

    @Test
    void aProfileTheseCredentialsCannotUseIsRefusedAndNothingIsStored() {
        Result r = connect(secrets(), "--ads-endpoint", endpoints.get("ads_endpoint").asText(),
                "--ads-profile-id", "123");

        assertThat(r.exit()).isEqualTo(ExitCode.REMOTE_FAILURE);
        assertThat(r.err()).contains("Amazon Ads").contains("UnknownProfile").contains("123");
        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(app.amazon().storedAccount()).isEmpty();
            assertThat(app.amazon().storedAdsAccount()).isEmpty();
        }
    }

    @Test
    void adsOptionsWithoutAProfileIdOrWithANonNumericOneAreRejected() {
        assertThat(connect(secrets(), "--ads-endpoint", "https://x.example").exit()).isEqualTo(ExitCode.USAGE);
        Result r = connect(secrets(), "--ads-profile-id", "abc");
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(r.err()).contains("--ads-profile-id");
    }

    @Test
    void withoutAdsSyncAdsSaysToImportTheExcelReport() {
        assertThat(connect(secrets()).exit()).isZero();

        Result sync = run("", "sync", "ads");

        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("ads: skipped").contains("import-ads");
        // Connecting again without Ads forgets an Ads account stored before.
        assertThat(connect(secrets(), "--ads-endpoint", endpoints.get("ads_endpoint").asText(),
                "--ads-profile-id", endpoints.get("ads_profile_id").asText()).exit()).isZero();
        assertThat(connect(secrets()).exit()).isZero();
        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(app.amazon().storedAdsAccount()).isEmpty();
        }
    }
}
