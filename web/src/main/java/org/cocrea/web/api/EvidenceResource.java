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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Base64;
import java.util.List;
import org.cocrea.analytics.boundary.AnalysisSummary;
import org.cocrea.analytics.boundary.Comparison;
import org.cocrea.analytics.boundary.EvidenceAnalyses;
import org.cocrea.analytics.boundary.EvidenceSetup;
import org.cocrea.analytics.boundary.EvidenceSpecs;
import org.cocrea.analytics.boundary.ExportFile;
import org.cocrea.analytics.boundary.FilePreview;
import org.cocrea.analytics.boundary.RunProgress;
import org.cocrea.analytics.report.ReportFormat;
import org.cocrea.platform.BusinessRuleException;

/**
 * The evidence engine over HTTP: preview a data file, save an analysis (model in the command line's
 * JSON format, data file Base64-encoded), start runs, poll and cancel them, read the report as JSON
 * or download it as PDF, Excel or a ZIP of CSV files, and compare two runs. Data files travel as the
 * raw request body with the file name in {@code ?name=}.
 */
@Path("evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @Inject
    EvidenceAnalyses evidence;

    @Inject
    org.cocrea.analytics.boundary.EvidenceRecords records;

    @Context
    UriInfo uri;

    /** Columns with summaries and the first rows of a CSV or Excel file sent as the body. */
    @POST
    @Path("preview")
    @Consumes(MediaType.WILDCARD)
    public FilePreview preview(@QueryParam("name") String name, byte[] body) {
        return evidence.preview(body, name);
    }

    /**
     * The data set from Cocrea's own records (customers matched to their serving unit's climate and
     * innovation performance), as CSV, to look at or analyse elsewhere.
     */
    @GET
    @Path("records.csv")
    @Produces("text/csv")
    public Response recordsCsv() {
        org.cocrea.analytics.boundary.EvidenceRecords.DataSet d = records.build(null);
        return Response.ok(d.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .build();
    }

    /** Builds the data set from Cocrea's records and saves it as an analysis ready to run. */
    public record RecordsInput(String name) {}

    @POST
    @Path("analyses/from-records")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveFromRecords(RecordsInput input) {
        AnalysisSummary saved = records.save(input == null ? null : input.name());
        return Response.created(
                        uri.getBaseUriBuilder().path("evidence/analyses/{id}").build(saved.id()))
                .entity(saved)
                .build();
    }

    /** Rebuilds a records analysis' data from the current records and runs it (202, poll {@code Location}). */
    @POST
    @Path("analyses/{id}/runs/from-records")
    public Response rerunFromRecords(@PathParam("id") long id) {
        long runId = records.rerun(id);
        return Response.accepted(evidence.progress(runId))
                .location(uri.getBaseUriBuilder().path("evidence/runs/{run}").build(runId))
                .build();
    }

    @GET
    @Path("analyses")
    public List<AnalysisSummary> list() {
        return evidence.list();
    }

    @POST
    @Path("analyses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@NotNull EvidenceJson.AnalysisInput input) {
        byte[] file = decode(input.file());
        if (file == null) {
            throw BusinessRuleException.invalid("file", "Send the data file, Base64-encoded, in \"file\".");
        }
        AnalysisSummary saved = evidence.save(setup(input), file, input.fileName());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(saved.id()))
                        .build())
                .entity(saved)
                .build();
    }

    @GET
    @Path("analyses/{id}")
    public EvidenceJson.Analysis get(@PathParam("id") long id) {
        return EvidenceJson.Analysis.of(evidence.get(id));
    }

    /** Changes the analysis; without {@code file} the data stay as they are. */
    @PUT
    @Path("analyses/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnalysisSummary update(
            @PathParam("id") long id,
            @NotNull EvidenceJson.AnalysisInput input,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Integer version) {
        return evidence.update(
                id,
                setup(input),
                decode(input.file()),
                input.fileName(),
                OrganisationResource.expectedVersion(ifMatch, version));
    }

    @DELETE
    @Path("analyses/{id}")
    public Response delete(@PathParam("id") long id) {
        evidence.delete(id);
        return Response.noContent().build();
    }

    /**
     * Starts a run (202 with the run's progress; poll {@code Location}). With a body, the body is new
     * data for the analysis (file name in {@code ?name=}): checked, stored, then run.
     */
    @POST
    @Path("analyses/{id}/runs")
    @Consumes(MediaType.WILDCARD)
    public Response start(@PathParam("id") long id, @QueryParam("name") String name, byte[] body) {
        long runId = body == null || body.length == 0 ? evidence.start(id) : evidence.rerun(id, body, name);
        return Response.accepted(evidence.progress(runId))
                .location(uri.getBaseUriBuilder().path("evidence/runs/{run}").build(runId))
                .build();
    }

    @GET
    @Path("runs/{run}")
    public RunProgress progress(@PathParam("run") long run) {
        return evidence.progress(run);
    }

    @POST
    @Path("runs/{run}/cancel")
    public RunProgress cancel(@PathParam("run") long run) {
        return evidence.cancel(run);
    }

    @GET
    @Path("runs/{run}/report")
    public EvidenceJson.ReportBody report(@PathParam("run") long run) {
        return EvidenceJson.report(evidence.report(run));
    }

    /** The report as a file: {@code .pdf}, {@code .xlsx} or {@code .zip} (CSV files). */
    @GET
    @Path("runs/{run}/report.{format:pdf|xlsx|zip}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"
    })
    public Response export(@PathParam("run") long run, @PathParam("format") String format) {
        ReportFormat f = switch (format) {
            case "pdf" -> ReportFormat.PDF;
            case "xlsx" -> ReportFormat.EXCEL;
            default -> ReportFormat.CSV_ZIP;
        };
        ExportFile file = evidence.export(run, f);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }

    /** Two finished runs' key figures side by side. */
    @GET
    @Path("compare")
    public Comparison compare(@QueryParam("a") Long a, @QueryParam("b") Long b) {
        if (a == null || b == null) {
            throw BusinessRuleException.invalid("a", "Name the two runs to compare: ?a=…&b=….");
        }
        return evidence.compare(a, b);
    }

    private static EvidenceSetup setup(EvidenceJson.AnalysisInput input) {
        return EvidenceSpecs.setup(
                input.name(), input.model() == null ? null : input.model().toString(), input.labels());
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("file", "\"file\" is not valid Base64.");
        }
    }
}
