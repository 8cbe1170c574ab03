package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.cocrea.audit.boundary.AuditRecord;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.system.boundary.SystemStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform on a real Payara: Hibernate as the JPA provider over the application's PostgreSQL
 * data source, the schema migrated by Flyway at deployment, and {@code @RolesAllowed} enforced by
 * the EJB container whoever calls.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(PlatformIT.class);
    }

    @EJB
    AuditTrail audit;

    @EJB
    SystemStatus status;

    @EJB
    Callers.AsAdmin asAdmin;

    @EJB
    Callers.AsEmployee asEmployee;

    @Test
    void hibernateIsTheProviderAndFlywayMigratedTheSchema() {
        SystemStatus.Snapshot snapshot = asAdmin.call(status::snapshot);
        assertThat(snapshot.persistenceProvider()).startsWith("Hibernate ORM 6.6");
        assertThat(snapshot.databaseVersion()).startsWith("PostgreSQL");
        assertThat(snapshot.migrations())
                .extracting(SystemStatus.Migration::version)
                .contains("1");
        assertThat(snapshot.migrations()).allMatch(SystemStatus.Migration::success);
    }

    @Test
    void anAuditEntryMakesTheRoundTripThroughJpa() {
        String subject = UUID.randomUUID().toString();
        AuditRecord written =
                asEmployee.call(() -> audit.record("test.roundtrip", "TestSubject", subject, "détail ✓ 中文"));

        List<AuditRecord> read = asAdmin.call(() -> audit.forSubject("TestSubject", subject));

        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(written.id());
            assertThat(r.actor()).isEqualTo("employee");
            assertThat(r.action()).isEqualTo("test.roundtrip");
            assertThat(r.detail()).isEqualTo("détail ✓ 中文");
            assertThat(r.occurredAt()).isEqualTo(written.occurredAt());
        });
    }

    @Test
    void rolesAllowedRefusesAnonymousCallers() {
        assertThatThrownBy(() -> audit.recent(10))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
        assertThatThrownBy(() -> status.snapshot())
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
    }

    @Test
    void rolesAllowedRefusesACallerWithoutTheRole() {
        assertThatThrownBy(() -> asEmployee.call(() -> audit.recent(10)))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
        assertThatThrownBy(() -> asEmployee.call(status::snapshot))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
        assertThat(asAdmin.call(() -> audit.recent(10))).isNotNull();
    }

    @Test
    void invalidArgumentsAreRefusedBeforeAnythingIsWritten() {
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> asEmployee.call(() -> audit.record(" ", "TestSubject", subject, null)))
                .isInstanceOfAny(ConstraintViolationException.class, EJBException.class)
                .satisfies(e -> assertThat(rootOf(e)).isInstanceOf(ConstraintViolationException.class));
        assertThat(asAdmin.call(() -> audit.forSubject("TestSubject", subject))).isEmpty();
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (!(t instanceof ConstraintViolationException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
