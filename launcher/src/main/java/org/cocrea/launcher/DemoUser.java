package org.cocrea.launcher;

import java.util.List;

/** The demo realm's users: one per application role. Their passwords are generated per installation. */
public record DemoUser(String username, String role, String passwordKey) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("manager", "innovation-manager", "COCREA_DEMO_PASSWORD_MANAGER"),
            new DemoUser("hr", "hr-analyst", "COCREA_DEMO_PASSWORD_HR"),
            new DemoUser("exec", "executive", "COCREA_DEMO_PASSWORD_EXEC"),
            new DemoUser("employee", "employee", "COCREA_DEMO_PASSWORD_EMPLOYEE"),
            new DemoUser("customer", "customer", "COCREA_DEMO_PASSWORD_CUSTOMER"),
            new DemoUser("admin", "admin", "COCREA_DEMO_PASSWORD_ADMIN"));

    public static DemoUser byRole(String role) {
        return ALL.stream()
                .filter(u -> u.role.equals(role))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user for role " + role));
    }
}
