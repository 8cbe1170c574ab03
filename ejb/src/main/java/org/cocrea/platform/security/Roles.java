package org.cocrea.platform.security;

import java.util.List;

/**
 * The realm roles of the {@code cocrea} Keycloak realm. They reach the application as the caller's
 * groups (the {@code groups} claim), and Payara's default principal-to-role mapping turns each group
 * into the role of the same name.
 */
public final class Roles {

    public static final String INNOVATION_MANAGER = "innovation-manager";
    public static final String HR_ANALYST = "hr-analyst";
    public static final String EXECUTIVE = "executive";
    public static final String EMPLOYEE = "employee";
    public static final String CUSTOMER = "customer";
    public static final String ADMIN = "admin";

    /** Every application role, in the order the UI lists them. */
    public static final List<String> ALL =
            List.of(INNOVATION_MANAGER, HR_ANALYST, EXECUTIVE, EMPLOYEE, CUSTOMER, ADMIN);

    private Roles() {}
}
