package org.cocrea.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.cocrea.platform.security.Roles;

/**
 * EJBs that run code with the identity of one role, as the container propagates it to the EJBs
 * called inside. In-container tests call services through them; the principals are mapped in
 * {@code it/glassfish-ejb-jar.xml} and {@code it/glassfish-web.xml}.
 */
public final class Callers {

    private Callers() {}

    /** Every class to add to a test deployment. */
    static final Class<?>[] ALL = {Callers.class, AsAdmin.class, AsEmployee.class, AsHr.class, AsExecutive.class};

    @Stateless(name = "AsAdmin")
    @RunAs(Roles.ADMIN)
    public static class AsAdmin {
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }

    @Stateless(name = "AsEmployee")
    @RunAs(Roles.EMPLOYEE)
    public static class AsEmployee {
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }

    @Stateless(name = "AsHr")
    @RunAs(Roles.HR_ANALYST)
    public static class AsHr {
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }

    @Stateless(name = "AsExecutive")
    @RunAs(Roles.EXECUTIVE)
    public static class AsExecutive {
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }
}
