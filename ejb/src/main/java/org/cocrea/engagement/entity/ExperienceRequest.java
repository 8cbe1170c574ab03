package org.cocrea.engagement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invitation to a stakeholder to say how taking part felt; the link carries a token whose hash is stored. */
@Entity
@Table(name = "experience_request")
@NamedQuery(name = ExperienceRequest.BY_TOKEN, query = "select r from ExperienceRequest r where r.tokenHash = :hash")
public class ExperienceRequest {

    public static final String BY_TOKEN = "ExperienceRequest.byToken";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experience_seq")
    @SequenceGenerator(name = "experience_seq", sequenceName = "experience_seq", allocationSize = 50)
    private Long id;

    @Column(name = "stakeholder_id", nullable = false)
    private long stakeholderId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 200)
    private String context;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 255)
    private String requestedBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ExperienceRequest() {}

    public ExperienceRequest(
            long stakeholderId, String tokenHash, String context, Instant requestedAt, String requestedBy) {
        this.stakeholderId = stakeholderId;
        this.tokenHash = tokenHash;
        this.context = context;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    public void answered(Instant at) {
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getStakeholderId() {
        return stakeholderId;
    }

    public String getContext() {
        return context;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
