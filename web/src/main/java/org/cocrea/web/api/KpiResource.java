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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.kpi.boundary.DefinitionInput;
import org.cocrea.kpi.boundary.KpiDefinitions;
import org.cocrea.kpi.boundary.KpiMeasurements;
import org.cocrea.kpi.boundary.KpiRecompute;
import org.cocrea.kpi.boundary.KpiTargets;
import org.cocrea.kpi.boundary.KpiUpdater;
import org.cocrea.kpi.control.MeasurementInput;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.reporting.boundary.KpiDashboards;
import org.cocrea.reporting.boundary.ReportSchedules;
import org.cocrea.reporting.control.DashboardFilter;
import org.cocrea.reporting.control.IdeaRow;
import org.cocrea.reporting.control.KpiDetail;
import org.cocrea.reporting.control.Overview;
import org.cocrea.reporting.control.SeriesPoint;

/**
 * KPIs: definitions with their versions, targets, entered values (one, a batch, or a CSV/Excel
 * file; all or nothing), the dashboards' data and exports, recomputation and the snapshot feed, and
 * scheduled reports. Dashboard queries take {@code scope} ({@code organisation}, {@code unit:CODE},
 * {@code campaign:CODE}), {@code grain} and {@code from}/{@code to} periods, as the screens' addresses
 * do. Bad input is answered with a problem naming the field ({@code measurements[1].value}).
 */
