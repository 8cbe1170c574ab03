package org.cocrea.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Keycloak started in development mode from the unpacked distribution, with the {@code cocrea}
 * realm imported from {@code config/keycloak/cocrea-realm.json}. Placeholders of the form
 * {@code @@COCREA_...@@} in the realm file are replaced before import (client secret, demo passwords,
 * the application's base URL). Keycloak's own import would resolve {@code ${...}} from the
 * environment, so the file does not use that syntax.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "cocrea";

    private final Path home;
    private final int port;
    private final int managementPort;
    private final Path log;
    private Process process;

    public KeycloakServer(Path home, int port, int managementPort, Path log) {
        this.home = home;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The OpenID provider URI the application is configured with. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /**
     * Replaces {@code @@NAME@@} placeholders. Values must be plain (no quote, backslash or
     * {@code ${}); an unreplaced placeholder is an error, not a silent literal.
     */
    public static String substitute(String realmJson, Map<String, String> values) {
        String out = realmJson;
        for (var e : values.entrySet()) {
            String value = e.getValue();
            if (value.contains("\"") || value.contains("\\") || value.contains("${")) {
                throw new IllegalArgumentException(
                        "realm value for " + e.getKey() + " must not hold quotes, backslashes or ${");
            }
            out = out.replace("@@" + e.getKey() + "@@", value);
        }
        int left = out.indexOf("@@COCREA_");
        if (left >= 0) {
            int end = out.indexOf("@@", left + 2);
            throw new IllegalArgumentException("realm placeholder without a value: " + out.substring(left, end + 2));
        }
        return out;
    }

    /** Writes the realm file for import. With {@code fresh}, earlier Keycloak data is dropped first. */
    public void prepareRealm(Path realmTemplate, Map<String, String> values, boolean fresh) {
        try {
            if (fresh) {
                Path data = home.resolve("data");
                if (Files.exists(data)) {
                    try (var walk = Files.walk(data)) {
                        walk.sorted(java.util.Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                }
            }
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            String json = Files.readString(realmTemplate, StandardCharsets.UTF_8);
            Files.writeString(importDir.resolve("cocrea-realm.json"), substitute(json, values), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void start(String bootstrapAdminPassword) {
        Ports.requireFree(port, "Keycloak", "set COCREA_KEYCLOAK_PORT");
        List<String> cmd = new ArrayList<>(List.of(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=" + baseUrl(),
                "--import-realm"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", bootstrapAdminPassword);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        pb.redirectErrorStream(true);
        try {
            Files.createDirectories(log.getParent());
            pb.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            process = pb.start();
        } catch (IOException e) {
            throw new LauncherException("Keycloak did not start: " + e.getMessage(), e);
        }
    }

    /** Waits until the realm's discovery document answers. */
    public void awaitReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new LauncherException("Keycloak stopped during start-up; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException("interrupted while waiting for Keycloak");
            }
            sleep(500);
        }
        throw new LauncherException("Keycloak was not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        // kc.sh runs Keycloak's JVM as a child: stop both and wait until the JVM is gone
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            } catch (java.util.concurrent.ExecutionException e) {
                // already gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
