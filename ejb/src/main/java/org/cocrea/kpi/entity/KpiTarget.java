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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.Period;

/** A KPI's target for one scope and period. */
@Entity
@Table(name = "kpi_target")
@NamedQuery(
        name = KpiTarget.OF_KPI_SCOPE,
        query = "select t from KpiTarget t where t.kpiKey = :key and t.scope = :scope"
                + " order by t.periodStart, t.grain")
@NamedQuery(
        name = KpiTarget.SLOT,
        query = "select t from KpiTarget t where t.kpiKey = :key and t.scope = :scope and t.grain = :grain"
                + " and t.periodStart = :start")
public class KpiTarget {

    public static final String OF_KPI_SCOPE = "KpiTarget.ofKpiScope";
    public static final String SLOT = "KpiTarget.slot";

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
    private double target;

    @Column(name = "set_by", nullable = false, length = 255)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private int version;

    protected KpiTarget() {}

    public KpiTarget(String kpiKey, String scope, Period period, double target, String setBy, Instant setAt) {
        this.kpiKey = kpiKey;
        this.scope = scope;
        this.grain = period.grain();
        this.periodStart = period.start();
        this.target = target;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public void change(double target, String setBy, Instant setAt) {
        this.target = target;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public Period period() {
        return new Period(grain, periodStart);
    }

    public String getKpiKey() {
        return kpiKey;
    }

    public String getScope() {
        return scope;
    }

    public double getTarget() {
        return target;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