@Path("kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    @Inject
    KpiDefinitions definitions;

    @Inject
    KpiTargets targets;

    @Inject
    KpiMeasurements measurements;

    @Inject
    KpiDashboards dashboards;

    @Inject
    KpiRecompute recompute;

    @Inject
    KpiUpdater updater;

    @Inject
    ReportSchedules schedules;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    // ------------------------------------------------------------------ definitions

    @GET
    public List<KpiJson> list() {
        return definitions.all().stream().map(KpiJson::of).toList();
    }

    /** Defines a new entered KPI: {@code {"key":"nps","name":"Net promoter score","unit":"points",…}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(Map<String, Object> body) {
        KpiDefinitions.KpiView v = definitions.define(definition(body));
        return Response.created(uri.getAbsolutePathBuilder().path(v.key()).build())
                .entity(KpiJson.of(v))
                .build();
    }

    @GET
    @Path("{key: [a-z][a-z0-9_]+}")
    public KpiJson get(@PathParam("key") String key) {
        return KpiJson.of(definitions.get(key));
    }

    /** Changes a definition from a period on ({@code ?from=2026-Q3}): a new version; fields left out stay. */
    @PUT
    @Path("{key: [a-z][a-z0-9_]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public KpiJson change(@PathParam("key") String key, @QueryParam("from") String from, Map<String, Object> body) {
        return KpiJson.of(definitions.change(key, definition(body), from));
    }

    private static DefinitionInput definition(Map<String, Object> m) {
        if (m == null) {
            throw BusinessRuleException.invalid("body", "Send the definition as a JSON object.");
        }
        Object whole = m.get("wholeNumber");
        return new DefinitionInput(
                text(m.get("key")),
                text(m.get("name")),
                text(m.get("description")),
                text(m.get("unit")),
                text(m.get("direction")),
                text(m.get("grain")),
                text(m.get("aggregation")),
                text(m.get("owner")),
                text(m.get("min")),
                text(m.get("max")),
                whole instanceof Boolean b ? b : whole == null ? null : Boolean.valueOf(String.valueOf(whole)));
    }

    /** The RAG tolerances: {@code {"greenTolerance":0,"amberTolerance":0.1}}. */
    public record ThresholdsInput(Double greenTolerance, Double amberTolerance) {}

    @PUT
    @Path("{key: [a-z][a-z0-9_]+}/thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    public KpiJson thresholds(@PathParam("key") String key, ThresholdsInput in) {
        if (in == null) {
            throw BusinessRuleException.invalid("body", "Send greenTolerance and amberTolerance.");
        }
        return KpiJson.of(definitions.thresholds(key, in.greenTolerance(), in.amberTolerance()));
    }

    // ------------------------------------------------------------------ targets

    @GET
    @Path("{key: [a-z][a-z0-9_]+}/targets")
    public List<KpiTargets.TargetView> targets(@PathParam("key") String key, @QueryParam("scope") String scope) {
        return targets.list(key, scope);
    }

    /**
     * Sets targets, all or nothing: one {@code {"period":"2026","scope":"organisation","target":40}}
     * or {@code {"targets":[…]}}.
     */
    @PUT
    @Path("{key: [a-z][a-z0-9_]+}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<KpiTargets.TargetView> setTargets(@PathParam("key") String key, Map<String, Object> body) {
        List<KpiTargets.TargetInput> in = new ArrayList<>();
        for (Map<String, Object> m : items(body, "targets")) {
            in.add(new KpiTargets.TargetInput(text(m.get("period")), text(m.get("scope")), text(m.get("target"))));
        }
        return targets.set(key, in);
    }

    @DELETE
    @Path("{key: [a-z][a-z0-9_]+}/targets")
    public Response removeTarget(
            @PathParam("key") String key, @QueryParam("scope") String scope, @QueryParam("period") String period) {
        targets.remove(key, scope, period);
        return Response.noContent().build();
    }

    // ------------------------------------------------------------------ values and dashboards

    /** A KPI's values with the target and status of each period (the time series). */
    @GET
    @Path("{key: [a-z][a-z0-9_]+}/values")
    public List<SeriesPoint> values(
            @PathParam("key") String key,
            @QueryParam("scope") String scope,
            @QueryParam("grain") String grain,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return dashboards.series(key, dashboards.filter(scope, grain, from, to));
    }

    /** A KPI for a scope: tile, series, the units and campaigns below, ideas at a campaign. */
    @GET
    @Path("{key: [a-z][a-z0-9_]+}/detail")
    public KpiDetail detail(
            @PathParam("key") String key,
            @QueryParam("scope") String scope,
            @QueryParam("grain") String grain,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("within") String within) {
        return dashboards.detail(key, dashboards.filter(scope, grain, from, to), within);
    }

    @GET
    @Path("{key: [a-z][a-z0-9_]+}/detail.{format: pdf|xlsx}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response detailFile(
            @PathParam("key") String key,
            @PathParam("format") String format,
            @QueryParam("scope") String scope,
            @QueryParam("grain") String grain,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("within") String within) {
        return file(key, format, dashboards.filter(scope, grain, from, to), within);
    }

    @GET
    @Path("overview")
    public Overview overview(
            @QueryParam("scope") String scope,
            @QueryParam("grain") String grain,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return dashboards.overview(dashboards.filter(scope, grain, from, to));
    }

    @GET
    @Path("overview.{format: pdf|xlsx}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response overviewFile(
            @PathParam("format") String format,
            @QueryParam("scope") String scope,
            @QueryParam("grain") String grain,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return file(null, format, dashboards.filter(scope, grain, from, to), null);
    }

    private Response file(String kpi, String format, DashboardFilter f, String within) {
        KpiDashboards.Format fmt = KpiDashboards.Format.of(format);
        byte[] data = dashboards.export(f, kpi, within, fmt);
        return Response.ok(data, fmt.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + KpiDashboards.fileName(f, kpi, fmt) + "\"")
                .build();
    }

    /** A campaign's ideas submitted in the range, optionally of a unit and the units below it. */
    @GET
    @Path("ideas")
    public List<IdeaRow> ideas(
            @QueryParam("campaign") String campaign,
            @QueryParam("unit") String unit,
            @QueryParam("grain") String grain,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (campaign == null || campaign.isBlank()) {
            throw BusinessRuleException.invalid("campaign", "Give the campaign's code.");
        }
        return dashboards.ideas(campaign, unit, dashboards.filter("campaign:" + campaign, grain, from, to));
    }

    // ------------------------------------------------------------------ entered values

    /**
     * Enters values, all or nothing: one {@code {"kpi":"rd_spend","period":"2026-Q1","scope":"organisation",
     * "value":125000}} or {@code {"measurements":[…]}}. A value may be a JSON number or text.
     */
    @POST
    @Path("measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enter(Map<String, Object> body) {
        List<MeasurementInput> in = new ArrayList<>();
        for (Map<String, Object> m : items(body, "measurements")) {
            in.add(
                    m == null
                            ? null
                            : new MeasurementInput(
                                    text(m.get("kpi")),
                                    text(m.get("period")),
                                    text(m.get("scope")),
                                    text(m.get("value"))));
        }
        List<KpiMeasurements.MeasurementView> saved = measurements.enter(in, "API");
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @GET
    @Path("measurements")
    public List<KpiMeasurements.MeasurementView> recentMeasurements(
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return measurements.recent(limit);
    }

    /** Every value entered for a KPI, scope and period, corrections included. */
    @GET
    @Path("measurements/history")
    public List<KpiMeasurements.MeasurementView> history(
            @QueryParam("kpi") String kpi, @QueryParam("scope") String scope, @QueryParam("period") String period) {
        return measurements.history(kpi, scope, period);
    }

    /** Checks (and with {@code commit=true} imports) a CSV or Excel file of values: kpi, period, scope, value. */
    @POST
    @Path("measurements/import")
    @Consumes({
        "text/csv",
        MediaType.TEXT_PLAIN,
        MediaType.APPLICATION_OCTET_STREAM,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    public Response importFile(
            byte[] content,
            @QueryParam("fileName") @DefaultValue("kpi-values.csv") String fileName,
            @QueryParam("commit") @DefaultValue("false") boolean commit) {
        KpiMeasurements.Report r =
                commit ? measurements.importFile(fileName, content) : measurements.preview(fileName, content);
        return ImportProblems.report(r, uri);
    }

    // ------------------------------------------------------------------ snapshots

    /** The snapshot feed: last run, what waits, the last error. */
    @GET
    @Path("snapshots/status")
    public KpiUpdater.Status feedStatus() {
        return updater.status();
    }

    /** Applies what waits now (administrators). */
    @POST
    @Path("snapshots/update")
    public KpiUpdater.Batch updateNow() {
        return updater.runNow();
    }

    /** Starts rebuilding months from scratch (administrators): {@code {"from":"2026-01","to":"2026-03"}}. */
    public record RecomputeInput(String from, String to) {}

    @POST
    @Path("recompute")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startRecompute(RecomputeInput in) {
        if (in == null) {
            throw BusinessRuleException.invalid("from", "Give the first month to rebuild, e.g. 2026-01.");
        }
        KpiRecompute.Job job = recompute.start(in.from(), in.to());
        return Response.accepted(job)
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(job.id()))
                        .build())
                .build();
    }

    @GET
    @Path("recompute")
    public List<KpiRecompute.Job> recomputeJobs(@QueryParam("limit") @DefaultValue("20") int limit) {
        return recompute.recent(limit);
    }

    @GET
    @Path("recompute/{id: [0-9]+}")
    public KpiRecompute.Job recomputeJob(@PathParam("id") long id) {
        return recompute.job(id);
    }

    /** Compares the stored snapshots of a period with a recomputation (administrators). */
    @GET
    @Path("recompute/verify")
    public KpiRecompute.Verification verify(@QueryParam("period") String period) {
        return recompute.verify(period);
    }

    // ------------------------------------------------------------------ scheduled reports

    @GET
    @Path("report-schedules")
    public List<ReportSchedules.ScheduleView> schedules() {
        return schedules.list();
    }

    @POST
    @Path("report-schedules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createSchedule(Map<String, Object> body) {
        ReportSchedules.ScheduleView v = schedules.create(schedule(body));
        return Created.at(uri, v.id(), v);
    }

    @GET
    @Path("report-schedules/{id: [0-9]+}")
    public ReportSchedules.ScheduleView schedule(@PathParam("id") long id) {
        return schedules.get(id);
    }

    @PUT
    @Path("report-schedules/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportSchedules.ScheduleView updateSchedule(
            @PathParam("id") long id,
            Map<String, Object> body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Integer version) {
        return schedules.update(id, schedule(body), OrganisationResource.expectedVersion(ifMatch, version));
    }

    @DELETE
    @Path("report-schedules/{id: [0-9]+}")
    public Response deleteSchedule(@PathParam("id") long id) {
        schedules.delete(id);
        return Response.noContent().build();
    }

    /** Sends a schedule's report now. */
    @POST
    @Path("report-schedules/{id: [0-9]+}/send")
    public ReportSchedules.Delivery sendNow(@PathParam("id") long id) {
        return schedules.sendNow(id);
    }

    @GET
    @Path("report-schedules/{id: [0-9]+}/deliveries")
    public List<ReportSchedules.Delivery> deliveries(@PathParam("id") long id) {
        return schedules.deliveries(id);
    }

    private static ReportSchedules.ScheduleInput schedule(Map<String, Object> m) {
        if (m == null) {
            throw BusinessRuleException.invalid("body", "Send the schedule as a JSON object.");
        }
        Object recipients = m.get("recipients");
        String to = recipients instanceof List<?> list
                ? String.join(", ", list.stream().map(String::valueOf).toList())
                : text(recipients);
        Object active = m.get("active");
        return new ReportSchedules.ScheduleInput(
                text(m.get("name")),
                text(m.get("frequency")),
                text(m.get("day")),
                text(m.get("hour")),
                text(m.get("scope")),
                text(m.get("grain")),
                text(m.get("periods")),
                text(m.get("format")),
                text(m.get("language")),
                to,
                active instanceof Boolean b ? b : active == null ? null : Boolean.valueOf(String.valueOf(active)));
    }

    // ------------------------------------------------------------------ bodies

    /** One object, or the list under {@code key}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> body, String key) {
        if (body == null) {
            throw BusinessRuleException.invalid("body", "Send a JSON object.");
        }
        Object list = body.get(key);
        if (list == null) {
            return List.of(body);
        }
        if (!(list instanceof List<?> l)) {
            throw BusinessRuleException.invalid(key, "Send " + key + " as a list of objects.");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : l) {
            if (o != null && !(o instanceof Map)) {
                throw BusinessRuleException.invalid(key, "Send " + key + " as a list of objects.");
            }
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    /** A JSON value as the text the checks read: numbers without exponent, texts as they are. */
    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).toPlainString();
        }
        return String.valueOf(v);
    }
}
