package org.cocrea.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.cocrea.launcher.DemoUser;
import org.cocrea.launcher.DevEnvironment;

/** Access tokens for the demo users, from the realm's token endpoint (password grant). */
public final class KeycloakTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakTokens() {}

    public static String accessToken(DevEnvironment env, DemoUser user) {
        String form = "grant_type=password"
                + "&client_id=" + DevEnvironment.CLIENT_ID
                + "&client_secret=" + enc(env.clientSecret())
                + "&username=" + enc(user.username())
                + "&password=" + enc(env.password(user))
                + "&scope=openid";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(env.keycloak().realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request for " + user.username() + " failed: " + response.body());
            }
            JsonObject json =
                    Json.createReader(new StringReader(response.body())).readObject();
            return json.getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
