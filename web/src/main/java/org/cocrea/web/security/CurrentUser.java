package org.cocrea.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.List;
import org.cocrea.platform.security.Roles;

/** The signed-in user as the screens show them: name, display name and application roles. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    OpenIdContext openId;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    /** Given and family name from the ID token where Keycloak sent them, else the user name. */
    public String getDisplayName() {
        if (!isSignedIn()) {
            return null;
        }
        try {
            var claims = openId.getIdentityToken().getJwtClaims();
            String given = claims.getStringClaim("given_name").orElse("");
            String family = claims.getStringClaim("family_name").orElse("");
            String full = (given + " " + family).trim();
            return full.isEmpty() ? getUsername() : full;
        } catch (RuntimeException notOpenId) {
            return getUsername();
        }
    }

    /** The e-mail address from the ID token, if Keycloak sent one. */
    public String getEmail() {
        if (!isSignedIn()) {
            return null;
        }
        try {
            return openId.getIdentityToken()
                    .getJwtClaims()
                    .getStringClaim("email")
                    .orElse(null);
        } catch (RuntimeException notOpenId) {
            return null;
        }
    }

    public List<String> getRoles() {
        return Roles.ALL.stream().filter(security::isCallerInRole).toList();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }
}
