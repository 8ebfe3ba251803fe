package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one workspace: the second shares the first's database or is told it is in use. */
class WorkspaceTwoProcessTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessConnectsThroughTheFirstAndSeesTheSameData() throws Exception {
        try (Workspace first = Workspace.open(dir, Clock.systemUTC())) {
            first.jdbi().useHandle(h -> h.execute("INSERT INTO setting (setting_key, setting_value) VALUES ('window', 'open')"));

            String out = runProbe();

            assertThat(out).contains("OPENED settings=1");
            String written = first.jdbi().withHandle(h -> h.createQuery(
                    "SELECT setting_value FROM setting WHERE setting_key = 'probe'").mapTo(String.class).one());
            assertThat(written).isEqualTo("second process");
        }
        try (Workspace reopened = Workspace.open(dir, Clock.systemUTC())) {
            int n = reopened.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM setting").mapTo(Integer.class).one());
            assertThat(n).as("both processes' writes survive").isEqualTo(2);
        }
    }

    @Test
    void secondProcessIsRefusedClearlyWhenTheHolderDoesNotShare() throws Exception {
        Workspace.open(dir, Clock.systemUTC()).close();
        // A tool that opened the file without auto-server (e.g. an H2 console) holds an exclusive lock.
        try (Connection exclusive = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Workspace.DB_NAME), "pricedesk", "")) {
            String out = runProbe();
            assertThat(out).startsWith("IN_USE").contains("Workspace already open").contains(dir.toString());
        }
    }

    @Test
    void sharingPortIsReachableOnlyFromThisMachine() throws Exception {
        try (Workspace ws = Workspace.open(dir, Clock.systemUTC())) {
            java.util.Properties lock = new java.util.Properties();
            try (var in = java.nio.file.Files.newInputStream(dir.resolve(Workspace.DB_NAME + ".lock.db"))) {
                lock.load(in);
            }
            int port = Integer.parseInt(lock.getProperty("server").replaceAll(".*:", ""));
            try (var loopback = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                assertThat(loopback.isConnected()).isTrue();
            }
            List<java.net.InetAddress> external = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
                    .stream().flatMap(NetworkInterfaceAddresses::of).filter(a -> !a.isLoopbackAddress()).toList();
            for (java.net.InetAddress address : external) {
                try (var s = new java.net.Socket()) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(
                                    () -> s.connect(new java.net.InetSocketAddress(address, port), 2000))
                            .as("workspace port reachable on " + address).isInstanceOf(IOException.class);
                }
            }
        }
    }

    /** Addresses of one network interface as a stream. */
    private static final class NetworkInterfaceAddresses {
        static java.util.stream.Stream<java.net.InetAddress> of(java.net.NetworkInterface nic) {
            return java.util.Collections.list(nic.getInetAddresses()).stream();
        }
    }

    private String runProbe() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                WorkspaceProbe.class.getName(), dir.toString()))
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
