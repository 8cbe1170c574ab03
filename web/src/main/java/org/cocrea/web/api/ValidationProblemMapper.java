package org.cocrea.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Validation failures as problem responses. Needed beside {@link ProblemMapper} because the JAX-RS
 * implementation brings its own, more specific mapper for validation exceptions, which would answer
 * with HTML.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ProblemMapper delegate = new ProblemMapper();
        delegate.uri = uri;
        return delegate.toProblem(exception).toResponse();
    }
}
