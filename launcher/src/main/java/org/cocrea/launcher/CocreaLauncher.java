package org.cocrea.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The run command: {@code ./cocrea run} (which runs this class with {@code launcher/target/lib} on the class path).
 * Starts PostgreSQL, Keycloak and Payara with Cocrea deployed, prints where to go and how to sign in,
 * and stops everything on Ctrl-C or {@code ./cocrea stop}. Data stays for the next run.
 */
public final class CocreaLauncher {

    /** Held so the level sticks: the embedded PostgreSQL reports every start-up line at INFO. */
    private static final java.util.logging.Logger ZONKY = java.util.logging.Logger.getLogger("io.zonky");

    private CocreaLauncher() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "run" : args[0];
        ZONKY.setLevel(java.util.logging.Level.WARNING);
        Path root = Path.of(System.getProperty("cocrea.project.root", "."))
                .toAbsolutePath()
                .normalize();
        try {
            switch (command) {
                case "run" -> run(root);
                case "stop" -> stop(root);
                default -> {
                    System.err.println("Usage: cocrea [run|stop]");
                    System.exit(2);
                }
            }
        } catch (LauncherException e) {
            System.err.println();
            System.err.println("Cocrea could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(Path root) {
        Path ear = root.resolve("ear/target/cocrea.ear");
        if (!Files.isRegularFile(ear)) {
            throw new LauncherException("No EAR at " + ear + ". Build first: ./mvnw -DskipTests package");
        }
        Instant started = Instant.now();
        DevEnvironment envt = DevEnvironment.create(
                DevEnvironment.Mode.RUN, root, System.getenv(), msg -> System.out.println("» " + msg));
        Path pidFile = envt.home().resolve("run.pid");
        if (runningLauncher(pidFile).isPresent()) {
            throw new LauncherException("Cocrea is already running (pid "
                    + runningLauncher(pidFile).get().pid() + "). Stop it with ./cocrea stop");
        }
        Thread shutdown = new Thread(() -> shutdown(envt, pidFile), "cocrea-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            envt.prepare();
            System.out.println("» Starting Payara (domain " + envt.domain().name() + ")");
            envt.domain().start();
            System.out.println("» Deploying Cocrea");
            envt.domain().deploy(ear, "cocrea");
            System.out.println("» Waiting for Keycloak");
            envt.awaitKeycloak();
            Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        } catch (LauncherException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new LauncherException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        printBanner(envt, Duration.between(started, Instant.now()));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printBanner(DevEnvironment envt, Duration took) {
        String line = "─".repeat(72);
        System.out.println();
        System.out.println(line);
        System.out.printf("  Cocrea is running (started in %d s)%n%n", took.toSeconds());
        System.out.println("  Open          " + envt.applicationUrl());
        System.out.println("  REST API      " + envt.applicationUrl() + "api/v1  (OpenAPI: http://localhost:"
                + envt.domain().httpPort() + "/openapi)");
        System.out.println("  Health        http://localhost:" + envt.domain().httpPort() + "/health/ready");
        System.out.println("  Keycloak      " + envt.keycloak().baseUrl() + "/admin  (admin / "
                + envt.keycloakAdminPassword() + ")");
        System.out.println(
                "  Database      " + envt.database().url() + (envt.database().isEmbedded() ? "  (embedded)" : ""));
        System.out.println();
        System.out.println(
                "  Demo sign-ins (realm 'cocrea'; kept in " + envt.home().resolve("secrets.properties") + "):");
        for (DemoUser u : DemoUser.ALL) {
            System.out.printf("    %-10s %-16s role %s%n", u.username(), envt.password(u), u.role());
        }
        System.out.println();
        System.out.println("  Mail          not sent in the demo: each message is saved in " + envt.mailDropDir());
        System.out.println("  Logs          " + envt.domain().serverLog());
        System.out.println("                " + envt.home().resolve("logs/keycloak.log"));
        System.out.println("  Stop          Ctrl-C here, or ./cocrea stop from another terminal");
        System.out.println(line);
    }

    private static void shutdown(DevEnvironment envt, Path pidFile) {
        System.out.println();
        System.out.println("» Stopping Cocrea");
        try {
            if (envt.domain() != null && envt.domain().exists()) {
                envt.domain().stop();
            }
        } catch (RuntimeException e) {
            System.err.println("Payara did not stop cleanly: " + e.getMessage());
        }
        envt.close();
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is detected at the next start
        }
        System.out.println("» Stopped. Data is kept in " + envt.home());
    }

    private static Optional<ProcessHandle> runningLauncher(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(Path root) {
        DevEnvironment envt = DevEnvironment.create(DevEnvironment.Mode.RUN, root, System.getenv(), msg -> {});
        Optional<ProcessHandle> launcher = runningLauncher(envt.home().resolve("run.pid"));
        if (launcher.isEmpty()) {
            System.out.println("Cocrea is not running.");
            return;
        }
        System.out.println("Stopping Cocrea (pid " + launcher.get().pid() + ") ...");
        launcher.get().destroy();
        try {
            launcher.get().onExit().get(Duration.ofMinutes(2).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            System.out.println("Stopped.");
        } catch (Exception e) {
            throw new LauncherException("Cocrea did not stop within 2 minutes; pid "
                    + launcher.get().pid());
        }
    }
}
