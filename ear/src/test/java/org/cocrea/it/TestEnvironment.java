package org.cocrea.it;

import java.nio.file.Path;
import org.cocrea.launcher.DevEnvironment;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares what the integration tests run against, once per test JVM and before Arquillian starts
 * Payara: a fresh PostgreSQL database (embedded, or {@code COCREA_DB_URL}'s server), Keycloak with a
 * freshly imported realm and generated passwords, and the {@code cocrea-test} Payara domain
 * configured for both. Uses the same code as the run command.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static DevEnvironment environment;

    public static synchronized DevEnvironment get() {
        if (environment == null) {
            Path root = Path.of(System.getProperty("cocrea.project.root", "..")).toAbsolutePath();
            environment = DevEnvironment.create(
                    DevEnvironment.Mode.TEST,
                    root,
                    System.getenv(),
                    msg -> System.out.println("[test environment] " + msg));
            environment.prepare();
            System.setProperty(
                    "cocrea.it.payara.home", environment.domain().payaraHome().toString());
            System.setProperty("cocrea.it.payara.domain", environment.domain().name());
            System.setProperty(
                    "cocrea.it.payara.admin-port",
                    String.valueOf(environment.domain().adminPort()));
        }
        return environment;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        get();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (TestEnvironment.class) {
            if (environment != null) {
                environment.close();
                environment = null;
            }
        }
    }
}
