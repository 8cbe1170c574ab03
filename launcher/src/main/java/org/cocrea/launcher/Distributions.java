package org.cocrea.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/** Where the build left the Payara and Keycloak distribution zips (the local Maven repository). */
public record Distributions(Path payaraZip, String payaraVersion, Path keycloakZip, String keycloakVersion) {

    public static Distributions fromBuild() {
        Properties p = new Properties();
        try (InputStream in = Distributions.class.getResourceAsStream("distributions.properties")) {
            if (in == null) {
                throw new IllegalStateException("distributions.properties missing: rebuild with ./mvnw package");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Distributions d = new Distributions(
                Paths.get(p.getProperty("payara.zip")),
                p.getProperty("payara.version"),
                Paths.get(p.getProperty("keycloak.zip")),
                p.getProperty("keycloak.version"));
        for (Path zip : new Path[] {d.payaraZip, d.keycloakZip}) {
            if (!Files.isRegularFile(zip)) {
                throw new LauncherException("Server distribution " + zip
                        + " is not in the local Maven repository. Run ./mvnw -DskipTests package once with network"
                        + " access to Maven Central.");
            }
        }
        return d;
    }
}
