package org.cocrea.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.analytics.boundary.EvidenceInputException;
import org.cocrea.platform.BusinessRuleException;

/**
 * Turns every failure of the API into a problem response: validation (400, with the fields),
 * missing or insufficient rights (401/403), unknown resources (404), concurrent changes (409), and
 * anything unexpected (500, logged with an id, never a stack trace to the client).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = toProblem(unwrap(exception));
        Response response = problem.toResponse();
        if (problem.status() == 401) {
            return Response.fromResponse(response)
                    .header("WWW-Authenticate", "Bearer realm=\"cocrea\"")
                    .build();
        }
        return response;
    }

    Problem toProblem(Throwable e) {
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        if (e instanceof ConstraintViolationException cve) {
            List<Problem.FieldError> errors = cve.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return new Problem("about:blank", "Bad Request", 400, "The request has invalid fields.", instance, errors);
        }
        if (isAccessDenied(e) || e instanceof jakarta.ws.rs.NotAuthorizedException) {
            boolean anonymous = security == null || security.getUserPrincipal() == null;
            return anonymous
                    ? Problem.of(Response.Status.UNAUTHORIZED, "Sign in first: send a bearer token.", instance)
                    : Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.", instance);
        }
        if (e instanceof EvidenceInputException input && !input.getProblems().isEmpty()) {
            List<Problem.FieldError> errors = input.getProblems().stream()
                    .map(p -> new Problem.FieldError(EvidenceInputException.fieldOf(p), p.message()))
                    .toList();
            return new Problem("about:blank", "Bad Request", 400, input.getMessage(), instance, errors);
        }
        if (e instanceof BusinessRuleException bre) {
            Response.Status status = bre.getKind() == BusinessRuleException.Kind.CONFLICT
                    ? Response.Status.CONFLICT
                    : Response.Status.BAD_REQUEST;
            return new Problem(
                    "about:blank",
                    status.getReasonPhrase(),
                    status.getStatusCode(),
                    bre.getMessage(),
                    instance,
                    bre.getFieldProblems().stream()
                            .map(p -> new Problem.FieldError(p.field(), p.message()))
                            .toList());
        }
        if (e instanceof OptimisticLockException) {
            return Problem.of(
                    Response.Status.CONFLICT,
                    "The record was changed by someone else. Reload it and try again.",
                    instance);
        }
        if (e instanceof JsonbException) {
            return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON for this request.", instance);
        }
        if (e instanceof WebApplicationException wae) {
            Response r = wae.getResponse();
            Response.Status status = Response.Status.fromStatusCode(r.getStatus());
            String title = status == null ? "Error" : status.getReasonPhrase();
            String detail = r.getStatus() == 404 ? "There is nothing at this address." : wae.getMessage();
            return new Problem("about:blank", title, r.getStatus(), detail, instance, List.of());
        }
        String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API failure " + incident + " at " + instance, e);
        return Problem.of(
                Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side (incident " + incident + "). Nothing was changed.",
                instance);
    }

    /** The EJB container's refusal: {@code EJBAccessException}, or Payara's {@code AccessLocalException}. */
    static boolean isAccessDenied(Throwable e) {
        return e instanceof EJBAccessException || e instanceof AccessLocalException;
    }

    /** EJBs wrap runtime exceptions; the cause says what really happened. */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && !isAccessDenied(t) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t.getCause() instanceof OptimisticLockException ole) {
            return ole;
        }
        return t;
    }

    /** The last node of the path: the parameter or property name a client knows. */
    static String fieldName(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null
                    && node.getKind() != jakarta.validation.ElementKind.METHOD
                    && node.getKind() != jakarta.validation.ElementKind.CONSTRUCTOR) {
                name = node.getName();
            }
        }
        return name == null ? "request" : name;
    }
}
