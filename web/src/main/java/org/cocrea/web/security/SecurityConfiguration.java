package org.cocrea.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.cocrea.platform.security.Roles;

/**
 * Jakarta Security's OpenID Connect mechanism against the {@code cocrea} realm. Keycloak puts the
 * user's realm roles into a flat {@code groups} claim (a protocol mapper in the realm file), which
 * becomes the caller's groups and, by Payara's default mapping, roles of the same names.
 *
 * <p>{@code redirectToOriginalResource} stays false: with true, Faces pages fail after the
 * callback. {@link CallbackServlet} sends the user on instead. Signing out ({@link LogoutServlet})
 * also ends the Keycloak session: the mechanism sends the browser to the realm's end-session
 * endpoint with the ID token, and Keycloak returns it to the signed-out page.
 */
@ApplicationScoped
@DeclareRoles({Roles.INNOVATION_MANAGER, Roles.HR_ANALYST, Roles.EXECUTIVE, Roles.EMPLOYEE, Roles.CUSTOMER, Roles.ADMIN
})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        tokenAutoRefresh = true,
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out.xhtml"),
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class SecurityConfiguration {}
