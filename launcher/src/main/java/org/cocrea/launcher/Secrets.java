package org.cocrea.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Generated secrets of one installation (OIDC client secret, demo passwords, Keycloak's bootstrap
 * admin password), kept in a file readable only by its owner so a second run matches the realm
 * Keycloak already imported. Never part of the repository.
 */
public final class Secrets {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values = new Properties();

    private Secrets(Path file) {
        this.file = file;
    }

    /** Loads the file if present; missing values are generated and saved. */
    public static Secrets in(Path file) {
        Secrets s = new Secrets(file);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                s.values.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return s;
    }

    public String get(String key, int length) {
        String v = values.getProperty(key);
        if (v == null) {
            v = random(length);
            values.setProperty(key, v);
            save();
        }
        return v;
    }

    static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                values.store(w, "Cocrea generated secrets - keep private");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the user profile's ACLs apply
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
