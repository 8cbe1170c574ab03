package org.cocrea.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether Keycloak answers. Asked before a browser is sent to the sign-in page (once per sign-in,
 * so cheap), so that an outage shows Cocrea's own explanation instead of a browser error. A "down"
 * answer is remembered for a few seconds so an outage does not multiply the probes.
 */
@ApplicationScoped
public class ProviderAvailability {

    static final Duration REMEMBER_DOWN = Duration.ofSeconds(3);

    @Inject
    OidcSettings settings;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@link System#nanoTime()} of the last outage seen, or null. */
    private volatile Long downSince;

    public boolean isUp() {
        Long since = downSince;
        if (since != null && System.nanoTime() - since < REMEMBER_DOWN.toNanos()) {
            return false;
        }
        boolean up = probe();
        downSince = up ? null : System.nanoTime();
        return up;
    }

    /** Remember an outage seen elsewhere (e.g. the mechanism failing to read the provider's metadata). */
    public void markDown() {
        downSince = System.nanoTime();
    }

    private boolean probe() {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(settings.getProviderUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether {@code location} points at the identity provider. */
    public boolean isProviderUrl(String location) {
        URI provider = URI.create(settings.getProviderUri());
        String origin = provider.getScheme() + "://" + provider.getAuthority() + "/";
        return location != null && location.startsWith(origin);
    }
}
