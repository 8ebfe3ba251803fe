package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials sealed with a key derived from the user's passphrase, and the move from the generated key. */
class PassphraseSealingTest {
    private static final String SECRET = "amzn1.oa2-cs.v1.TOP-SECRET-client-secret-0123456789";
    private static final String REFRESH = "Atzr|IwEBIREFRESH-TOKEN-must-never-be-plain-9876543210";

    @TempDir
    Path dir;

    private static AmazonAccount account() {
        return new AmazonAccount("https://sellingpartnerapi-na.amazon.com", "https://api.amazon.com/auth/o2/token",
                "amzn1.application-oa2-client.visibleclientid", Secret.of(SECRET), Secret.of(REFRESH),
                "A2SELLERID", AmazonAccount.US_MARKETPLACE);
    }

    private static Supplier<Optional<char[]>> pass(String p) {
        return () -> Optional.of(p.toCharArray());
    }

    private static final Supplier<Optional<char[]>> NONE = Optional::empty;

    private Optional<AmazonAccount> find(Workspace ws, SecretSealer sealer) {
        return new JdbiAmazonAccountRepository(ws.jdbi(), sealer, Clock.systemUTC()).find();
    }

    @Test
    void aPassphraseSealsWithoutAnyKeyOnDiskAndOnlyThatPassphraseOpens() throws Exception {
        try (Workspace ws = Workspace.open(dir, Clock.systemUTC())) {
            new JdbiAmazonAccountRepository(ws.jdbi(), new SecretSealer(dir, pass("correct horse"), NONE),
                    Clock.systemUTC()).save(account());

            assertThat(dir.resolve("keys/credentials.key")).doesNotExist();
            assertThat(Files.readString(dir.resolve("keys/passphrase.salt"))).startsWith("pbkdf2-sha512:210000:");
            assertThat(find(ws, new SecretSealer(dir, pass("correct horse"), NONE))).contains(account());

            // Asked for only when it was not given beforehand; a wrong one opens nothing.
            AtomicInteger asked = new AtomicInteger();
            assertThat(find(ws, new SecretSealer(dir, NONE, () -> {
                asked.incrementAndGet();
                return Optional.of("correct horse".toCharArray());
            }))).contains(account());
            assertThat(asked).hasValue(1);
            assertThatThrownBy(() -> find(ws, new SecretSealer(dir, pass("wrong horse"), NONE)))
                    .isInstanceOf(SealedSecretException.class).hasMessageContaining("Connect the Amazon account again");
            assertThatThrownBy(() -> find(ws, new SecretSealer(dir, NONE, NONE)))
                    .isInstanceOf(SealedSecretException.class).hasMessageContaining("PRICEDESK_PASSPHRASE")
                    .hasMessageNotContaining("correct horse");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                assertThat(SealedCredentialsTest.contains(bytes, SECRET)).as(f.toString()).isFalse();
                assertThat(SealedCredentialsTest.contains(bytes, REFRESH)).as(f.toString()).isFalse();
                assertThat(SealedCredentialsTest.contains(bytes, "correct horse")).as(f.toString()).isFalse();
            }
        }
    }

    @Test
    void credentialsSealedWithTheGeneratedKeyMoveToThePassphraseOnceItIsGiven() {
        try (Workspace ws = Workspace.open(dir, Clock.systemUTC())) {
            new JdbiAmazonAccountRepository(ws.jdbi(), new SecretSealer(dir), Clock.systemUTC()).save(account());
            assertThat(dir.resolve("keys/credentials.key")).exists();

            assertThat(find(ws, new SecretSealer(dir, pass("s3cret phrase"), NONE))).contains(account());

            // Sealed anew with the passphrase; the generated key is gone and no longer needed.
            assertThat(dir.resolve("keys/credentials.key")).doesNotExist();
            assertThat(find(ws, new SecretSealer(dir, pass("s3cret phrase"), NONE))).contains(account());
            assertThatThrownBy(() -> find(ws, new SecretSealer(dir))).isInstanceOf(SealedSecretException.class);
        }
    }

    @Test
    void theDerivedKeyDependsOnPassphraseAndSalt() {
        byte[] salt = new byte[16];
        byte[] otherSalt = new byte[16];
        otherSalt[0] = 1;
        byte[] k = SecretSealer.derive("abc".toCharArray(), salt);
        assertThat(k).hasSize(32).isEqualTo(SecretSealer.derive("abc".toCharArray(), salt));
        assertThat(k).isNotEqualTo(SecretSealer.derive("abd".toCharArray(), salt));
        assertThat(k).isNotEqualTo(SecretSealer.derive("abc".toCharArray(), otherSalt));
        assertThatThrownBy(() -> SecretSealer.derive(new char[0], salt)).isInstanceOf(SealedSecretException.class);
    }
}
