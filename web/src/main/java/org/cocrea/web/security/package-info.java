/**
 * Sign-in: Keycloak over OpenID Connect (Jakarta Security's mechanism) for the screens, bearer
 * tokens from the same realm for the REST API, and sign-out that ends the Keycloak session too.
 */
package org.cocrea.web.security;
