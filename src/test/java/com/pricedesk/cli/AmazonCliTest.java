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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sim serve} and {@code connect} end to end through the real CLI. */
class AmazonCliTest {
    @TempDir
    Path dataDir;

    private Thread server;
    private final AtomicInteger serverExit = new AtomicInteger(-1);
    private JsonNode endpoints;
    private InputStream originalIn;

    @BeforeEach
    void startSimulator() throws Exception {
        originalIn = System.in;
        PipedInputStream pipe = new PipedInputStream(1 << 16);
        PrintWriter out = new PrintWriter(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
        server = new Thread(() -> serverExit.set(cli().run(out, new PrintWriter(new StringWriter()), "sim", "serve",
                "--seed", "42", "--speed", "20")));
        server.start();
        String first = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8)).readLine();
        endpoints = new ObjectMapper().readTree(first);
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

    private Result connect(String stdin, String... extra) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString(), "connect",
                "--sp-api-endpoint", endpoints.get("sp_api_endpoint").asText(),
                "--lwa-endpoint", endpoints.get("lwa_endpoint").asText(),
                "--client-id", endpoints.get("client_id").asText(),
                "--seller-id", endpoints.get("seller_id").asText()));
        args.addAll(List.of(extra));
        int exit = cli().run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void simServePrintsOneJsonLineWithEndpointsAndCredentials() {
        assertThat(endpoints.fieldNames()).toIterable().containsExactly("sp_api_endpoint", "lwa_endpoint",
                "client_id", "client_secret", "refresh_token", "seller_id", "ads_endpoint", "ads_profile_id");
        assertThat(endpoints.get("sp_api_endpoint").asText()).startsWith("http://127.0.0.1:");
        assertThat(endpoints.get("lwa_endpoint").asText()).endsWith("/auth/o2/token");
    }

    @Test
    void connectVerifiesStoresSealedAndNeverWritesTheSecretsInTheDataDir() throws Exception {
        String secret = endpoints.get("client_secret").asText();
        String refresh = endpoints.get("refresh_token").asText();

        Result r = connect(secret + "\n" + refresh + "\n");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Connected Amazon seller " + endpoints.get("seller_id").asText());
        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(app.amazon().testStoredConnection()).get()
                    .satisfies(a -> assertThat(a.refreshToken().reveal()).isEqualTo(refresh));
        }
        // Grep every file of the workspace (database, logs, keys) for the plain credentials.
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".mv.db"));
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            assertThat(com.pricedesk.store.SealedCredentialsTestAccess.contains(bytes, secret)).as(f.toString())
                    .isFalse();
            assertThat(com.pricedesk.store.SealedCredentialsTestAccess.contains(bytes, refresh)).as(f.toString())
                    .isFalse();
        }
        assertThat(r.out() + r.err()).doesNotContain(secret).doesNotContain(refresh);
    }

    @Test
    void wrongRefreshTokenIsRefusedWithExitFourAndNothingStored() throws Exception {
        Result r = connect(endpoints.get("client_secret").asText() + "\nAtzr|wrong\n");

        assertThat(r.exit()).isEqualTo(ExitCode.REMOTE_FAILURE);
        assertThat(r.err()).contains("invalid_grant").doesNotContain("Atzr|wrong");
        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(app.amazon().testStoredConnection()).isEmpty();
        }
    }

    @Test
    void wrongSellerIdFailsTheTestCallAndNothingIsStored() throws Exception {
        System.setIn(new ByteArrayInputStream((endpoints.get("client_secret").asText() + "\n"
                + endpoints.get("refresh_token").asText() + "\n").getBytes(StandardCharsets.UTF_8)));
        StringWriter err = new StringWriter();
        int exit = cli().run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--data-dir",
                dataDir.toString(), "connect", "--sp-api-endpoint", endpoints.get("sp_api_endpoint").asText(),
                "--lwa-endpoint", endpoints.get("lwa_endpoint").asText(),
                "--client-id", endpoints.get("client_id").asText(), "--seller-id", "A_NOT_THIS_SELLER");

        assertThat(exit).isEqualTo(ExitCode.REMOTE_FAILURE);
        assertThat(err.toString()).contains("searchListingsItems").contains("403").contains("Unauthorized");
        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(app.amazon().testStoredConnection()).isEmpty();
        }
    }

    @Test
    void missingStdinIsAUsageErrorAndBadUrlIsRejectedInput() {
        assertThat(connect("only-one-line\n").exit()).isEqualTo(ExitCode.USAGE);
        System.setIn(new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)));
        StringWriter err = new StringWriter();
        int exit = cli().run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--data-dir",
                dataDir.toString(), "connect", "--sp-api-endpoint", "ftp://nowhere", "--client-id", "c",
                "--seller-id", "s");
        assertThat(exit).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(err.toString()).contains("SP-API endpoint");
    }
}
