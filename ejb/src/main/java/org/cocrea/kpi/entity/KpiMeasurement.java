package org.cocrea.kpi.entity;

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
import java.time.Instant;
import java.time.LocalDate;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.Measurement;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Scope;

/**
 * An entered value. A correction supersedes the current value of its KPI, scope and period rather
 * than changing it, so every earlier value stays in the history.
 */
@Entity
@Table(name = "kpi_measurement")
@NamedQuery(
        name = KpiMeasurement.CURRENT_IN_SLOT,
        query = "select m from KpiMeasurement m where m.kpiKey = :key and m.scope = :scope and m.grain = :grain"
                + " and m.periodStart = :start and m.supersededAt is null")
@NamedQuery(
        name = KpiMeasurement.HISTORY,
        query = "select m from KpiMeasurement m where m.kpiKey = :key and m.scope = :scope and m.grain = :grain"
                + " and m.periodStart = :start order by m.enteredAt, m.id")
@NamedQuery(name = KpiMeasurement.RECENT, query = "select m from KpiMeasurement m order by m.enteredAt desc, m.id desc")
public class KpiMeasurement {

    public static final String CURRENT_IN_SLOT = "KpiMeasurement.currentInSlot";
    public static final String HISTORY = "KpiMeasurement.history";
    public static final String RECENT = "KpiMeasurement.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_seq")
    @SequenceGenerator(name = "kpi_seq", sequenceName = "kpi_seq", allocationSize = 50)
    private Long id;

    @Column(name = "kpi_key", nullable = false, length = 60)
    private String kpiKey;

    @Column(nullable = false, length = 50)
    private String scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Grain grain;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(nullable = false)
    private double value;

    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;

    @Column(nullable = false, length = 10)
    private String source;

    @Column(name = "entered_by", nullable = false, length = 255)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected KpiMeasurement() {}

    public KpiMeasurement(Measurement m, String source, String enteredBy, Instant enteredAt) {
        this.kpiKey = m.kpi();
        this.scope = m.scope().toString();
        this.grain = m.period().grain();
        this.periodStart = m.period().start();
        this.value = m.value();
        this.definitionVersion = m.definitionVersion();
        this.source = source;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** Marks the value as replaced by a correction. */
    public void supersede(Instant at) {
        this.supersededAt = at;
    }

    public Measurement toMeasurement() {
        return new Measurement(kpiKey, period(), Scope.parse(scope), value, definitionVersion);
    }

    public Period period() {
        return new Period(grain, periodStart);
    }

    public Long getId() {
        return id;
    }

    public String getKpiKey() {
        return kpiKey;
    }

    public String getScope() {
        return scope;
    }

    public double getValue() {
        return value;
    }

    public int getDefinitionVersion() {
        return definitionVersion;
    }

    public String getSource() {
        return source;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
