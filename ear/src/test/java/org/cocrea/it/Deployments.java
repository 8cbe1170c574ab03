package org.cocrea.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR as the build made it; in-container tests ride in its single WAR. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive ear() {
        String path = System.getProperty("cocrea.ear", "target/cocrea.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /** The EAR with {@code classes}, the {@link Callers} and AssertJ added to its web module. */
    public static EnterpriseArchive earWith(Class<?>... classes) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, "cocrea-web.war");
        war.addClasses(classes);
        war.addClass(Deployments.class);
        war.addClasses(Callers.ALL);
        war.addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        war.addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml");
        war.addAsWebInfResource("it/ejb-jar.xml", "ejb-jar.xml");
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        openArquillianRunner(war);
        return ear;
    }

    /** Arquillian calls its servlet without signing in: exempt it from the sign-in constraint. */
    private static void openArquillianRunner(WebArchive war) {
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String publicPattern = "<url-pattern>/api/*</url-pattern>";
            if (!webXml.contains(publicPattern)) {
                throw new IllegalStateException("web.xml has no public collection to extend");
            }
            webXml = webXml.replace(
                    publicPattern, publicPattern + "\n      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
            war.setWebXML(new StringAsset(webXml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
