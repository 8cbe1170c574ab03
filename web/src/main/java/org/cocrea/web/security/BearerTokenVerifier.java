package org.cocrea.web.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Checks a Keycloak access token presented to the REST API: RS256 signature against the realm's
 * published keys (fetched once and cached by Nimbus, refreshed when Keycloak rotates keys), issuer,
 * expiry, that it is an access token (not an ID token), and that it was issued to this application.
 */
@ApplicationScoped
public class BearerTokenVerifier {

    /** The caller a valid token stands for. */
    public record Caller(String name, Set<String> groups) {}

    /** A token that must be refused; the message is safe to show to the client. */
    public static class InvalidTokenException extends Exception {
        public InvalidTokenException(String message) {
            super(message);
        }
    }

    @Inject
    OidcSettings settings;

    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public Caller verify(String token) throws InvalidTokenException {
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (java.text.ParseException e) {
            throw new InvalidTokenException("The bearer token is not a JWT.");
        } catch (com.nimbusds.jose.proc.BadJOSEException e) {
            throw new InvalidTokenException("The bearer token was refused: " + e.getMessage());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new InvalidTokenException("The bearer token could not be verified.");
        }
        try {
            if (!"Bearer".equals(claims.getStringClaim("typ"))) {
                throw new InvalidTokenException("Only access tokens are accepted.");
            }
            String azp = claims.getStringClaim("azp");
            List<String> audience = claims.getAudience();
            if (!settings.getClientId().equals(azp) && !audience.contains(settings.getClientId())) {
                throw new InvalidTokenException("The token was not issued for this application.");
            }
            String name = claims.getStringClaim("preferred_username");
            List<String> groups = claims.getStringListClaim("groups");
            if (name == null) {
                throw new InvalidTokenException("The token names no user.");
            }
            return new Caller(name, groups == null ? Set.of() : Set.copyOf(groups));
        } catch (java.text.ParseException e) {
            throw new InvalidTokenException("The token's claims are malformed.");
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> p = processor;
        if (p == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = build();
                }
                p = processor;
            }
        }
        return p;
    }

    private DefaultJWTProcessor<SecurityContext> build() {
        String issuer = settings.getProviderUri();
        JWKSource<SecurityContext> keys;
        try {
            // Keycloak publishes the realm keys here; the discovery document names the same URL
            keys = JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs")
                            .toURL())
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("cocrea.oidc.provider-uri is not a URL: " + issuer, e);
        }
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat")));
        return p;
    }
}
