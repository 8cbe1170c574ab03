package org.cocrea.analytics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An evidence analysis saved to run again: the uploaded data file, the column mapping and the
 * analyses chosen (as the command line's model JSON), and the constructs' display names. Lists read
 * it through projections, so the file is only loaded when a run or a preview needs it.
 */
@Entity
@Table(name = "evidence_analysis")
public class SavedAnalysis {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_analysis_seq")
    @SequenceGenerator(name = "evidence_analysis_seq", sequenceName = "evidence_analysis_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String spec;

    @Column(nullable = false)
    private String labels;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_content", nullable = false)
    private byte[] fileContent;

    @Column(name = "file_size", nullable = false)
    private int fileSize;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Version
    private int version;

    protected SavedAnalysis() {}

    public SavedAnalysis(String owner, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = createdAt;
    }

    /** Sets the name, the model JSON and the labels JSON. */
    public void define(String name, String spec, String labels, Instant now) {
        this.name = Objects.requireNonNull(name, "name");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.updatedAt = now;
    }

    /** Replaces the data file. */
    public void replaceFile(String fileName, byte[] content, String sha256, Instant now) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.fileContent = content.clone();
        this.fileSize = content.length;
        this.fileSha256 = Objects.requireNonNull(sha256, "sha256");
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getSpec() {
        return spec;
    }

    public String getLabels() {
        return labels;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getFileContent() {
        return fileContent.clone();
    }

    public int getFileSize() {
        return fileSize;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public int getVersion() {
        return version;
    }
}
