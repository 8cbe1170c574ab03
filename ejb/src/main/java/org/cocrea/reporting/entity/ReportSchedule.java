package org.cocrea.reporting.entity;

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
import org.cocrea.kpi.control.Grain;

/** A dashboard mailed weekly or monthly to chosen people. */
@Entity
@Table(name = "report_schedule")
@NamedQuery(name = ReportSchedule.ALL, query = "select s from ReportSchedule s order by s.name, s.id")
public class ReportSchedule {

    public static final String ALL = "ReportSchedule.all";

    /** How often. */
    public enum Frequency {
        WEEKLY,
        MONTHLY
    }

    /** Which file. */
    public enum Format {
        PDF,
        XLSX
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_seq")
    @SequenceGenerator(name = "kpi_seq", sequenceName = "kpi_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Frequency frequency;

    @Column(name = "send_day", nullable = false)
    private short sendDay;

    @Column(name = "send_hour", nullable = false)
    private short sendHour;

    @Column(nullable = false, length = 50)
    private String scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Grain grain;

    @Column(nullable = false)
    private short periods;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Format format;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 2000)
    private String recipients;

    @Column(nullable = false, length = 255)
    private String owner;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected ReportSchedule() {}

    public ReportSchedule(String owner, Instant createdAt) {
        this.owner = owner;
        this.createdAt = createdAt;
    }

    /** Sets everything a person chooses; the caller has checked it. */
    public void apply(
            String name,
            Frequency frequency,
            int sendDay,
            int sendHour,
            String scope,
            Grain grain,
            int periods,
            Format format,
            String language,
            String recipients,
            boolean active,
            Instant nextRunAt) {
        this.name = name;
        this.frequency = frequency;
        this.sendDay = (short) sendDay;
        this.sendHour = (short) sendHour;
        this.scope = scope;
        this.grain = grain;
        this.periods = (short) periods;
        this.format = format;
        this.language = language;
        this.recipients = recipients;
        this.active = active;
        this.nextRunAt = nextRunAt;
    }

    /** Records a sending (or its failure) and the next time. */
    public void sent(Instant at, String error, Instant next) {
        if (error == null) {
            this.lastSentAt = at;
        }
        this.lastError = error == null ? null : error.substring(0, Math.min(1000, error.length()));
        this.nextRunAt = next;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public int getSendDay() {
        return sendDay;
    }

    public int getSendHour() {
        return sendHour;
    }

    public String getScope() {
        return scope;
    }

    public Grain getGrain() {
        return grain;
    }

    public int getPeriods() {
        return periods;
    }

    public Format getFormat() {
        return format;
    }

    public String getLanguage() {
        return language;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getOwner() {
        return owner;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public int getVersion() {
        return version;
    }
}
