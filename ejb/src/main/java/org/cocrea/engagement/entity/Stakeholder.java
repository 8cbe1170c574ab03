package org.cocrea.engagement.entity;

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
import java.util.List;
import java.util.Objects;
import org.cocrea.engagement.control.StakeholderInput;
import org.cocrea.engagement.control.StakeholderKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer, partner, supplier or employee the firm engages with. The profile fields are the
 * knowledge <em>about</em> the stakeholder; the score columns are written by the scoring run only.
 */
@Entity
@Table(name = "stakeholder")
@NamedQuery(name = Stakeholder.BY_EXTERNAL_ID, query = "select s from Stakeholder s where s.externalId = :externalId")
@NamedQuery(name = Stakeholder.BY_USERNAME, query = "select s from Stakeholder s where s.username = :username")
@NamedQuery(
        name = Stakeholder.UNLINKED_BY_EMAIL,
        query = "select s from Stakeholder s where lower(s.email) = lower(:email) and s.username is null"
                + " and s.erasedAt is null order by s.id")
public class Stakeholder {

    public static final String BY_EXTERNAL_ID = "Stakeholder.byExternalId";
    public static final String BY_USERNAME = "Stakeholder.byUsername";
    public static final String UNLINKED_BY_EMAIL = "Stakeholder.unlinkedByEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stakeholder_seq")
    @SequenceGenerator(name = "stakeholder_seq", sequenceName = "stakeholder_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, length = 80)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StakeholderKind kind;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(length = 200)
    private String organisation;

    @Column(length = 80)
    private String segment;

    @Column(length = 80)
    private String region;

    @Column(name = "relationship_since")
    private LocalDate relationshipSince;

    @Column(name = "purchase_summary", length = 500)
    private String purchaseSummary;

    @Column(name = "consent_contact", nullable = false)
    private boolean consentToContact;

    @Column(name = "consent_analysis", nullable = false)
    private boolean consentToAnalysis;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    private String[] tags = new String[0];

    @Column(length = 255)
    private String username;

    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "serving_unit_id")
    private Long servingUnitId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(nullable = false)
    private double engagement;

    @Column(nullable = false)
    private double innovation;

    @Column(nullable = false)
    private double communication;

    @Column(nullable = false)
    private double recommendation;

    @Column(nullable = false)
    private double learning;

    @Column(nullable = false)
    private double knowledge;

    @Column(nullable = false)
    private double risk;

    @Column(name = "survey_mean")
    private Double surveyMean;

    @Column(name = "scored_on")
    private LocalDate scoredOn;

    @Version
    private int version;

    protected Stakeholder() {}

    public Stakeholder(StakeholderInput in, Instant now) {
        this.externalId = in.externalId();
        this.createdAt = now;
        apply(in, now);
    }

    /** Whether the profile already holds exactly these values (an import row that changes nothing). */
    public boolean sameAs(StakeholderInput in) {
        return externalId.equals(in.externalId())
                && kind == in.kind()
                && displayName.equals(in.displayName())
                && Objects.equals(email, in.email())
                && Objects.equals(organisation, in.organisation())
                && Objects.equals(segment, in.segment())
                && Objects.equals(region, in.region())
                && Objects.equals(relationshipSince, in.relationshipSince())
                && Objects.equals(purchaseSummary, in.purchaseSummary())
                && consentToContact == in.consentToContact()
                && consentToAnalysis == in.consentToAnalysis()
                && List.of(tags).equals(in.tags());
    }

    /** Takes the profile, consent and tags from the input (the external id stays). */
    public void apply(StakeholderInput in, Instant now) {
        this.kind = in.kind();
        this.displayName = in.displayName();
        this.email = in.email();
        this.organisation = in.organisation();
        this.segment = in.segment();
        this.region = in.region();
        this.relationshipSince = in.relationshipSince();
        this.purchaseSummary = in.purchaseSummary();
        this.consentToContact = in.consentToContact();
        this.consentToAnalysis = in.consentToAnalysis();
        this.tags = in.tags().toArray(String[]::new);
        this.updatedAt = now;
    }

    /** The profile as an input record (for editing and for identification). */
    public StakeholderInput toInput() {
        return new StakeholderInput(
                externalId,
                kind,
                displayName,
                email,
                organisation,
                segment,
                region,
                relationshipSince,
                purchaseSummary,
                consentToContact,
                consentToAnalysis,
                List.of(tags));
    }

    /**
     * Removes the person: name, contact, profile, tags and sign-in link go; the kind, segment and
     * region stay, so aggregate counts do not change. Irreversible.
     */
    public void erase(String replacementExternalId, Instant now) {
        this.externalId = replacementExternalId;
        this.displayName = "Erased stakeholder";
        this.email = null;
        this.organisation = null;
        this.relationshipSince = null;
        this.purchaseSummary = null;
        this.consentToContact = false;
        this.consentToAnalysis = false;
        this.tags = new String[0];
        this.username = null;
        this.employeeId = null;
        this.surveyMean = null;
        this.erasedAt = now;
        this.updatedAt = now;
    }

    public void linkUser(String username, Instant now) {
        this.username = username;
        this.updatedAt = now;
    }

    /** The organisation unit that serves this stakeholder, or null. */
    public void serveBy(Long unitId) {
        this.servingUnitId = unitId;
    }

    public Long getServingUnitId() {
        return servingUnitId;
    }

    public void linkEmployee(Long employeeId) {
        this.employeeId = employeeId;
    }

    public void setSurveyMean(Double surveyMean) {
        this.surveyMean = surveyMean;
    }

    public void setRisk(double risk) {
        this.risk = risk;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public StakeholderKind getKind() {
        return kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getSegment() {
        return segment;
    }

    public String getRegion() {
        return region;
    }

    public LocalDate getRelationshipSince() {
        return relationshipSince;
    }

    public String getPurchaseSummary() {
        return purchaseSummary;
    }

    public boolean isConsentToContact() {
        return consentToContact;
    }

    public boolean isConsentToAnalysis() {
        return consentToAnalysis;
    }

    public List<String> getTags() {
        return List.of(tags);
    }

    public String getUsername() {
        return username;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public double getEngagement() {
        return engagement;
    }

    public double getInnovation() {
        return innovation;
    }

    public double getCommunication() {
        return communication;
    }

    public double getRecommendation() {
        return recommendation;
    }

    public double getLearning() {
        return learning;
    }

    public double getKnowledge() {
        return knowledge;
    }

    public double getRisk() {
        return risk;
    }

    public Double getSurveyMean() {
        return surveyMean;
    }

    public LocalDate getScoredOn() {
        return scoredOn;
    }

    public int getVersion() {
        return version;
    }
}
