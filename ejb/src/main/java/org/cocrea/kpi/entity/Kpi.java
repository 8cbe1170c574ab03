package org.cocrea.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.cocrea.kpi.control.RagThresholds;

/**
 * A KPI as such: its key, whether it is built in, and its RAG thresholds. What it measures is in
 * its definition's versions ({@link KpiDefinitionVersion}).
 */
@Entity
@Table(name = "kpi")
public class Kpi {

    @Id
    @Column(name = "kpi_key", length = 60)
    private String key;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Column(name = "green_tolerance", nullable = false)
    private double greenTolerance;

    @Column(name = "amber_tolerance", nullable = false)
    private double amberTolerance;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 255)
    private String createdBy;

    @Version
    private int version;

    protected Kpi() {}

    public Kpi(String key, boolean builtIn, Instant createdAt, String createdBy) {
        this.key = key;
        this.builtIn = builtIn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        RagThresholds d = RagThresholds.DEFAULT;
        this.greenTolerance = d.greenTolerance();
        this.amberTolerance = d.amberTolerance();
    }

    public String getKey() {
        return key;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public RagThresholds thresholds() {
        return new RagThresholds(greenTolerance, amberTolerance);
    }

    public void setThresholds(RagThresholds t) {
        this.greenTolerance = t.greenTolerance();
        this.amberTolerance = t.amberTolerance();
    }

    public int getVersion() {
        return version;
    }
}
