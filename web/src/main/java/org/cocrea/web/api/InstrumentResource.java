package org.cocrea.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.cocrea.climate.boundary.InstrumentDetail;
import org.cocrea.climate.boundary.InstrumentSummary;
import org.cocrea.climate.boundary.Instruments;
import org.cocrea.climate.control.InstrumentDefinition;

/**
 * The instrument library. A revision of a frozen or built-in version creates the next version;
 * revisions carry the lock version read ({@code If-Match} or {@code ?version=}).
 */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    @Inject
    Instruments instruments;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @GET
    public List<InstrumentSummary> library() {
        return instruments.library();
    }

    @GET
    @Path("{id}")
    public InstrumentDetail get(@PathParam("id") long id) {
        return instruments.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InstrumentDefinition definition) {
        InstrumentDetail created = instruments.create(definition);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public InstrumentDetail revise(
            @PathParam("id") long id,
            InstrumentDefinition definition,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Integer version) {
        return instruments.revise(id, definition, OrganisationResource.expectedVersion(ifMatch, version));
    }
}
