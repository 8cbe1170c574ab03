package org.cocrea.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cocrea.audit.entity.AuditEntry;
import org.cocrea.platform.security.Roles;

/**
 * Writes and reads the audit trail. Any signed-in caller's actions may be recorded (the actor is
 * always the container's caller, never a parameter); only administrators read the trail.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    @PermitAll
    public AuditRecord record(
            @NotBlank @Size(max = 80) String action,
            @NotBlank @Size(max = 80) String subjectType,
            @Size(max = 80) String subjectId,
            @Size(max = 4000) String detail) {
        String actor = session.getCallerPrincipal().getName();
        AuditEntry entry = new AuditEntry(Instant.now(clock), actor, action, subjectType, subjectId, detail);
        em.persist(entry);
        em.flush();
        return AuditRecord.of(entry);
    }

    public List<AuditRecord> recent(@Min(1) @Max(1000) int limit) {
        return em.createNamedQuery(AuditEntry.RECENT, AuditEntry.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(AuditRecord::of)
                .toList();
    }

    public List<AuditRecord> forSubject(@NotBlank String subjectType, @NotBlank String subjectId) {
        return em.createNamedQuery(AuditEntry.BY_SUBJECT, AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultStream()
                .map(AuditRecord::of)
                .toList();
    }
}
