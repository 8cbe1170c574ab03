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
import org.cocrea.kpi.control.Aggregation;
import org.cocrea.kpi.control.Direction;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.KpiKind;
import org.cocrea.kpi.control.ValueRule;

/** One version of a KPI's definition; never changed once written (a change adds a version). */
@Entity
@Table(name = "kpi_definition")
@NamedQuery(
        name = KpiDefinitionVersion.ALL,
        query = "select v from KpiDefinitionVersion v order by v.kpiKey, v.versionNo")
@NamedQuery(
        name = KpiDefinitionVersion.OF_KPI,
        query = "select v from KpiDefinitionVersion v where v.kpiKey = :key order by v.versionNo")
public class KpiDefinitionVersion {

    public static final String ALL = "KpiDefinitionVersion.all";
    public static final String OF_KPI = "KpiDefinitionVersion.ofKpi";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_seq")
    @SequenceGenerator(name = "kpi_seq", sequenceName = "kpi_seq", allocationSize = 50)
    private Long id;

    @Column(name = "kpi_key", nullable = false, length = 60)
    private String kpiKey;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false, length = 40)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Grain grain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private KpiKind kind;

    @Column(nullable = false, length = 120)
    private String aggregation;

    @Column(nullable = false, length = 80)
    private String owner;

    @Column(name = "min_value")
    private Double minValue;

    @Column(name = "max_value")
    private Double maxValue;

    @Column(name = "whole_number", nullable = false)
    private boolean wholeNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 255)
    private String createdBy;

    protected KpiDefinitionVersion() {}

    public KpiDefinitionVersion(
            KpiDefinition d, int versionNo, LocalDate validFrom, Instant createdAt, String createdBy) {
        this.kpiKey = d.key();
        this.versionNo = versionNo;
        this.validFrom = validFrom;
        this.name = d.name();
        this.description = d.description();
        this.unit = d.unit();
        this.direction = d.direction();
        this.grain = d.grain();
        this.kind = d.kind();
        this.aggregation = d.aggregation().code();
        this.owner = d.owner();
        this.minValue = d.values().min();
        this.maxValue = d.values().max();
        this.wholeNumber = d.values().wholeNumber();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The definition this version holds. */
    public KpiDefinition toDefinition() {
        return new KpiDefinition(
                kpiKey,
                name,
                description,
                unit,
                direction,
                grain,
                kind,
                Aggregation.parse(aggregation)
                        .orElseThrow(() -> new IllegalStateException("Unknown roll-up rule " + aggregation)),
                owner,
                new ValueRule(minValue, maxValue, wholeNumber));
    }

    public Long getId() {
        return id;
    }

    public String getKpiKey() {
        return kpiKey;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
