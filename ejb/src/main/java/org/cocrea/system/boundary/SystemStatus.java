package org.cocrea.system.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.platform.security.Roles;

/** What an administrator needs to know about the installation's database and schema. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SystemStatus {

    @PersistenceContext
    EntityManager em;

    public record Migration(String version, String description, Instant installedOn, boolean success)
            implements Serializable {}

    public record Snapshot(
            String persistenceProvider,
            String databaseVersion,
            String databaseName,
            String schemaVersion,
            List<Migration> migrations)
            implements Serializable {}

    public Snapshot snapshot() {
        String version = (String) em.createNativeQuery("select version()").getSingleResult();
        String database =
                (String) em.createNativeQuery("select current_database()").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select version, description, installed_on, success from flyway_schema_history"
                                + " where version is not null order by installed_rank")
                .getResultList();
        List<Migration> migrations = rows.stream()
                .map(r -> new Migration((String) r[0], (String) r[1], toInstant(r[2]), Boolean.TRUE.equals(r[3])))
                .toList();
        String schemaVersion = migrations.isEmpty()
                ? "none"
                : migrations.get(migrations.size() - 1).version();
        em.unwrap(org.hibernate.Session.class); // fails unless Hibernate is the provider
        String provider = "Hibernate ORM " + org.hibernate.Version.getVersionString();
        return new Snapshot(provider, version, database, schemaVersion, migrations);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return null;
    }
}
