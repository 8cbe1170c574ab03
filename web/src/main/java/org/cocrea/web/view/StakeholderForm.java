package org.cocrea.web.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.engagement.boundary.StakeholderDetail;
import org.cocrea.engagement.control.StakeholderRows;

/**
 * The new-stakeholder and edit forms: typed fields for the page (a date picker, check boxes) and,
 * for the registry, the import file's column names with their text ({@link #fields()}). The
 * component ids of the form are those column names, so a problem the registry reports for a column
 * shows beside its field.
 */
public class StakeholderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's fields in page order: the import file's columns. */
    public static final List<String> FIELDS = StakeholderRows.COLUMNS;

    private String externalId;
    private String kind = "customer";
    private String displayName;
    private String email;
    private String organisation;
    private String segment;
    private String region;
    private LocalDate relationshipSince;
    private String purchaseSummary;
    private boolean consentContact;
    private boolean consentAnalysis;
    private String tags;
    private String servingUnit;

    /** The form filled with a stakeholder's record, for editing. */
    public static StakeholderForm of(StakeholderDetail d) {
        StakeholderForm f = new StakeholderForm();
        f.externalId = d.externalId();
        f.kind = d.kind();
        f.displayName = d.displayName();
        f.email = d.email();
        f.organisation = d.organisation();
        f.segment = d.segment();
        f.region = d.region();
        f.relationshipSince = d.relationshipSince();
        f.purchaseSummary = d.purchaseSummary();
        f.consentContact = d.consentToContact();
        f.consentAnalysis = d.consentToAnalysis();
        f.tags = String.join("; ", d.tags());
        f.servingUnit = d.servingUnit();
        return f;
    }

    /** The fields as the registry takes them: column name → text, blanks for none. */
    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("external_id", externalId);
        m.put("kind", kind);
        m.put("display_name", displayName);
        m.put("email", email);
        m.put("organisation", organisation);
        m.put("segment", segment);
        m.put("region", region);
        m.put("relationship_since", relationshipSince == null ? null : relationshipSince.toString());
        m.put("purchase_summary", purchaseSummary);
        m.put("consent_contact", consentContact ? "yes" : "no");
        m.put("consent_analysis", consentAnalysis ? "yes" : "no");
        m.put("tags", tags);
        m.put("serving_unit", servingUnit);
        return m;
    }

    /**
     * The id of the form field a problem belongs to: the column name when it is one of the form's,
     * else null (the message then shows above the form).
     */
    public static String fieldId(String column) {
        if (column == null) {
            return null;
        }
        return FIELDS.contains(column) ? column : null;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getRelationshipSince() {
        return relationshipSince;
    }

    public void setRelationshipSince(LocalDate relationshipSince) {
        this.relationshipSince = relationshipSince;
    }

    public String getPurchaseSummary() {
        return purchaseSummary;
    }

    public void setPurchaseSummary(String purchaseSummary) {
        this.purchaseSummary = purchaseSummary;
    }

    public boolean isConsentContact() {
        return consentContact;
    }

    public void setConsentContact(boolean consentContact) {
        this.consentContact = consentContact;
    }

    public boolean isConsentAnalysis() {
        return consentAnalysis;
    }

    public void setConsentAnalysis(boolean consentAnalysis) {
        this.consentAnalysis = consentAnalysis;
    }

    public String getServingUnit() {
        return servingUnit;
    }

    public void setServingUnit(String servingUnit) {
        this.servingUnit = servingUnit;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
