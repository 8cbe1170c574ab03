package org.cocrea.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.cocrea.platform.security.Roles;

/** Who the bearer token stands for. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, List<String> roles) {}

    @Context
    SecurityContext security;

    @GET
    public Me me() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return new Me(
                security.getUserPrincipal().getName(),
                Roles.ALL.stream().filter(security::isUserInRole).toList());
    }
}
