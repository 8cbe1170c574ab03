package org.cocrea.cocreation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A report of abusive content, waiting in the moderation queue or decided. */
@Entity
@Table(name = "content_report")
@NamedQuery(
        name = ContentReport.OPEN,
        query = "select r from ContentReport r where r.status = org.cocrea.cocreation.entity.ContentReport.Status.OPEN"
                + " order by r.reportedAt, r.id")
public class ContentReport {

    public static final String OPEN = "ContentReport.open";

    /** What was reported. */
    public enum Target {
        IDEA,
        COMMENT
    }

    /** Where the report stands. */
    public enum Status {
        OPEN,
        CONFIRMED,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private Target targetKind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(nullable = false, length = 255)
    private String author;

    @Column(nullable = false, length = 255)
    private String reporter;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "decided_by", length = 255)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String note;

    @Column(name = "incident_id")
    private Long incidentId;

    @Version
    private int version;

    protected ContentReport() {}

    public ContentReport(
            Target targetKind, long targetId, long ideaId, String author, String reporter, String reason, Instant now) {
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.ideaId = ideaId;
        this.author = author;
        this.reporter = reporter;
        this.reason = reason;
        this.reportedAt = now;
        this.status = Status.OPEN;
    }

    public void decide(boolean confirmed, String note, String by, Long incidentId, Instant now) {
        this.status = confirmed ? Status.CONFIRMED : Status.DISMISSED;
        this.note = note;
        this.decidedBy = by;
        this.incidentId = incidentId;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Target getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public String getAuthor() {
        return author;
    }

    public String getReporter() {
        return reporter;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public int getVersion() {
        return version;
    }
}
