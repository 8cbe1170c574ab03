package org.cocrea.cocreation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An evaluator's task at one gate of one idea, and the scorecard they filled in. */
@Entity
@Table(name = "gate_assignment")
@NamedQuery(
        name = GateAssignment.OF_GATE,
        query = "select a from GateAssignment a where a.ideaId = :idea and a.stageId = :stage order by a.id")
@NamedQuery(
        name = GateAssignment.OF_IDEA,
        query = "select a from GateAssignment a where a.ideaId = :idea order by a.assignedAt, a.id")
public class GateAssignment {

    public static final String OF_GATE = "GateAssignment.ofGate";
    public static final String OF_IDEA = "GateAssignment.ofIdea";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Column(nullable = false, length = 255)
    private String evaluator;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(length = 2000)
    private String comment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gate_score", joinColumns = @JoinColumn(name = "assignment_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score", nullable = false)
    private Map<Long, Integer> scores = new LinkedHashMap<>();

    protected GateAssignment() {}

    public GateAssignment(long ideaId, long stageId, String evaluator, Instant now) {
        this.ideaId = ideaId;
        this.stageId = stageId;
        this.evaluator = evaluator;
        this.assignedAt = now;
    }

    public void complete(Map<Long, Integer> scores, String comment, Instant now) {
        this.scores.clear();
        this.scores.putAll(scores);
        this.comment = comment;
        this.completedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public long getStageId() {
        return stageId;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getComment() {
        return comment;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }
}
