package org.cocrea.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API; Payara publishes its OpenAPI document at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Cocrea API",
                        version = "1",
                        description = "Innovation management: engagement, co-creation, climate, KPIs and evidence."
                                + " Send a Keycloak access token of the cocrea realm as 'Authorization: Bearer ...'."
                                + " Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
        securitySchemeName = "keycloak",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT")
public class RestApplication extends Application {}
