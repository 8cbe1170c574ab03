package org.cocrea.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.cocrea.engagement.boundary.EngagementImports;
import org.cocrea.organisation.control.ImportReport.RowError;

/** An import report as the API answers it: 200 with the counts, or 400 listing every bad row. */
final class ImportProblems {

    private ImportProblems() {}

    static Response report(EngagementImports.Report r, UriInfo uri) {
        return r.ok() ? Response.ok(r).build() : problems(r.errors(), r.errorCount(), uri);
    }

    /** A KPI value file's report: 200 with the counts, or 400 listing every bad row. */
    static Response report(org.cocrea.kpi.boundary.KpiMeasurements.Report r, UriInfo uri) {
        return r.ok() ? Response.ok(r).build() : problems(r.errors(), r.errorCount(), uri);
    }

    /** 400 listing each bad row as "line N: column" with its message. */
    static Response problems(List<RowError> rows, int count, UriInfo uri) {
        List<Problem.FieldError> errors = rows.stream()
                .map(e -> new Problem.FieldError("line " + e.line() + ": " + e.column(), e.message()))
                .toList();
        return new Problem(
                        "about:blank",
                        "Bad Request",
                        400,
                        count + " problem(s) in the file; nothing was imported.",
                        uri.getRequestUri().getPath(),
                        errors)
                .toResponse();
    }
}
