package org.cocrea.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.cocrea.organisation.boundary.EmployeeView;
import org.cocrea.organisation.boundary.Organisation;
import org.cocrea.organisation.boundary.UnitInput;
import org.cocrea.organisation.boundary.UnitView;
import org.cocrea.organisation.control.ImportReport;
import org.cocrea.platform.BusinessRuleException;

/**
 * The organisation's units and employees. Updates carry the version the client read
 * ({@code If-Match: "<version>"} or {@code ?version=}); a stale one gets 409.
 */
@Path("org")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    Organisation organisation;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @GET
    @Path("units")
    public List<UnitView> units() {
        return organisation.units();
    }

    @POST
    @Path("units")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(UnitInput input) {
        UnitView created = organisation.createUnit(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("units/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UnitView update(
            @PathParam("id") long id,
            UnitInput input,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Integer version) {
        return organisation.updateUnit(id, input, expectedVersion(ifMatch, version));
    }

    @DELETE
    @Path("units/{id}")
    public Response delete(@PathParam("id") long id) {
        organisation.deleteUnit(id);
        return Response.noContent().build();
    }

    @GET
    @Path("units/{id}/employees")
    public List<EmployeeView> employees(@PathParam("id") long id) {
        return organisation.employeesIn(id);
    }

    /** Checks (and with {@code commit=true} saves) a units CSV: code, name, kind, parent_code. */
    @POST
    @Path("import/units")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importUnits(String csv, @QueryParam("commit") @DefaultValue("false") boolean commit) {
        return report(organisation.importUnits(csv, commit));
    }

    /** Checks (and with {@code commit=true} saves) an employees CSV: external_id, email, display_name, username, unit_code, active. */
    @POST
    @Path("import/employees")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importEmployees(String csv, @QueryParam("commit") @DefaultValue("false") boolean commit) {
        return report(organisation.importEmployees(csv, commit));
    }

    private Response report(ImportReport report) {
        if (!report.hasErrors()) {
            return Response.ok(report).build();
        }
        return ImportProblems.problems(report.errors(), report.errors().size(), uri);
    }

    static int expectedVersion(String ifMatch, Integer version) {
        if (version != null) {
            return version;
        }
        if (ifMatch != null) {
            try {
                return Integer.parseInt(
                        ifMatch.replace("\"", "").replace("W/", "").strip());
            } catch (NumberFormatException e) {
                throw BusinessRuleException.invalid("If-Match", "If-Match must hold the unit's version, e.g. \"3\".");
            }
        }
        throw BusinessRuleException.invalid("version", "Send the version you read (If-Match header or ?version=).");
    }
}
