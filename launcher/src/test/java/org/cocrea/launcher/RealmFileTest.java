package org.cocrea.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm file in config/keycloak is what the application and the launcher expect of it. */
class RealmFileTest {

    static JsonObject realm;

    @BeforeAll
    static void load() throws IOException {
        String template = Files.readString(Path.of("../config/keycloak/cocrea-realm.json"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("COCREA_BASE_URL", "http://localhost:8080");
        values.put("COCREA_OIDC_CLIENT_SECRET", "s3cret");
        DemoUser.ALL.forEach(u -> values.put(u.passwordKey(), "pw-" + u.username()));
        realm = Json.createReader(new StringReader(KeycloakServer.substitute(template, values)))
                .readObject();
    }

    @Test
    void definesEveryApplicationRole() {
        List<String> roles = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name"))
                .toList();
        assertThat(roles).contains("innovation-manager", "hr-analyst", "executive", "employee", "customer", "admin");
    }

    @Test
    void hasOneDemoUserPerRoleWithOnlyThatRoleAndTheGeneratedPassword() {
        List<JsonObject> users = realm.getJsonArray("users").getValuesAs(JsonObject.class);
        for (DemoUser demo : DemoUser.ALL) {
            JsonObject user = users.stream()
                    .filter(u -> u.getString("username").equals(demo.username()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no demo user " + demo.username()));
            assertThat(strings(user.getJsonArray("realmRoles"))).containsExactly(demo.role());
            JsonObject credential = user.getJsonArray("credentials").getJsonObject(0);
            assertThat(credential.getString("value")).isEqualTo("pw-" + demo.username());
            assertThat(credential.getBoolean("temporary")).isFalse();
        }
    }

    @Test
    void theWebClientPutsRealmRolesIntoAFlatGroupsClaim() {
        JsonObject client = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals(DevEnvironment.CLIENT_ID))
                .findFirst()
                .orElseThrow();
        assertThat(client.getString("secret")).isEqualTo("s3cret");
        assertThat(strings(client.getJsonArray("redirectUris"))).containsExactly("http://localhost:8080/*");
        boolean groupsMapper = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("protocolMapper").equals("oidc-usermodel-realm-role-mapper")
                        && m.getJsonObject("config").getString("claim.name").equals("groups")
                        && m.getJsonObject("config").getString("id.token.claim").equals("true"));
        assertThat(groupsMapper).as("realm-role mapper to the 'groups' claim").isTrue();
    }

    @Test
    void selfRegisteredUsersBecomeCustomers() {
        assertThat(realm.getBoolean("registrationAllowed")).isTrue();
        JsonObject defaults = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals("default-roles-cocrea"))
                .findFirst()
                .orElseThrow();
        assertThat(strings(defaults.getJsonObject("composites").getJsonArray("realm")))
                .contains("customer");
    }

    @Test
    void aPlaceholderWithoutAValueIsAnErrorNotALiteral() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KeycloakServer.substitute("{\"a\":\"@@COCREA_MISSING@@\"}", Map.of()))
                .withMessageContaining("@@COCREA_MISSING@@");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KeycloakServer.substitute("{}", Map.of("COCREA_X", "has\"quote")));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
    }
}
