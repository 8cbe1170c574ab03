package org.cocrea.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.cocrea.audit.entity.AuditEntry;

/** What the UI and the API see of an audit entry. */
public record AuditRecord(
        long id, Instant occurredAt, String actor, String action, String subjectType, String subjectId, String detail)
        implements Serializable {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(
                e.getId(),
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getSubjectType(),
                e.getSubjectId(),
                e.getDetail());
    }
}
