package org.cocrea.climate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * That a person has answered a round: nothing more. It exists so that a second answer can be
 * refused; it has no date, no time and no link to the answers.
 */
@Entity
@Table(name = "survey_participation")
@IdClass(Participation.Key.class)
public class Participation {

    /** Composite key. */
    public record Key(Long roundId, Long employeeId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    protected Participation() {}

    public Participation(long roundId, long employeeId) {
        this.roundId = roundId;
        this.employeeId = employeeId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getEmployeeId() {
        return employeeId;
    }
}
