package org.cocrea.analytics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One run of a saved analysis as a job in the database: status, progress, the cancellation request
 * and, when done, the serialised result. The instance running it and the screens of any instance
 * change it through single-column updates ({@code update ... set fraction = ...}), so it carries no
 * version: a cancel request and a progress update never overwrite each other.
 */
@Entity
@Table(name = "evidence_run")
public class EvidenceRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_run_seq")
    @SequenceGenerator(name = "evidence_run_seq", sequenceName = "evidence_run_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "analysis_id", nullable = false, updatable = false)
    private SavedAnalysis analysis;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status = RunStatus.QUEUED;

    @Column(nullable = false)
    private double fraction;

    @Column(length = 300)
    private String stage;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column
    private String error;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "rows_read")
    private Integer rowsRead;

    @Column(name = "rows_analysed")
    private Integer rowsAnalysed;

    @Column
    private byte[] result;

    protected EvidenceRun() {}

    public EvidenceRun(SavedAnalysis analysis, String startedBy, Instant createdAt) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.heartbeatAt = createdAt;
        this.stage = "Waiting to start";
    }

    public Long getId() {
        return id;
    }

    public SavedAnalysis getAnalysis() {
        return analysis;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public RunStatus getStatus() {
        return status;
    }

    public double getFraction() {
        return fraction;
    }

    public String getStage() {
        return stage;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public String getError() {
        return error;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public Integer getRowsRead() {
        return rowsRead;
    }

    public Integer getRowsAnalysed() {
        return rowsAnalysed;
    }
}
