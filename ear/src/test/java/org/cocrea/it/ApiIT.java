package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.cocrea.launcher.DemoUser;
import org.cocrea.launcher.DevEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API from outside, as a client sees it: bearer tokens from Keycloak, roles enforced by
 * the EJB layer, every error an RFC 9457 problem naming the field at fault; plus health and OpenAPI.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static DevEnvironment env;

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonObject json() {
            JsonStructure s = Json.createReader(new StringReader(body)).read();
            return s.asJsonObject();
        }
    }

    @BeforeAll
    static void keycloakReady() {
        env = TestEnvironment.get();
        env.awaitKeycloak();
    }

    static Reply get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(env.applicationUrl() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.GET().build());
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String token(String role) {
        return KeycloakTokens.accessToken(env, DemoUser.byRole(role));
    }

    @Test
    void withoutATokenTheCallerIsToldToSignIn() {
        Reply r = get("api/v1/admin/status", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.raw().headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(r.json().getInt("status")).isEqualTo(401);
    }

    @Test
    void aForgedTokenIsRefused() {
        String real = token("admin");
        String[] parts = real.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        Reply r = get("api/v1/me", forged);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void meNamesTheCallerAndTheirRoles() {
        JsonObject me = get("api/v1/me", token("customer")).json();

        assertThat(me.getString("username")).isEqualTo("customer");
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("customer");
    }

    @Test
    void theWrongRoleIsRefusedByTheEjbLayer() {
        Reply r = get("api/v1/admin/status", token("employee"));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().getString("title")).isEqualTo("Forbidden");
    }

    @Test
    void theRightRoleGetsTheAnswer() {
        Reply r = get("api/v1/admin/status", token("admin"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().getString("databaseVersion")).startsWith("PostgreSQL");
        assertThat(r.json().getString("schemaVersion")).isNotBlank();
    }

    @Test
    void anInvalidParameterIsNamedInTheProblem() {
        Reply r = get("api/v1/admin/audit?limit=0", token("admin"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("limit");
        assertThat(error.getString("message")).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anUnknownResourceIsAProblemToo() {
        Reply r = get("api/v1/no-such-thing", token("admin"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void readinessChecksTheDatabaseAndTheOpenApiDocumentDescribesTheApi() {
        String server = env.applicationUrl().replace(DevEnvironment.CONTEXT_ROOT + "/", "");
        Reply health = send(
                HttpRequest.newBuilder(URI.create(server + "/health/ready")).build());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("UP");

        Reply openapi =
                send(HttpRequest.newBuilder(URI.create(server + "/openapi")).build());
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body())
                .contains("/api/v1/me")
                .contains("/api/v1/admin/status")
                .contains("Cocrea API");
    }
}
