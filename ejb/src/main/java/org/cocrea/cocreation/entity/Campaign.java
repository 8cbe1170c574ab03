package org.cocrea.cocreation.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.cocreation.control.Audience;
import org.cocrea.cocreation.control.CampaignOrientation;
import org.cocrea.cocreation.control.Phase;

/** A campaign (challenge): a problem the organisation asks its employees and customers to solve. */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.ALL, query = "select c from Campaign c order by c.opensOn desc, c.id desc")
@NamedQuery(name = Campaign.BY_CODE, query = "select c from Campaign c where c.code = :code")
public class Campaign {

    public static final String ALL = "Campaign.all";
    public static final String BY_CODE = "Campaign.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "problem_html", nullable = false, columnDefinition = "text")
    private String problemHtml;

    @Column(name = "problem_text", nullable = false, columnDefinition = "text")
    private String problemText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Audience audience;

    @Column(name = "shortlist_id")
    private Long shortlistId;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignOrientation orientation;

    @Column(name = "anonymous_allowed", nullable = false)
    private boolean anonymousAllowed;

    @Column(name = "support_threshold", nullable = false)
    private int supportThreshold;

    @Column(name = "support_days", nullable = false)
    private int supportDays;

    @Column(nullable = false, length = 255)
    private String owner;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_evaluator", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "username", length = 255)
    private Set<String> evaluators = new LinkedHashSet<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CampaignCriterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CampaignStage> stages = new ArrayList<>();

    protected Campaign() {}

    public Campaign(String code, String owner, Instant now) {
        this.code = code;
        this.owner = owner;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The editable fields, already checked. */
    public record Settings(
            String title,
            String problemHtml,
            String problemText,
            Audience audience,
            Set<Long> unitIds,
            Long shortlistId,
            LocalDate opensOn,
            LocalDate closesOn,
            CampaignOrientation orientation,
            boolean anonymousAllowed,
            int supportThreshold,
            int supportDays,
            Set<String> evaluators) {}

    public void apply(Settings s, Instant now) {
        title = s.title();
        problemHtml = s.problemHtml();
        problemText = s.problemText();
        audience = s.audience();
        unitIds.clear();
        unitIds.addAll(s.unitIds());
        shortlistId = s.shortlistId();
        opensOn = s.opensOn();
        closesOn = s.closesOn();
        orientation = s.orientation();
        anonymousAllowed = s.anonymousAllowed();
        supportThreshold = s.supportThreshold();
        supportDays = s.supportDays();
        evaluators.clear();
        evaluators.addAll(s.evaluators());
        updatedAt = now;
    }

    /** Replaces the scorecard: criteria are matched by position, so scores already given keep their criterion. */
    public void scorecard(List<CriterionInput> inputs) {
        for (int i = 0; i < inputs.size(); i++) {
            CriterionInput in = inputs.get(i);
            if (i < criteria.size()) {
                criteria.get(i).update(i + 1, in.name(), in.description(), in.weight());
            } else {
                criteria.add(new CampaignCriterion(this, i + 1, in.name(), in.description(), in.weight()));
            }
        }
        while (criteria.size() > inputs.size()) {
            criteria.remove(criteria.size() - 1);
        }
    }

    /** One criterion as entered. */
    public record CriterionInput(String name, String description, double weight) {}

    /** One stage as entered. */
    public record StageInput(String code, String name, Phase phase, Integer maxDays, boolean participation) {}

    /**
     * Sets the pipeline. Before the first idea any change is allowed; afterwards only names, time
     * limits and participation of the existing stages (the caller checks which case applies).
     */
    public void pipeline(List<StageInput> inputs, boolean structureMayChange) {
        if (!structureMayChange) {
            for (int i = 0; i < inputs.size(); i++) {
                StageInput in = inputs.get(i);
                CampaignStage st = stages.get(i);
                st.update(st.getCode(), in.name(), st.getPhase(), in.maxDays(), in.participation());
            }
            return;
        }
        for (int i = 0; i < inputs.size(); i++) {
            StageInput in = inputs.get(i);
            if (i < stages.size()) {
                stages.get(i).update(in.code(), in.name(), in.phase(), in.maxDays(), in.participation());
            } else {
                stages.add(new CampaignStage(
                        this, i + 1, in.code(), in.name(), in.phase(), in.maxDays(), in.participation()));
            }
        }
        while (stages.size() > inputs.size()) {
            stages.remove(stages.size() - 1);
        }
    }

    /** Whether ideas can be submitted on this day. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getProblemHtml() {
        return problemHtml;
    }

    public String getProblemText() {
        return problemText;
    }

    public Audience getAudience() {
        return audience;
    }

    public Long getShortlistId() {
        return shortlistId;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public CampaignOrientation getOrientation() {
        return orientation;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public int getSupportThreshold() {
        return supportThreshold;
    }

    public int getSupportDays() {
        return supportDays;
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

    public int getVersion() {
        return version;
    }

    public Set<Long> getUnitIds() {
        return unitIds;
    }

    public Set<String> getEvaluators() {
        return evaluators;
    }

    public List<CampaignCriterion> getCriteria() {
        return criteria;
    }

    public List<CampaignStage> getStages() {
        return stages;
    }
}
