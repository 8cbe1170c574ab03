package org.cocrea.cocreation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an idea's pipeline history: its submission, a gate decision, an automatic move, a merge. */
@Entity
@Table(name = "idea_transition")
@NamedQuery(
        name = IdeaTransition.OF_IDEA,
        query = "select t from IdeaTransition t where t.ideaId = :idea order by t.decidedAt, t.id")
public class IdeaTransition {

    public static final String OF_IDEA = "IdeaTransition.ofIdea";

    /** What happened; {@code REVIEW} opens a gate, the four decisions close it. */
    public enum Kind {
        SUBMITTED,
        REVIEW,
        GO,
        KILL,
        HOLD,
        RECYCLE,
        MERGED,
        REOPENED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "from_stage")
    private Long fromStage;

    @Column(name = "to_stage", nullable = false)
    private long toStage;

    @Column(name = "from_status", length = 20)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, length = 20)
    private String toStatus;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind decision;

    @Column(length = 4000)
    private String rationale;

    private Double score;

    @Column(name = "decided_by", nullable = false, length = 255)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected IdeaTransition() {}

    public IdeaTransition(
            long ideaId,
            long campaignId,
            Long fromStage,
            long toStage,
            String fromStatus,
            String toStatus,
            Kind decision,
            String rationale,
            Double score,
            String decidedBy,
            Instant at) {
        this.ideaId = ideaId;
        this.campaignId = campaignId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.decision = decision;
        this.rationale = rationale;
        this.score = score;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public Long getFromStage() {
        return fromStage;
    }

    public long getToStage() {
        return toStage;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public Kind getDecision() {
        return decision;
    }

    public String getRationale() {
        return rationale;
    }

    public Double getScore() {
        return score;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
