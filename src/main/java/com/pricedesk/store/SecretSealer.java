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
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals credentials with AES-256-GCM. The key lives in {@code keys/credentials.key} in the data dir,
 * readable by the owner only, so a copied or exported database file alone reveals nothing. The
 * purpose of each value is bound in as associated data: a sealed refresh token cannot be passed off
 * as a client secret.
 */
public final class SecretSealer {
    private static final Logger log = LoggerFactory.getLogger(SecretSealer.class);
    private static final String FORMAT = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private byte[] key;

    public SecretSealer(Path dataDir) {
        this.keyFile = dataDir.resolve("keys").resolve("credentials.key");
    }

    /** A short fingerprint of the key, stored beside sealed values to tell "wrong key" from "damaged". */
    public synchronized String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key());
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
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new SealedSecretException("The stored " + purpose + " is not in a known sealed format.");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            c.updateAAD(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] plain = c.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
            return Secret.of(new String(plain, java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The cause may describe the cipher state; it never holds the plain value.
            throw new SealedSecretException("The stored " + purpose + " cannot be decrypted with the key in "
                    + keyFile + ". Connect the Amazon account again.");
        }
    }

    private byte[] key() {
        if (key == null) {
            key = Files.exists(keyFile) ? readKey() : createKey();
        }
        return key;
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
