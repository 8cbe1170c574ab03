package org.cocrea.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.cocrea.analytics.report.ReportFormat;
import org.cocrea.climate.boundary.ClimateResults;
import org.cocrea.climate.boundary.ResultsSummary;
import org.cocrea.climate.boundary.RoundInput;
import org.cocrea.climate.boundary.RoundSummary;
import org.cocrea.climate.boundary.SurveyAnswering;
import org.cocrea.climate.boundary.SurveyRounds;
import org.cocrea.climate.boundary.UnitResponseRate;
import org.cocrea.climate.control.GroupResult;
import org.cocrea.climate.control.RoundResults;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * Survey rounds (HR, bearer token) and answers (the personal link's token is the credential, no
 * bearer token needed). Changes to a round carry the version read ({@code If-Match} or
 * {@code ?version=}).
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    /** The body of an answer submission. */
    public record Answers(String token, Map<String, Integer> answers, String comment) {}

    @Inject
    SurveyRounds rounds;

    @Inject
    SurveyAnswering answering;

    @Inject
    ClimateResults climate;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @GET
    @Path("survey-rounds")
    public List<RoundSummary> list() {
        return rounds.list();
    }

    @GET
    @Path("survey-rounds/{id}")
    public RoundSummary get(@PathParam("id") long id) {
        return rounds.get(id);
    }

    @POST
    @Path("survey-rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RoundInput input) {
        RoundSummary created = rounds.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("survey-rounds/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoundSummary update(
            @PathParam("id") long id,
            RoundInput input,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Integer version) {
        return rounds.update(id, input, OrganisationResource.expectedVersion(ifMatch, version));
    }

    @DELETE
    @Path("survey-rounds/{id}")
    public Response delete(@PathParam("id") long id) {
        rounds.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("survey-rounds/{id}/launch")
    public RoundSummary launch(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Integer version) {
        return rounds.launch(id, OrganisationResource.expectedVersion(ifMatch, version));
    }

    @POST
    @Path("survey-rounds/{id}/close")
    public RoundSummary close(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Integer version) {
        return rounds.close(id, OrganisationResource.expectedVersion(ifMatch, version));
    }

    @POST
    @Path("survey-rounds/{id}/reminders")
    public Map<String, Integer> remind(@PathParam("id") long id) {
        return Map.of("sent", rounds.remindNow(id));
    }

    @GET
    @Path("survey-rounds/{id}/response-rates")
    public List<UnitResponseRate> responseRates(@PathParam("id") long id) {
        return rounds.responseRates(id);
    }

    /**
     * A round's results under the anonymity rules: every unit that may be shown for HR, the
     * organisation only for executives.
     */
    @GET
    @Path("survey-rounds/{id}/results")
    public RoundResults results(@PathParam("id") long id, @jakarta.ws.rs.core.Context SecurityContext security) {
        return security.isUserInRole(Roles.HR_ANALYST) || security.isUserInRole(Roles.ADMIN)
                ? climate.results(id)
                : climate.organisationResults(id);
    }

    /** What the dashboard opens with: the organisation, scale quality and the units × factors heatmap. */
    @GET
    @Path("survey-rounds/{id}/results/summary")
    public ResultsSummary summary(@PathParam("id") long id) {
        return climate.summary(id);
    }

    /** One unit's full result (factors, items, comments where allowed); HR only. */
    @GET
    @Path("survey-rounds/{id}/results/units/{unit}")
    public GroupResult group(@PathParam("id") long id, @PathParam("unit") String unit) {
        return climate.group(id, unit);
    }

    /** A group's report as PDF or Excel ({@code ?unit=} a unit id, default the organisation). */
    @GET
    @Path("survey-rounds/{id}/report.{format:pdf|xlsx}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response report(
            @PathParam("id") long id,
            @PathParam("format") String format,
            @QueryParam("unit") String unit,
            @QueryParam("lang") @jakarta.ws.rs.DefaultValue("en") String lang) {
        ReportFormat f = format.equals("pdf") ? ReportFormat.PDF : ReportFormat.EXCEL;
        String group = unit == null || unit.isBlank() ? RoundResults.ORGANISATION_ID : unit;
        byte[] file = climate.report(id, group, f, java.util.Locale.forLanguageTag(lang));
        return Response.ok(file, f.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"climate-" + id + "-"
                                + (group.equals(RoundResults.ORGANISATION_ID) ? "organisation" : group) + "."
                                + f.extension() + "\"")
                .build();
    }

    /** Submits complete answers with a personal link's token; 204 when stored. */
    @POST
    @Path("survey-responses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@NotNull Answers body) {
        if (body.token() == null || body.token().isBlank()) {
            throw BusinessRuleException.invalid("token", "Send the token of your personal survey link.");
        }
        if (body.answers() == null) {
            throw BusinessRuleException.invalid("answers", "Send the answers, by item key.");
        }
        answering.submit(body.token(), body.answers(), body.comment());
        return Response.noContent().build();
    }
}
