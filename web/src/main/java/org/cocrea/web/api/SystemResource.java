package org.cocrea.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cocrea.audit.boundary.AuditRecord;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.system.boundary.SystemStatus;

/** Administration over the API: installation status and the audit trail (role {@code admin}). */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @Inject
    SystemStatus status;

    @Inject
    AuditTrail audit;

    @GET
    @Path("status")
    public SystemStatus.Snapshot status() {
        return status.snapshot();
    }

    @GET
    @Path("audit")
    public List<AuditRecord> audit(@QueryParam("limit") @DefaultValue("100") int limit) {
        return audit.recent(limit);
    }
}
