package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedCredentialsTest {
    private static final String SECRET = "amzn1.oa2-cs.v1.TOP-SECRET-client-secret-0123456789";
    private static final String REFRESH = "Atzr|IwEBIREFRESH-TOKEN-must-never-be-plain-9876543210";

    @TempDir
    Path dir;

    private AmazonAccount account() {
        return new AmazonAccount("https://sellingpartnerapi-na.amazon.com", "https://api.amazon.com/auth/o2/token",
                "amzn1.application-oa2-client.visibleclientid", Secret.of(SECRET), Secret.of(REFRESH),
                "A2SELLERID", AmazonAccount.US_MARKETPLACE);
    }

    @Test
    void accountRoundTripsAndIsNotInTheDatabaseFileInPlainText() throws Exception {
        try (Workspace ws = Workspace.open(dir, Clock.systemUTC())) {
            JdbiAmazonAccountRepository repo = new JdbiAmazonAccountRepository(ws.jdbi(), new SecretSealer(dir),
                    Clock.systemUTC());
            repo.save(account());
            repo.save(account());
            assertThat(repo.find()).contains(account());
        }
        // A fresh sealer reads the key file back.
        try (Workspace ws = Workspace.open(dir, Clock.systemUTC())) {
            assertThat(new JdbiAmazonAccountRepository(ws.jdbi(), new SecretSealer(dir), Clock.systemUTC()).find())
                    .contains(account());
        }
        byte[] db = Files.readAllBytes(Workspace.databaseFile(dir));
        assertThat(contains(db, "visibleclientid")).as("the grep can see plain columns").isTrue();
        assertThat(contains(db, SECRET)).isFalse();
        assertThat(contains(db, REFRESH)).isFalse();
        assertThat(contains(db, "TOP-SECRET")).isFalse();
        assertThat(contains(db, "REFRESH-TOKEN")).isFalse();
    }

    @Test
    void keyFileIsReadableByTheOwnerOnly() throws Exception {
        SecretSealer sealer = new SecretSealer(dir);
        sealer.seal(Secret.of("x"), "test");
        Path key = dir.resolve("keys").resolve("credentials.key");
        assertThat(key).exists();
        assertThat(Files.size(key)).isEqualTo(32);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void sealedValuesAreBoundToTheirPurposeAndKey() {
        SecretSealer sealer = new SecretSealer(dir);
        String sealed = sealer.seal(Secret.of(SECRET), "lwa.client_secret");

        assertThat(sealed).doesNotContain(SECRET).startsWith("v1:");
        assertThat(sealer.seal(Secret.of(SECRET), "lwa.client_secret")).as("fresh IV each time").isNotEqualTo(sealed);
        assertThat(sealer.open(sealed, "lwa.client_secret").reveal()).isEqualTo(SECRET);
        assertThatThrownBy(() -> sealer.open(sealed, "lwa.refresh_token"))
                .isInstanceOf(SealedSecretException.class)
                .hasMessageNotContaining(SECRET);
        SecretSealer otherKey = new SecretSealer(dir.resolve("elsewhere"));
        assertThatThrownBy(() -> otherKey.open(sealed, "lwa.client_secret"))
                .isInstanceOf(SealedSecretException.class)
                .hasMessageContaining("Connect the Amazon account again");
    }

    @Test
    void secretsNeverShowInToString() {
        assertThat(account().toString()).doesNotContain(SECRET).doesNotContain(REFRESH).contains("******");
        assertThat(Secret.of(SECRET).toString()).isEqualTo("******");
    }

    static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
