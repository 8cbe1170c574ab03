package org.cocrea.engagement.entity;

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
import java.time.LocalDate;
import org.cocrea.engagement.control.Incident;
import org.cocrea.engagement.control.IncidentType;

/** A co-destruction incident recorded against a stakeholder (abuse, misuse, conflict, a dropped commitment). */
@Entity
@Table(name = "engagement_incident")
@NamedQuery(
        name = StakeholderIncident.OF_STAKEHOLDER,
        query = "select i from StakeholderIncident i where i.stakeholderId = :stakeholder"
                + " order by i.occurredOn desc, i.id desc")
public class StakeholderIncident {

    public static final String OF_STAKEHOLDER = "StakeholderIncident.ofStakeholder";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_incident_seq")
    @SequenceGenerator(name = "engagement_incident_seq", sequenceName = "engagement_incident_seq", allocationSize = 50)
    private Long id;

    @Column(name = "stakeholder_id", nullable = false)
    private long stakeholderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IncidentType type;

    @Column(nullable = false)
    private short severity;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(length = 2000)
    private String description;

    @Column(name = "reported_by", nullable = false, length = 255)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Version
    private int version;

    protected StakeholderIncident() {}

    public StakeholderIncident(
            long stakeholderId,
            IncidentType type,
            int severity,
            LocalDate occurredOn,
            String description,
            String reportedBy,
            Instant reportedAt) {
        this.stakeholderId = stakeholderId;
        this.type = type;
        this.severity = (short) severity;
        this.occurredOn = occurredOn;
        this.description = description;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public Incident toIncident() {
        return new Incident(type, severity, occurredOn, confirmed);
    }

    public void confirm() {
        this.confirmed = true;
    }

    public void eraseText() {
        this.description = null;
    }

    public Long getId() {
        return id;
    }

    public long getStakeholderId() {
        return stakeholderId;
    }

    public IncidentType getType() {
        return type;
    }

    public int getSeverity() {
        return severity;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getDescription() {
        return description;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
