package org.cocrea.climate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.cocrea.organisation.entity.Employee;

/**
 * One person's invitation to a round. It carries what is needed to send the personal link and its
 * reminders, and nothing about the answers: those are stored without any reference to a person.
 * The link's token itself is never stored, only its SHA-256 hash.
 */
@Entity
@Table(name = "survey_invitation")
@NamedQuery(
        name = Invitation.BY_TOKEN_HASH,
        query = "select i from Invitation i join fetch i.round r join fetch r.instrument where i.tokenHash = :hash")
@NamedQuery(
        name = Invitation.OF_PERSON,
        query =
                "select i from Invitation i join fetch i.round r where i.employee.id = :employeeId order by r.closesOn desc")
@NamedQuery(
        name = Invitation.UNANSWERED,
        query = "select i from Invitation i join fetch i.employee where i.round.id = :roundId and not exists"
                + " (select 1 from Participation p where p.roundId = i.round.id and p.employeeId = i.employee.id)")
public class Invitation {

    public static final String BY_TOKEN_HASH = "Invitation.byTokenHash";
    public static final String OF_PERSON = "Invitation.ofPerson";
    public static final String UNANSWERED = "Invitation.unanswered";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_invitation_seq")
    @SequenceGenerator(name = "survey_invitation_seq", sequenceName = "survey_invitation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private SurveyRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(nullable = false, length = 64)
    private String nonce;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminded_on")
    private LocalDate lastRemindedOn;

    @Column(name = "mail_error", length = 300)
    private String mailError;

    @Version
    private int version;

    protected Invitation() {}

    public Invitation(SurveyRound round, Employee employee, long unitId, String nonce, String tokenHash) {
        this.round = round;
        this.employee = employee;
        this.unitId = unitId;
        this.nonce = nonce;
        this.tokenHash = tokenHash;
    }

    public void sent(LocalDate day) {
        this.sentOn = day;
        this.mailError = null;
    }

    public void reminded(LocalDate day) {
        this.remindersSent++;
        this.lastRemindedOn = day;
        this.mailError = null;
    }

    public void mailFailed(String error) {
        this.mailError = error == null ? "unknown error" : error.substring(0, Math.min(300, error.length()));
    }

    public Long getId() {
        return id;
    }

    public SurveyRound getRound() {
        return round;
    }

    public Employee getEmployee() {
        return employee;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getNonce() {
        return nonce;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public LocalDate getLastRemindedOn() {
        return lastRemindedOn;
    }

    public String getMailError() {
        return mailError;
    }
}
