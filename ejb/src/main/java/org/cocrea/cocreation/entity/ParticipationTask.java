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
import java.time.Instant;
import java.time.LocalDate;

/** A co-design or test task in an idea's development or validation stage, for invited stakeholders. */
@Entity
@Table(name = "participation_task")
public class ParticipationTask {

    /** What the invited stakeholders are asked to do. */
    public enum Kind {
        CO_DESIGN,
        TEST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String instructions;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "created_by", nullable = false, length = 255)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ParticipationTask() {}

    public ParticipationTask(
            long ideaId,
            long stageId,
            Kind kind,
            String title,
            String instructions,
            LocalDate dueOn,
            String createdBy,
            Instant now) {
        this.ideaId = ideaId;
        this.stageId = stageId;
        this.kind = kind;
        this.title = title;
        this.instructions = instructions;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = now;
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

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
