package org.cocrea.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything Cocrea needs around the EAR on one machine: PostgreSQL, Keycloak with the realm, and a
 * configured Payara domain. {@link Mode#RUN} keeps data between runs; {@link Mode#TEST} starts from
 * nothing each time and leaves starting Payara to Arquillian.
 */
public final class DevEnvironment implements AutoCloseable {

    public enum Mode {
        RUN,
        TEST
    }

    public static final String CLIENT_ID = "cocrea-web";
    public static final String CONTEXT_ROOT = "/cocrea";

    private final Mode mode;
    private final Path projectRoot;
    private final Path home;
    private final Consumer<String> progress;
    private final Map<String, String> env;
    private final Secrets secrets;

    private Database database;
    private KeycloakServer keycloak;
    private PayaraDomain domain;

    private DevEnvironment(Mode mode, Path projectRoot, Map<String, String> env, Consumer<String> progress) {
        this.mode = mode;
        this.projectRoot = projectRoot;
        this.env = env;
        this.progress = progress;
        this.home = Path.of(env.getOrDefault(
                        "COCREA_HOME", projectRoot.resolve(".cocrea").toString()))
                .toAbsolutePath();
        this.secrets = Secrets.in(home.resolve(mode == Mode.RUN ? "secrets.properties" : "test/secrets.properties"));
    }

    public static DevEnvironment create(
            Mode mode, Path projectRoot, Map<String, String> env, Consumer<String> progress) {
        return new DevEnvironment(mode, projectRoot.toAbsolutePath().normalize(), env, progress);
    }

    /**
     * Unpacks the servers, starts the database and Keycloak (without waiting for Keycloak) and
     * creates and configures the Payara domain, which stays stopped.
     */
    public void prepare() {
        Distributions dist = Distributions.fromBuild();
        boolean test = mode == Mode.TEST;

        int portBase = intSetting(test ? "COCREA_TEST_PORT_BASE" : "COCREA_PORT_BASE", test ? 28000 : 8000);
        progress.accept("Unpacking Payara " + dist.payaraVersion() + " (first run only)");
        Path payaraHome = Archives.unpackOnce(dist.payaraZip(), home.resolve("servers/payara-" + dist.payaraVersion()));
        domain = new PayaraDomain(payaraHome, test ? "cocrea-test" : "cocrea", portBase);
        domain.useThisJdk();
        domain.requirePortsFree();

        database = startDatabase(test);

        progress.accept("Unpacking Keycloak " + dist.keycloakVersion() + " (first run only)");
        Path kcHome = Archives.unpackOnce(
                dist.keycloakZip(), home.resolve("servers/keycloak-" + dist.keycloakVersion() + (test ? "-test" : "")));
        int kcPort = env.containsKey("COCREA_KEYCLOAK_PORT")
                ? intSetting("COCREA_KEYCLOAK_PORT", 8180)
                : Ports.firstFree(test ? 28180 : 8180);
        int kcManagementPort = Ports.firstFree(kcPort + 1 + (test ? 0 : 811));
        keycloak = new KeycloakServer(
                kcHome, kcPort, kcManagementPort, home.resolve(test ? "test/keycloak.log" : "logs/keycloak.log"));
        keycloak.prepareRealm(projectRoot.resolve("config/keycloak/cocrea-realm.json"), realmValues(), test);
        progress.accept("Starting Keycloak on port " + kcPort);
        keycloak.start(secrets.get("KEYCLOAK_BOOTSTRAP_ADMIN_PASSWORD", 20));

        progress.accept("Configuring Payara domain " + domain.name() + " (HTTP port " + domain.httpPort() + ")");
        domain.createIfMissing();
        domain.configure(systemProperties(), intSetting("COCREA_MAX_HEAP_MB", 1024) + "m");
    }

    private Database startDatabase(boolean test) {
        String url = env.get("COCREA_DB_URL");
        if (url != null && !url.isBlank()) {
            progress.accept("Using PostgreSQL at " + url);
            Database external = Database.external(
                    url, env.getOrDefault("COCREA_DB_USER", "postgres"), env.getOrDefault("COCREA_DB_PASSWORD", ""));
            return test ? external.freshDatabase("cocrea_it") : external;
        }
        Path dataDir = home.resolve(test ? "test/postgres" : "data/postgres");
        if (test) {
            deleteRecursively(dataDir);
        }
        int port = Ports.firstFree(test ? 25432 : 15432);
        progress.accept("Starting embedded PostgreSQL on port " + port + " (data in " + dataDir + ")");
        return Database.embedded(dataDir, port);
    }

    private Map<String, String> realmValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("COCREA_BASE_URL", "http://localhost:" + domain.httpPort());
        values.put("COCREA_OIDC_CLIENT_SECRET", secrets.get("OIDC_CLIENT_SECRET", 32));
        for (DemoUser u : DemoUser.ALL) {
            values.put(u.passwordKey(), password(u));
        }
        return values;
    }

    private Map<String, String> systemProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("cocrea.db.url", database.url());
        p.put("cocrea.db.user", database.user());
        p.put("cocrea.db.password", database.password().isEmpty() ? "unused" : database.password());
        p.put("cocrea.oidc.provider-uri", keycloak.realmUrl());
        p.put("cocrea.oidc.client-id", CLIENT_ID);
        p.put("cocrea.oidc.client-secret", secrets.get("OIDC_CLIENT_SECRET", 32));
        p.put("cocrea.base-url", "http://localhost:" + domain.httpPort() + CONTEXT_ROOT);
        p.put("cocrea.survey.link-secret", secrets.get("SURVEY_LINK_SECRET", 40));
        String smtpHost = env.get("COCREA_SMTP_HOST");
        if (smtpHost != null && !smtpHost.isBlank()) {
            p.put("cocrea.mail.host", smtpHost);
            p.put("cocrea.mail.port", env.getOrDefault("COCREA_SMTP_PORT", "25"));
        } else {
            p.put("cocrea.mail.drop-dir", mailDropDir().toString());
        }
        p.put("cocrea.mail.from", env.getOrDefault("COCREA_MAIL_FROM", "Cocrea <cocrea@localhost>"));
        p.put("cocrea.demo-data", String.valueOf(mode == Mode.RUN && !"false".equals(env.get("COCREA_DEMO_DATA"))));
        return p;
    }

    public void awaitKeycloak() {
        keycloak.awaitReady(Duration.ofSeconds(intSetting("COCREA_KEYCLOAK_TIMEOUT", 300)));
    }

    /** Without an SMTP server, mail is written here as .eml files instead of being sent. */
    public Path mailDropDir() {
        return home.resolve(mode == Mode.RUN ? "mail" : "test/mail");
    }

    public String password(DemoUser user) {
        return secrets.get(user.passwordKey(), 14);
    }

    public String clientSecret() {
        return secrets.get("OIDC_CLIENT_SECRET", 32);
    }

    public String keycloakAdminPassword() {
        return secrets.get("KEYCLOAK_BOOTSTRAP_ADMIN_PASSWORD", 20);
    }

    public String applicationUrl() {
        return "http://localhost:" + domain.httpPort() + CONTEXT_ROOT + "/";
    }

    public PayaraDomain domain() {
        return domain;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public Database database() {
        return database;
    }

    public Path home() {
        return home;
    }

    private int intSetting(String name, int fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops Keycloak and the database; Payara is stopped by whoever started it. */
    @Override
    public void close() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
