package org.cocrea.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The PostgreSQL that Cocrea uses: an embedded server (zonky's binaries from Maven Central) unless
 * {@code COCREA_DB_URL} names an external one.
 */
public final class Database implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Database(String url, String user, String password, EmbeddedPostgres embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** Starts (or reuses) an embedded server keeping its data in {@code dataDir}. */
    public static Database embedded(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            Database db = new Database(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", pg);
            db.createDatabaseIfMissing("cocrea");
            return db.withDatabase("cocrea");
        } catch (IOException | RuntimeException e) {
            throw new LauncherException(
                    "The embedded PostgreSQL did not start (data folder " + dataDir + "): " + rootMessage(e)
                            + ". If another Cocrea is running, stop it first.",
                    e);
        }
    }

    /** An external server, checked for reachability now so a wrong URL is reported before anything starts. */
    public static Database external(String url, String user, String password) {
        Database db = new Database(url, user, password, null);
        db.check();
        return db;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The same server, another database on it. */
    public Database withDatabase(String name) {
        String base = url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*(.*)", "$1" + name + "$2");
        return new Database(base, user, password, embedded);
    }

    /** Drops and creates {@code name}: a clean database for one test run. */
    public Database freshDatabase(String name) {
        requireIdentifier(name);
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new LauncherException("Could not create database " + name + " on " + url + ": " + e.getMessage(), e);
        }
        return withDatabase(name);
    }

    void createDatabaseIfMissing(String name) {
        requireIdentifier(name);
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new LauncherException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    void check() {
        try (Connection c = connect()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new LauncherException("The database at " + url + " is not reachable: " + e.getMessage()
                    + ". Check COCREA_DB_URL, COCREA_DB_USER and COCREA_DB_PASSWORD, or unset COCREA_DB_URL to use"
                    + " the embedded PostgreSQL.");
        }
    }

    private Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(10);
        return DriverManager.getConnection(url, user, password);
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
