package org.cocrea.organisation.boundary;

import java.io.Serializable;

/** An employee as screens and the API show them. */
public record EmployeeView(
        long id, String externalId, String email, String displayName, String username, String unitCode, boolean active)
        implements Serializable {}
