package org.cocrea.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and who we are to it, from MicroProfile Config ({@code cocrea.oidc.*}: system
 * properties the run command writes into the Payara domain, or environment variables such as
 * {@code COCREA_OIDC_PROVIDER_URI}). Read by the OpenID Connect mechanism through EL.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "cocrea.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/cocrea")
    String providerUri;

    @Inject
    @ConfigProperty(name = "cocrea.oidc.client-id", defaultValue = "cocrea-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "cocrea.oidc.client-secret", defaultValue = "not-configured")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Keycloak's self-service account console for the signed-in user. */
    public String getAccountConsoleUrl() {
        return providerUri + "/account";
    }
}
