package org.cocrea.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cocrea.cocreation.boundary.CampaignForm;
import org.cocrea.cocreation.boundary.CampaignView;
import org.cocrea.cocreation.boundary.Campaigns;
import org.cocrea.cocreation.control.Phase;

/** Creates or edits a campaign: problem, audience, dates, orientation, support rule, evaluators, scorecard, stages. */
@Named
@ViewScoped
public class CampaignEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    /** A criterion row of the form. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String description;
        private Double weight;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Double getWeight() {
            return weight;
        }

        public void setWeight(Double weight) {
            this.weight = weight;
        }
    }

    /** A stage row of the form. */
    public static class StageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String phase;
        private Integer maxDays;
        private boolean participation;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPhase() {
            return phase;
        }

        public void setPhase(String phase) {
            this.phase = phase;
        }

        public Integer getMaxDays() {
            return maxDays;
        }

        public void setMaxDays(Integer maxDays) {
            this.maxDays = maxDays;
        }

        public boolean isParticipation() {
            return participation;
        }

        public void setParticipation(boolean participation) {
            this.participation = participation;
        }
    }

    private String code;
    private Long id;
    private int version;
    private String newCode;
    private String title;
    private String problem;
    private String audience;
    private String units;
    private Long shortlistId;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String orientation;
    private boolean anonymousAllowed;
    private Integer supportThreshold;
    private Integer supportDays;
    private String evaluators;
    private List<CriterionRow> criteria = new ArrayList<>();
    private List<StageRow> stages = new ArrayList<>();

    public void load() {
        try {
            CampaignForm f;
            if (code != null && !code.isBlank()) {
                CampaignView c = campaigns.find(code);
                id = c.id();
                version = c.version();
                f = campaigns.form(c.id());
            } else {
                f = campaigns.blank();
            }
            newCode = f.code();
            title = f.title();
            problem = f.problemHtml();
            audience = f.audience();
            units = String.join(", ", f.unitCodes());
            shortlistId = f.shortlistId();
            opensOn = f.opensOn();
            closesOn = f.closesOn();
            orientation = f.orientation();
            anonymousAllowed = f.anonymousAllowed();
            supportThreshold = f.supportThreshold();
            supportDays = f.supportDays();
            evaluators = String.join(", ", f.evaluators());
            criteria = new ArrayList<>();
            for (CampaignForm.Criterion k : f.criteria()) {
                CriterionRow r = new CriterionRow();
                r.name = k.name();
                r.description = k.description();
                r.weight = k.weight();
                criteria.add(r);
            }
            stages = new ArrayList<>();
            for (CampaignForm.Stage s : f.stages()) {
                StageRow r = new StageRow();
                r.code = s.code();
                r.name = s.name();
                r.phase = s.phase();
                r.maxDays = s.maxDays();
                r.participation = s.participation();
                stages.add(r);
            }
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public void addCriterion() {
        CriterionRow r = new CriterionRow();
        r.weight = 1.0;
        criteria.add(r);
    }

    public void removeCriterion(CriterionRow r) {
        criteria.remove(r);
    }

    public void addStage() {
        StageRow r = new StageRow();
        r.phase = Phase.DEVELOPMENT.name();
        stages.add(stages.isEmpty() ? 0 : stages.size() - 1, r);
    }

    public void removeStage(StageRow r) {
        stages.remove(r);
    }

    public String save() {
        CampaignForm f = new CampaignForm(
                newCode,
                title,
                problem,
                audience,
                split(units),
                shortlistId,
                opensOn,
                closesOn,
                orientation,
                anonymousAllowed,
                supportThreshold,
                supportDays,
                split(evaluators),
                criteria.stream()
                        .map(r -> new CampaignForm.Criterion(r.name, r.description, r.weight))
                        .toList(),
                stages.stream()
                        .map(r -> new CampaignForm.Stage(r.code, r.name, r.phase, r.maxDays, r.participation))
                        .toList());
        try {
            CampaignView c = id == null ? campaigns.create(f) : campaigns.update(id, f, version);
            return "/cocreation/campaign.xhtml?faces-redirect=true&code=" + c.code();
        } catch (RuntimeException e) {
            CoPages.refused(e, "campaignForm");
            return null;
        }
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[,;\\s]+")).filter(x -> !x.isBlank()).toList();
    }

    public Phase[] getPhases() {
        return Phase.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getUnits() {
        return units;
    }

    public void setUnits(String units) {
        this.units = units;
    }

    public Long getShortlistId() {
        return shortlistId;
    }

    public void setShortlistId(Long shortlistId) {
        this.shortlistId = shortlistId;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getOrientation() {
        return orientation;
    }

    public void setOrientation(String orientation) {
        this.orientation = orientation;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public void setAnonymousAllowed(boolean anonymousAllowed) {
        this.anonymousAllowed = anonymousAllowed;
    }

    public Integer getSupportThreshold() {
        return supportThreshold;
    }

    public void setSupportThreshold(Integer supportThreshold) {
        this.supportThreshold = supportThreshold;
    }

    public Integer getSupportDays() {
        return supportDays;
    }

    public void setSupportDays(Integer supportDays) {
        this.supportDays = supportDays;
    }

    public String getEvaluators() {
        return evaluators;
    }

    public void setEvaluators(String evaluators) {
        this.evaluators = evaluators;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public List<StageRow> getStages() {
        return stages;
    }
}
