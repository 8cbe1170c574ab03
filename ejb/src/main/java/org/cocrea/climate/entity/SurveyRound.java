package org.cocrea.climate.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A survey round: one instrument version, the units it covers and the dates it is open. */
@Entity
@Table(name = "survey_round")
@NamedQuery(
        name = SurveyRound.ALL,
        query = "select r from SurveyRound r join fetch r.instrument order by r.opensOn desc, r.id desc")
@NamedQuery(
        name = SurveyRound.DUE_TO_CLOSE,
        query =
                "select r from SurveyRound r where r.status = org.cocrea.climate.entity.RoundStatus.OPEN and r.closesOn < :today")
@NamedQuery(
        name = SurveyRound.OPEN_ROUNDS,
        query = "select r from SurveyRound r where r.status = org.cocrea.climate.entity.RoundStatus.OPEN")
public class SurveyRound {

    public static final String ALL = "SurveyRound.all";
    public static final String DUE_TO_CLOSE = "SurveyRound.dueToClose";
    public static final String OPEN_ROUNDS = "SurveyRound.open";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_round_seq")
    @SequenceGenerator(name = "survey_round_seq", sequenceName = "survey_round_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private Instrument instrument;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.DRAFT;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;

    @Column(name = "max_reminders", nullable = false)
    private int maxReminders;

    @Column(nullable = false)
    private int threshold;

    @Column(name = "comment_threshold", nullable = false)
    private int commentThreshold;

    @Column(name = "launched_on")
    private LocalDate launchedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "survey_round_target", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "unit_id")
    private Set<Long> targetUnitIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "survey_round_unit", joinColumns = @JoinColumn(name = "round_id"))
    private Set<RoundUnit> units = new LinkedHashSet<>();

    @Version
    private int version;

    protected SurveyRound() {}

    public SurveyRound(String name, Instrument instrument, Instant createdAt, String createdBy) {
        this.name = name;
        this.instrument = instrument;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Sets what HR chose; only while the round is a draft. */
    public void plan(
            String name,
            Instrument instrument,
            LocalDate opensOn,
            LocalDate closesOn,
            int reminderDays,
            int maxReminders,
            int threshold,
            int commentThreshold,
            Set<Long> targets) {
        this.name = name;
        this.instrument = instrument;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.reminderDays = reminderDays;
        this.maxReminders = maxReminders;
        this.threshold = threshold;
        this.commentThreshold = commentThreshold;
        this.targetUnitIds.clear();
        this.targetUnitIds.addAll(targets);
    }

    public void launch(LocalDate today, Set<RoundUnit> snapshot) {
        this.status = RoundStatus.OPEN;
        this.launchedOn = today;
        this.units.clear();
        this.units.addAll(snapshot);
    }

    public void close(LocalDate today) {
        this.status = RoundStatus.CLOSED;
        this.closedOn = today;
    }

    /** Whether answers are accepted on that day. */
    public boolean acceptsAnswersOn(LocalDate day) {
        return status == RoundStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public int getMaxReminders() {
        return maxReminders;
    }

    public int getThreshold() {
        return threshold;
    }

    public int getCommentThreshold() {
        return commentThreshold;
    }

    public LocalDate getLaunchedOn() {
        return launchedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Set<Long> getTargetUnitIds() {
        return targetUnitIds;
    }

    public Set<RoundUnit> getUnits() {
        return units;
    }

    public int getVersion() {
        return version;
    }
}
