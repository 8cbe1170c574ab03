package org.cocrea.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.cocrea.engagement.boundary.EngagementImports;

/** An import report as the API answers it: 200 with the counts, or 400 listing every bad row. */
final class ImportProblems {

    private ImportProblems() {}

    static Response report(EngagementImports.Report r, UriInfo uri) {
        if (r.ok()) {
            return Response.ok(r).build();
        }
        List<Problem.FieldError> errors = r.errors().stream()
                .map(e -> new Problem.FieldError("line " + e.line() + ": " + e.column(), e.message()))
                .toList();
        return new Problem(
                        "about:blank",
                        "Bad Request",
                        400,
                        r.errorCount() + " problem(s) in the file; nothing was imported.",
                        uri.getRequestUri().getPath(),
                        errors)
                .toResponse();
    }
}
