package org.cocrea.climate.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A survey instrument: scales (factors) of items answered on one agreement format. Once a launched
 * round uses it, it is frozen: answers must keep meaning what was asked, so a change makes a new
 * version under the same key.
 */
@Entity
@Table(name = "instrument")
@NamedQuery(name = Instrument.ALL, query = "select i from Instrument i order by i.key, i.version desc")
@NamedQuery(name = Instrument.LATEST_VERSION, query = "select max(i.version) from Instrument i where i.key = :key")
public class Instrument {

    public static final String ALL = "Instrument.all";
    public static final String LATEST_VERSION = "Instrument.latestVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_seq")
    @SequenceGenerator(name = "instrument_seq", sequenceName = "instrument_seq", allocationSize = 50)
    private Long id;

    @Column(name = "instrument_key", nullable = false, length = 60)
    private String key;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Construct construct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Respondent respondent;

    @Column(name = "scale_points", nullable = false)
    private int scalePoints;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "description_zh")
    private String descriptionZh;

    @Column(name = "instructions_en")
    private String instructionsEn;

    @Column(name = "instructions_zh")
    private String instructionsZh;

    @Column(name = "basis_en")
    private String basisEn;

    @Column(name = "basis_zh")
    private String basisZh;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    @ElementCollection
    @CollectionTable(name = "instrument_anchor", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderBy("point")
    private List<Anchor> anchors = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "instrument_id", nullable = false)
    @OrderBy("position")
    private List<InstrumentFactor> factors = new ArrayList<>();

    protected Instrument() {}

    public Instrument(
            String key,
            int version,
            Construct construct,
            Respondent respondent,
            int scalePoints,
            Text name,
            Text description,
            Text instructions,
            Text basis,
            boolean builtIn,
            Instant createdAt,
            String createdBy) {
        this.key = key;
        this.version = version;
        this.construct = construct;
        this.respondent = respondent;
        this.scalePoints = scalePoints;
        this.nameEn = name.en();
        this.nameZh = name.zh();
        this.descriptionEn = description == null ? null : description.en();
        this.descriptionZh = description == null ? null : description.zh();
        this.instructionsEn = instructions == null ? null : instructions.en();
        this.instructionsZh = instructions == null ? null : instructions.zh();
        this.basisEn = basis == null ? null : basis.en();
        this.basisZh = basis == null ? null : basis.zh();
        this.builtIn = builtIn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void addAnchor(Anchor anchor) {
        anchors.add(anchor);
    }

    public void addFactor(InstrumentFactor factor) {
        factors.add(factor);
    }

    /** A launched round uses this version: from now on it cannot change. */
    public void freeze() {
        frozen = true;
    }

    public int itemCount() {
        return factors.stream().mapToInt(f -> f.getItems().size()).sum();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public int getVersion() {
        return version;
    }

    public Construct getConstruct() {
        return construct;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public int getScalePoints() {
        return scalePoints;
    }

    public Text getName() {
        return new Text(nameEn, nameZh);
    }

    public Text getDescription() {
        return Text.ofNullable(descriptionEn, descriptionZh);
    }

    public Text getInstructions() {
        return Text.ofNullable(instructionsEn, instructionsZh);
    }

    public Text getBasis() {
        return Text.ofNullable(basisEn, basisZh);
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public List<Anchor> getAnchors() {
        return Collections.unmodifiableList(anchors);
    }

    public List<InstrumentFactor> getFactors() {
        return Collections.unmodifiableList(factors);
    }
}
