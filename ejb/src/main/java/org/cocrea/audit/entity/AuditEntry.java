package org.cocrea.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One audited action. Immutable once written. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.RECENT, query = "select a from AuditEntry a order by a.occurredAt desc, a.id desc")
@NamedQuery(
        name = AuditEntry.BY_SUBJECT,
        query = "select a from AuditEntry a where a.subjectType = :type and a.subjectId = :id"
                + " order by a.occurredAt desc, a.id desc")
public class AuditEntry {

    public static final String RECENT = "AuditEntry.recent";
    public static final String BY_SUBJECT = "AuditEntry.bySubject";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false, length = 80)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 80)
    private String subjectType;

    @Column(name = "subject_id", updatable = false, length = 80)
    private String subjectId;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt, String actor, String action, String subjectType, String subjectId, String detail) {
        // PostgreSQL keeps microseconds: truncate so the entry equals what is read back
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.subjectId = subjectId;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
