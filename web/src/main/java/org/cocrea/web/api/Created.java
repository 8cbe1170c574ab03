package org.cocrea.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 201 Created with the new resource's address (the request path plus its id) and its body. */
final class Created {

    private Created() {}

    static Response at(UriInfo uri, long id, Object entity) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(entity)
                .build();
    }
}
