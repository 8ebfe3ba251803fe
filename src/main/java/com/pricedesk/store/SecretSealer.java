package com.pricedesk.store;

import com.pricedesk.domain.account.Secret;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals credentials with AES-256-GCM. The purpose of each value is bound in as associated data: a
 * sealed refresh token cannot be passed off as a client secret.
 *
 * <p>Where the key comes from (no OS keyring library is available to this build, so none is used):
 * <ul>
 * <li>a passphrase the user sets (environment variable {@code PRICEDESK_PASSPHRASE}, or typed when
 *     asked): the key is derived with PBKDF2-HMAC-SHA512 and a random salt kept in
 *     {@code keys/passphrase.salt}; the key itself is never written anywhere. Once a workspace has a
 *     salt, its credentials open only with that passphrase.</li>
 * <li>otherwise a random key generated into {@code keys/credentials.key}, readable by the owner only:
 *     what the demo workspace (whose credentials are the simulator's test ones) and workspaces
 *     connected without a passphrase use. A copied or exported database file alone reveals nothing.</li>
 * </ul>
 * When a passphrase is given and credentials are still sealed with the generated key, they are
 * sealed anew with the passphrase (see {@link #canOpenLegacy}) and the generated key is deleted.
 */
public final class SecretSealer {
    private static final Logger log = LoggerFactory.getLogger(SecretSealer.class);
    private static final String FORMAT = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    static final String SALT_FORMAT = "pbkdf2-sha512";
    static final int ITERATIONS = 210_000;

    private final Path keyFile;
    private final Path saltFile;
    private final Supplier<Optional<char[]>> given;
    private final Supplier<Optional<char[]>> ask;
    private final SecureRandom random = new SecureRandom();
    private byte[] key;

    /** The generated key file only (no passphrase is ever asked for). */
    public SecretSealer(Path dataDir) {
        this(dataDir, Optional::empty, Optional::empty);
    }

    /**
     * {@code given}: the passphrase the user set beforehand (e.g. in the environment), empty when none;
     * it seals new credentials. {@code ask}: asks for it (a prompt), only when stored credentials
     * need it and none was given. Each is called at most once, when a key is first needed.
     */
    public SecretSealer(Path dataDir, Supplier<Optional<char[]>> given, Supplier<Optional<char[]>> ask) {
        this.keyFile = dataDir.resolve("keys").resolve("credentials.key");
        this.saltFile = dataDir.resolve("keys").resolve("passphrase.salt");
        this.given = given;
        this.ask = ask;
    }

    /** How credentials are (or will be) sealed, as far as is known without asking anyone. */
    public enum Sealing {
        /** The generated key file, readable by the owner only; no passphrase set. */
        KEY_FILE,
        /** A key derived from the passphrase, which is known (given or entered). */
        PASSPHRASE,
        /** A passphrase was set, but it was neither given nor entered yet: nothing can be opened. */
        PASSPHRASE_NEEDED
    }

    /** The current {@link Sealing}; never prompts, creates no key file. */
    public synchronized Sealing sealing() {
        if (key == null) {
            Optional<char[]> p = givenOnce();
            if (Files.exists(saltFile)) {
                if (p.isEmpty()) {
                    return Sealing.PASSPHRASE_NEEDED;
                }
                key = derive(p.get(), readSalt());
            } else if (p.isPresent()) {
                key = derive(p.get(), createSalt());
            } else {
                return Sealing.KEY_FILE;
            }
        }
        return Files.exists(saltFile) ? Sealing.PASSPHRASE : Sealing.KEY_FILE;
    }

    /**
     * The passphrase typed in a form. When one was set before, it must open what is stored:
     * {@code acceptsKeyId} is asked about the key it derives, and a refusal leaves everything as it
     * was. When none was set, it is set now: new credentials are sealed with it, and those sealed
     * with the generated key are sealed anew on their next read (see {@link #canOpenLegacy}).
     */
    public synchronized void usePassphrase(char[] passphrase, java.util.function.Predicate<String> acceptsKeyId) {
        Sealing now = sealing();
        if (now == Sealing.PASSPHRASE) {
            return; // already known; changing it is not offered
        }
        if (now == Sealing.PASSPHRASE_NEEDED) {
            byte[] candidate = derive(passphrase, readSalt());
            if (!acceptsKeyId.test(fingerprint(candidate))) {
                throw new SealedSecretException("This passphrase does not open the stored Amazon credentials.");
            }
            key = candidate;
            return;
        }
        if (passphrase.length == 0) {
            throw new SealedSecretException("The passphrase is empty; set one with at least one character.");
        }
        key = derive(passphrase, createSalt());
    }

    private Optional<char[]> givenValue;

    private Optional<char[]> givenOnce() {
        if (givenValue == null) {
            givenValue = given.get();
        }
        return givenValue;
    }

    /** True when the key is derived from the user's passphrase. */
    public synchronized boolean usesPassphrase() {
        key();
        return Files.exists(saltFile);
    }

    /**
     * True when values sealed under {@code storedKeyId} are sealed with the generated key file while
     * the current key is the passphrase's: the caller opens them with {@link #openLegacy}, seals them
     * anew and then calls {@link #retireLegacyKey}.
     */
    public synchronized boolean canOpenLegacy(String storedKeyId) {
        return usesPassphrase() && Files.exists(keyFile) && fingerprint(readKey()).equals(storedKeyId);
    }

    /** Opens a value sealed with the generated key file (for sealing it anew with the passphrase). */
    public synchronized Secret openLegacy(String sealed, String purpose) {
        return open(sealed, purpose, readKey());
    }

    /** Deletes the generated key once nothing is sealed with it any more. */
    public synchronized void retireLegacyKey() {
        try {
            Files.deleteIfExists(keyFile);
            log.info("Credentials are sealed with the passphrase now; deleted the generated key");
        } catch (IOException e) {
            throw new SealedSecretException("The old credentials key " + keyFile + " cannot be deleted: "
                    + e.getMessage());
        }
    }

    /** A short fingerprint of the key, stored beside sealed values to tell "wrong key" from "damaged". */
    public synchronized String keyId() {
        return fingerprint(key());
    }

    private static String fingerprint(byte[] k) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(k);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public synchronized String seal(Secret secret, String purpose) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(secret.reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return FORMAT + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    public synchronized Secret open(String sealed, String purpose) {
        return open(sealed, purpose, key());
    }

    private Secret open(String sealed, String purpose, byte[] k) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new SealedSecretException("The stored " + purpose + " is not in a known sealed format.");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(k, "AES"), new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            c.updateAAD(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] plain = c.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
            return Secret.of(new String(plain, java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The cause may describe the cipher state; it never holds the plain value.
            throw new SealedSecretException("The stored " + purpose + " cannot be decrypted with "
                    + (Files.exists(saltFile) ? "this passphrase" : "the key in " + keyFile)
                    + ". Connect the Amazon account again.");
        }
    }

    private byte[] key() {
        if (key == null) {
            if (Files.exists(saltFile)) {
                char[] p = givenOnce().or(ask).orElseThrow(() -> new SealedSecretException("The Amazon credentials in "
                        + "this workspace are sealed with a passphrase. Set the environment variable "
                        + "PRICEDESK_PASSPHRASE to it (or enter it when asked) and try again."));
                key = derive(p, readSalt());
            } else {
                Optional<char[]> p = givenOnce();
                if (p.isPresent()) {
                    key = derive(p.get(), createSalt());
                } else {
                    key = Files.exists(keyFile) ? readKey() : createKey();
                }
            }
        }
        return key;
    }

    static byte[] derive(char[] passphrase, byte[] salt) {
        if (passphrase.length == 0) {
            throw new SealedSecretException("The passphrase is empty; set one with at least one character.");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ITERATIONS, KEY_BYTES * 8);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is missing from this Java runtime", e);
        }
    }

    private byte[] readSalt() {
        try {
            String[] parts = Files.readString(saltFile).trim().split(":");
            if (parts.length != 3 || !parts[0].equals(SALT_FORMAT) || Integer.parseInt(parts[1]) != ITERATIONS) {
                throw new SealedSecretException("The passphrase salt " + saltFile + " is not in a known format.");
            }
            return Base64.getDecoder().decode(parts[2]);
        } catch (IOException | IllegalArgumentException e) {
            throw new SealedSecretException("The passphrase salt " + saltFile + " cannot be read: " + e.getMessage());
        }
    }

    private byte[] createSalt() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        try {
            Path dir = saltFile.getParent();
            Files.createDirectories(dir);
            ownerOnly(dir, true);
            Files.writeString(saltFile, SALT_FORMAT + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt)
                    + "\n", StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            ownerOnly(saltFile, false);
            log.info("Credentials will be sealed with a key derived from the passphrase (salt in {})", dir);
            return salt;
        } catch (IOException e) {
            throw new SealedSecretException("The passphrase salt cannot be created in " + saltFile.getParent() + ": "
                    + e.getMessage());
        }
    }

    private byte[] readKey() {
        try {
            byte[] k = Files.readAllBytes(keyFile);
            if (k.length != KEY_BYTES) {
                throw new SealedSecretException("The credentials key " + keyFile + " is damaged. Connect the Amazon "
                        + "account again after deleting it.");
            }
            return k;
        } catch (IOException e) {
            throw new SealedSecretException("The credentials key " + keyFile + " cannot be read: " + e.getMessage());
        }
    }

    private byte[] createKey() {
        byte[] k = new byte[KEY_BYTES];
        random.nextBytes(k);
        try {
            Path dir = keyFile.getParent();
            Files.createDirectories(dir);
            ownerOnly(dir, true);
            Files.write(keyFile, k, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            ownerOnly(keyFile, false);
            log.info("Created the credentials key in {}", dir);
            return k;
        } catch (IOException e) {
            throw new SealedSecretException("The credentials key cannot be created in " + keyFile.getParent() + ": "
                    + e.getMessage());
        }
    }

    /** POSIX rw------- (rwx------ for the folder); on Windows an ACL that names only the owner. */
    private static void ownerOnly(Path path, boolean directory) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(path);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }
}
