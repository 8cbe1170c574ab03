package org.cocrea.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.engagement.boundary.EngagementImports;
import org.cocrea.engagement.boundary.Page;
import org.cocrea.engagement.boundary.StakeholderDetail;
import org.cocrea.engagement.boundary.StakeholderFilter;
import org.cocrea.engagement.boundary.StakeholderProfiles;
import org.cocrea.engagement.boundary.StakeholderRow;
import org.cocrea.engagement.boundary.Stakeholders;
import org.cocrea.platform.BusinessRuleException;

/**
 * The stakeholder registry: list with paging, filters and sort; create, read, update; import
 * (CSV or Excel, check first, then all or nothing); export; profile, activity timeline, incidents,
 * experience requests; the privacy export and erasure. Field names are the import file's column
 * names (snake_case). The caller's own record is under {@code /stakeholders/me}.
 */
@Path("stakeholders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StakeholderResource {

    @Inject
    Stakeholders stakeholders;

    @Inject
    StakeholderProfiles profiles;

    @Inject
    EngagementImports imports;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    /** A stakeholder as sent by a client: the import file's columns, as strings, booleans or a tag list. */
    static Map<String, String> fields(Map<String, Object> body) {
        if (body == null) {
            throw BusinessRuleException.invalid("body", "Send the stakeholder as a JSON object.");
        }
        Map<String, String> m = new HashMap<>();
        body.forEach((k, v) -> {
            if (v instanceof Boolean b) {
                m.put(k, b ? "yes" : "no");
            } else if (v instanceof List<?> list) {
                m.put(k, String.join(";", list.stream().map(String::valueOf).toList()));
            } else if (v != null) {
                m.put(k, String.valueOf(v));
            }
        });
        return m;
    }

    /** The filter and sort of the list and its exports. */
    public static class ListQuery {
        @QueryParam("text")
        String text;

        @QueryParam("kind")
        String kind;

        @QueryParam("segment")
        String segment;

        @QueryParam("region")
        String region;

        @QueryParam("tag")
        String tag;

        @QueryParam("minEngagement")
        Double minEngagement;

        @QueryParam("sort")
        String sort;

        @QueryParam("order")
        String order;

        StakeholderFilter filter() {
            return new StakeholderFilter(text, kind, segment, region, tag, minEngagement);
        }
    }

    static StakeholderFilter.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return StakeholderFilter.Sort.NAME;
        }
        try {
            return StakeholderFilter.Sort.valueOf(
                    sort.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid(
                    "sort",
                    "Sort by one of name, external_id, kind, segment, region, engagement, innovation, communication,"
                            + " recommendation, learning, knowledge, risk.");
        }
    }

    static boolean ascending(String order) {
        if (order == null || order.isBlank() || order.equalsIgnoreCase("asc")) {
            return true;
        }
        if (order.equalsIgnoreCase("desc")) {
            return false;
        }
        throw BusinessRuleException.invalid("order", "The order is asc or desc.");
    }

    @GET
    public Page<StakeholderRow> list(
            @BeanParam ListQuery q,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return stakeholders.page(q.filter(), sort(q.sort), ascending(q.order), first, size);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response exportCsv(@BeanParam ListQuery q) {
        StakeholderFilter f = q.filter();
        StakeholderFilter.Sort s = sort(q.sort);
        boolean asc = ascending(q.order);
        StreamingOutput out = os -> stakeholders.exportCsv(f, s, asc, os);
        return Response.ok(out, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"stakeholders.csv\"")
                .build();
    }

    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response exportXlsx(@BeanParam ListQuery q) {
        StakeholderFilter f = q.filter();
        StakeholderFilter.Sort s = sort(q.sort);
        boolean asc = ascending(q.order);
        StreamingOutput out = os -> stakeholders.exportXlsx(f, s, asc, os);
        return Response.ok(out, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"stakeholders.xlsx\"")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> body) {
        StakeholderDetail created = stakeholders.create(fields(body));
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id: [0-9]+}")
    public StakeholderDetail get(@PathParam("id") long id) {
        return stakeholders.find(id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StakeholderDetail update(
            @PathParam("id") long id,
            Map<String, Object> body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Integer version) {
        return stakeholders.update(id, fields(body), OrganisationResource.expectedVersion(ifMatch, version));
    }

    /** Erases the person on request; the record stays anonymous so aggregate counts keep. */
    @POST
    @Path("{id: [0-9]+}/erase")
    public StakeholderDetail erase(@PathParam("id") long id) {
        return stakeholders.erase(id);
    }

    @GET
    @Path("{id: [0-9]+}/privacy-export")
    public Response privacyExport(@PathParam("id") long id) {
        return Response.ok(stakeholders.privacyExport(id), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"stakeholder-" + id + ".json\"")
                .build();
    }

    @GET
    @Path("{id: [0-9]+}/profile")
    public ProfileJson profile(@PathParam("id") long id) {
        return ProfileJson.of(profiles.profile(id));
    }

    @GET
    @Path("{id: [0-9]+}/activities")
    public Page<StakeholderProfiles.TimelineEntry> activities(
            @PathParam("id") long id,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return profiles.timeline(id, first, size);
    }

    /** A co-destruction incident: {@code {"type":"conflict","severity":3,"occurredOn":"2026-05-01","description":"…"}}. */
    public record IncidentInput(String type, Integer severity, String occurredOn, String description) {}

    @POST
    @Path("{id: [0-9]+}/incidents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reportIncident(@PathParam("id") long id, IncidentInput in) {
        if (in == null) {
            throw BusinessRuleException.invalid("body", "Send the incident as a JSON object.");
        }
        if (in.severity() == null) {
            throw BusinessRuleException.invalid("severity", "Rate the severity from 1 (minor) to 5 (grave).");
        }
        LocalDate on;
        try {
            on = in.occurredOn() == null ? null : LocalDate.parse(in.occurredOn());
        } catch (DateTimeParseException e) {
            throw BusinessRuleException.invalid("occurredOn", "Write the day as YYYY-MM-DD.");
        }
        StakeholderProfiles.IncidentView v =
                profiles.reportIncident(id, in.type(), in.severity(), on, in.description());
        return Created.at(uri, v.id(), v);
    }

    @POST
    @Path("incidents/{id: [0-9]+}/confirm")
    public StakeholderProfiles.IncidentView confirmIncident(@PathParam("id") long id) {
        return profiles.confirmIncident(id);
    }

    /** Asks the stakeholder about its experience; answers {@code {"link": "…"}}. */
    public record ExperienceRequestInput(String context) {}

    @POST
    @Path("{id: [0-9]+}/experience-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> requestExperience(@PathParam("id") long id, ExperienceRequestInput in) {
        return Map.of("link", profiles.requestExperience(id, in == null ? null : in.context()));
    }

    /** Checks (and with {@code commit=true} imports) a stakeholder file: CSV, or Excel with {@code fileName=…xlsx}. */
    @POST
    @Path("import")
    @Consumes({
        "text/csv",
        MediaType.TEXT_PLAIN,
        MediaType.APPLICATION_OCTET_STREAM,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    public Response importFile(
            byte[] content,
            @QueryParam("fileName") @DefaultValue("stakeholders.csv") String fileName,
            @QueryParam("commit") @DefaultValue("false") boolean commit) {
        EngagementImports.Report r =
                commit ? imports.importStakeholders(fileName, content) : imports.previewStakeholders(fileName, content);
        return ImportProblems.report(r, uri);
    }

    @GET
    @Path("me")
    public ProfileJson me() {
        stakeholders.linkCaller(null, null);
        return profiles.mine()
                .map(ProfileJson::of)
                .orElseThrow(() -> BusinessRuleException.invalid("id", "No stakeholder record is linked to you."));
    }

    @GET
    @Path("me/privacy-export")
    public Response myPrivacyExport() {
        return Response.ok(stakeholders.myPrivacyExport(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"my-data.json\"")
                .build();
    }
}
