package org.cocrea.engagement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.cocrea.engagement.control.Experience;

/** A stakeholder's answers to the experience questions, with the three factor scores (0..100). */
@Entity
@Table(name = "experience_answer")
@NamedQuery(
        name = ExperienceAnswer.OF_STAKEHOLDER,
        query =
                "select a from ExperienceAnswer a where a.stakeholderId = :stakeholder order by a.answeredOn desc, a.id desc")
public class ExperienceAnswer {

    public static final String OF_STAKEHOLDER = "ExperienceAnswer.ofStakeholder";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experience_seq")
    @SequenceGenerator(name = "experience_seq", sequenceName = "experience_seq", allocationSize = 50)
    private Long id;

    @Column(name = "stakeholder_id", nullable = false)
    private long stakeholderId;

    @Column(name = "request_id")
    private Long requestId;

    @Column(nullable = false, length = 200)
    private String context;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(nullable = false)
    private double functional;

    @Column(nullable = false)
    private double emotional;

    @Column(nullable = false)
    private double social;

    @Column(nullable = false)
    private double overall;

    @Column
    private Double engagement;

    @Column(nullable = false, columnDefinition = "text")
    private String answers;

    protected ExperienceAnswer() {}

    public ExperienceAnswer(
            long stakeholderId,
            Long requestId,
            String context,
            LocalDate answeredOn,
            Experience experience,
            Double engagement,
            String answersJson) {
        this.stakeholderId = stakeholderId;
        this.requestId = requestId;
        this.context = context;
        this.answeredOn = answeredOn;
        this.functional = experience.functional();
        this.emotional = experience.emotional();
        this.social = experience.social();
        this.overall = experience.overall();
        this.engagement = engagement;
        this.answers = answersJson;
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

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public Experience getExperience() {
        return new Experience(functional, emotional, social, overall);
    }

    public Double getEngagement() {
        return engagement;
    }

    public String getAnswers() {
        return answers;
    }
}
