package org.cocrea.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One Payara Server domain of the unpacked distribution: created with a port base, configured by
 * system properties written into its {@code domain.xml} while it is stopped, then started and given
 * the EAR through {@code asadmin}.
 */
public final class PayaraDomain {

    /** Offsets Payara adds to the port base (see {@code asadmin create-domain --portbase}). */
    public static final int ADMIN_OFFSET = 48;

    public static final int HTTP_OFFSET = 80;
    public static final int HTTPS_OFFSET = 81;
    static final int[] ALL_OFFSETS = {37, 38, 39, 48, 66, 76, 80, 81, 86};

    private final Path payaraHome;
    private final String name;
    private final int portBase;

    public PayaraDomain(Path payaraHome, String name, int portBase) {
        this.payaraHome = payaraHome;
        this.name = name;
        this.portBase = portBase;
    }

    public String name() {
        return name;
    }

    public Path payaraHome() {
        return payaraHome;
    }

    public int httpPort() {
        return portBase + HTTP_OFFSET;
    }

    public int adminPort() {
        return portBase + ADMIN_OFFSET;
    }

    public Path domainDir() {
        return payaraHome.resolve("glassfish/domains").resolve(name);
    }

    public Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /** Points the installation at the JDK running this program, so Payara runs on the same JDK. */
    public void useThisJdk() {
        Path asenv = payaraHome.resolve("glassfish/config/asenv.conf");
        try {
            String conf = Files.readString(asenv);
            String line = "AS_JAVA=\"" + System.getProperty("java.home") + "\"";
            if (!conf.contains(line)) {
                conf = conf.replaceAll("(?m)^AS_JAVA=.*\\R?", "")
                        + System.lineSeparator()
                        + line
                        + System.lineSeparator();
                Files.writeString(asenv, conf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists() {
        return Files.isRegularFile(domainDir().resolve("config/domain.xml"));
    }

    public void requirePortsFree() {
        for (int offset : ALL_OFFSETS) {
            Ports.requireFree(
                    portBase + offset, "Payara domain " + name, "set COCREA_PORT_BASE (now " + portBase + ")");
        }
    }

    /** Creates the domain if it does not exist yet. */
    public void createIfMissing() {
        if (exists()) {
            return;
        }
        asadmin(
                List.of(
                        "--user",
                        "admin",
                        "create-domain",
                        "--nopassword=true",
                        "--portbase",
                        String.valueOf(portBase),
                        "--checkports=false",
                        name),
                300);
    }

    /**
     * Sets system properties of the domain's server and its JVM heap. The domain must be stopped:
     * Payara reads {@code domain.xml} at start.
     */
    public void configure(Map<String, String> systemProperties, String maxHeap) {
        Path domainXml = domainDir().resolve("config/domain.xml");
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(domainXml.toFile());
            Element server = find(doc, "server", "name", "server");
            for (var e : systemProperties.entrySet()) {
                Element prop = findChild(server, "system-property", "name", e.getKey());
                if (prop == null) {
                    prop = doc.createElement("system-property");
                    prop.setAttribute("name", e.getKey());
                    server.appendChild(prop);
                }
                prop.setAttribute("value", e.getValue());
            }
            Element config = find(doc, "config", "name", "server-config");
            Element javaConfig =
                    (Element) config.getElementsByTagName("java-config").item(0);
            NodeList options = javaConfig.getElementsByTagName("jvm-options");
            for (int i = 0; i < options.getLength(); i++) {
                if (options.item(i).getTextContent().startsWith("-Xmx")) {
                    options.item(i).setTextContent("-Xmx" + maxHeap);
                }
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(domainXml.toFile()));
        } catch (Exception e) {
            throw new LauncherException("Could not configure " + domainXml + ": " + e.getMessage(), e);
        }
    }

    private static Element find(Document doc, String tag, String attr, String value) {
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element el = (Element) nodes.item(i);
            if (value.equals(el.getAttribute(attr))) {
                return el;
            }
        }
        throw new IllegalStateException("no <" + tag + " " + attr + "=\"" + value + "\"> in domain.xml");
    }

    private static Element findChild(Element parent, String tag, String attr, String value) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element el
                    && el.getTagName().equals(tag)
                    && value.equals(el.getAttribute(attr))) {
                return el;
            }
        }
        return null;
    }

    public void start() {
        asadmin(List.of("start-domain", name), 600);
    }

    /**
     * Deploys the archive. An earlier deployment is undeployed first rather than overwritten with
     * {@code --force}: Payara keeps the persistent EJB timers of a force-redeployed application
     * under the old container id and then refuses to create them again ("invalid container id in
     * createTimer request"). Undeploying removes them; the new deployment recreates them.
     */
    public void deploy(Path archive, String appName) {
        String apps = asadmin(List.of("--port", String.valueOf(adminPort()), "list-applications", "--terse"), 120);
        boolean deployed =
                apps.lines().map(String::strip).anyMatch(l -> l.startsWith(appName + " ") || l.equals(appName));
        if (deployed) {
            asadmin(List.of("--port", String.valueOf(adminPort()), "undeploy", appName), 300);
        }
        asadmin(
                List.of(
                        "--port",
                        String.valueOf(adminPort()),
                        "deploy",
                        "--name",
                        appName,
                        archive.toAbsolutePath().toString()),
                900);
    }

    public void stop() {
        if (exists()) {
            asadmin(List.of("stop-domain", "--kill=false", name), 120);
        }
    }

    /** Runs asadmin with the given arguments; a failure carries asadmin's own output. */
    public String asadmin(List<String> args, long timeoutSeconds) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(payaraHome.resolve("glassfish/lib/client/appserver-cli.jar").toString());
        cmd.add("--interactive=false");
        cmd.addAll(args);
        try {
            Path out = Files.createTempFile("asadmin", ".log");
            ProcessBuilder pb =
                    new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().put("AS_JAVA", System.getProperty("java.home"));
            Process p = pb.start();
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            if (!done) {
                p.destroyForcibly();
                throw new LauncherException("asadmin " + args.get(0) + " did not finish in " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                throw new LauncherException("asadmin " + String.join(" ", args) + " failed:\n" + output.strip()
                        + "\nServer log: " + serverLog());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted during asadmin " + args.get(0));
        }
    }
}
