package org.cocrea.cocreation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** What an invited stakeholder found or designed in a participation task. */
@Entity
@Table(name = "task_finding")
public class TaskFinding {

    /** Where the finding stands. */
    public enum Status {
        SUBMITTED,
        ACCEPTED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "stakeholder_id", nullable = false)
    private long stakeholderId;

    @Column(name = "body_html", nullable = false, columnDefinition = "text")
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, columnDefinition = "text")
    private String bodyText;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "decided_by", length = 255)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 2000)
    private String feedback;

    @Version
    private int version;

    protected TaskFinding() {}

    public TaskFinding(long taskId, long stakeholderId, String bodyHtml, String bodyText, Instant now) {
        this.taskId = taskId;
        this.stakeholderId = stakeholderId;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        this.submittedAt = now;
        this.status = Status.SUBMITTED;
    }

    public void decide(boolean accepted, String feedback, String by, Instant now) {
        this.status = accepted ? Status.ACCEPTED : Status.REJECTED;
        this.feedback = feedback;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getTaskId() {
        return taskId;
    }

    public long getStakeholderId() {
        return stakeholderId;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getFeedback() {
        return feedback;
    }

    public int getVersion() {
        return version;
    }
}
