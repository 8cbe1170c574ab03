package org.cocrea.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.cocrea.launcher.DevEnvironment;
import org.cocrea.launcher.Ports;
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
    private static GreenMail mail;

    /** The real SMTP server the tests' Payara sends mail to. */
    public static synchronized GreenMail mail() {
        get();
        return mail;
    }

    public static synchronized DevEnvironment get() {
        if (environment == null) {
            Path root = Path.of(System.getProperty("cocrea.project.root", "..")).toAbsolutePath();
            int smtpPort = Ports.firstFree(28025);
            mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("COCREA_SMTP_HOST", "127.0.0.1");
            env.put("COCREA_SMTP_PORT", String.valueOf(smtpPort));
            environment = DevEnvironment.create(
                    DevEnvironment.Mode.TEST, root, env, msg -> System.out.println("[test environment] " + msg));
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
                mail.stop();
                mail = null;
            }
        }
    }
}
