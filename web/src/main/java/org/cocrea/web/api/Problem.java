package org.cocrea.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} lists the fields at fault, each with a message
 * a person can act on.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault. */
    public record FieldError(String field, String message) {}

    public static Problem of(Response.Status status, String detail, String instance) {
        return new Problem(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, List.of());
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
