package org.cocrea.climate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One submitted set of answers. By design it holds no person, invitation or user, a random key
 * and only the day it arrived: nothing a query could join to who gave it. The unit is the
 * respondent's unit when the round was launched; results show it only above the anonymity threshold.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    private UUID id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "integer[]")
    private int[] answers;

    @Column(columnDefinition = "text")
    private String comment;

    protected SurveyResponse() {}

    public SurveyResponse(long roundId, long unitId, LocalDate submittedOn, int[] answers, String comment) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.unitId = unitId;
        this.submittedOn = submittedOn;
        this.answers = answers.clone();
        this.comment = comment;
    }

    public UUID getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public int[] getAnswers() {
        return answers.clone();
    }

    public String getComment() {
        return comment;
    }
}
