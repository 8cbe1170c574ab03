package org.cocrea.web.view;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cocrea.engagement.boundary.EngagementScoring;
import org.cocrea.engagement.boundary.StakeholderDetail;
import org.cocrea.engagement.boundary.StakeholderProfiles;
import org.cocrea.engagement.boundary.StakeholderProfiles.CapabilitySnapshot;
import org.cocrea.engagement.boundary.StakeholderProfiles.EngagementPart;
import org.cocrea.engagement.boundary.StakeholderProfiles.Profile;
import org.cocrea.engagement.boundary.StakeholderProfiles.TimelineEntry;
import org.cocrea.engagement.boundary.Stakeholders;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.EngagementSettings;
import org.cocrea.engagement.control.IncidentType;
import org.cocrea.engagement.control.StakeholderKind;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.cocrea.platform.BusinessRuleException;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One stakeholder's profile for the innovation office: who it is and what it agreed to, its
 * engagement (index, breakdown, weekly trend), its capability (five abilities on both paths, now
 * and a year ago), its activities, co-destruction incidents and experience answers, and the office's
 * actions: edit, report or confirm an incident, ask about the experience, and the privacy rights
 * (export everything as JSON, erase on request).
 */
@Named
@ViewScoped
public class StakeholderProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far back the radar's earlier polygon looks. */
    static final int BASELINE_MONTHS = 12;

    @Inject
    StakeholderProfiles profiles;

    @Inject
    Stakeholders stakeholders;

    @Inject
    EngagementScoring scoring;

    private Long id;
    private Profile profile;
    private String trendSvg = "";
    private String radarSvg = "";
    private CapabilitySnapshot baseline;
    private double engagedThreshold = 50;
    private int windowDays = 90;
    private int typesOn = 12;
    private PagedModel<TimelineEntry> timeline;
    private LocalDate today;

    // the edit form
    private StakeholderForm form = new StakeholderForm();
    private int version;

    // the incident form
    private String incidentType = IncidentType.CONFLICT.code();
    private int incidentSeverity = 2;
    private LocalDate incidentOn;
    private String incidentDescription;

    // the experience request
    private String experienceContext;
    private String experienceLink;

    /** Runs after the view parameter {@code id}. */
    public void load() {
        if (id == null) {
            Pages.error(null, Pages.msg("profile.noId"));
            return;
        }
        today = stakeholders.today();
        EngagementSettings settings = scoring.settings();
        engagedThreshold = settings.weights().engagedThreshold();
        windowDays = settings.weights().windowDays();
        typesOn = settings.weights().typesOn();
        long stakeholder = id;
        timeline = new PagedModel<>((first, size) -> profiles.timeline(stakeholder, first, size), 10);
        reload();
    }

    private void reload() {
        try {
            profile = profiles.profile(id);
        } catch (EJBException | BusinessRuleException e) {
            if (Pages.cause(e) instanceof BusinessRuleException bre) {
                profile = null;
                Pages.error(null, bre.getMessage());
                return;
            }
            throw e;
        }
        List<EngagementCharts.DatePoint> trend = profile.engagementTrend().stream()
                .map(p -> new EngagementCharts.DatePoint(p.date(), p.value()))
                .toList();
        trendSvg = EngagementCharts.trend(
                trend,
                Pages.msg("profile.trend"),
                engagedThreshold,
                Pages.format("profile.trend.threshold", Pages.score(engagedThreshold)));
        baseline = baseline(profile.history(), today);
        List<EngagementCharts.Series> series = new ArrayList<>();
        series.add(new EngagementCharts.Series(
                Pages.msg("profile.radar.now"), profile.detail().abilities()));
        if (baseline != null) {
            series.add(new EngagementCharts.Series(
                    Pages.format("profile.radar.then", baseline.asOf().toString()), baseline.abilities()));
        }
        radarSvg = EngagementCharts.radar(
                Arrays.stream(Ability.values())
                        .map(a -> Pages.msg("engagement.ability." + a.code()))
                        .toList(),
                series,
                Pages.msg("profile.radar"));
    }

    /**
     * The snapshot to compare today's abilities with: the latest one at least a year old, else the
     * earliest one that is at least four weeks old; null when there is none.
     */
    static CapabilitySnapshot baseline(List<CapabilitySnapshot> history, LocalDate today) {
        if (history == null || history.isEmpty() || today == null) {
            return null;
        }
        LocalDate yearAgo = today.minusMonths(BASELINE_MONTHS);
        CapabilitySnapshot best = history.stream()
                .filter(s -> !s.asOf().isAfter(yearAgo))
                .max(Comparator.comparing(CapabilitySnapshot::asOf))
                .orElse(null);
        if (best != null) {
            return best;
        }
        return history.stream()
                .filter(s -> !s.asOf().isAfter(today.minusWeeks(4)))
                .min(Comparator.comparing(CapabilitySnapshot::asOf))
                .orElse(null);
    }

    // ---------------------------------------------------------------- texts

    /** The engagement index in words, in the page's language: each component's points and what they rest on. */
    public String getEngagementExplained() {
        if (profile == null) {
            return "";
        }
        StakeholderDetail d = profile.detail();
        if (!d.consentToAnalysis() || d.erased()) {
            return Pages.msg("profile.engagement.noAnalysis");
        }
        List<String> parts = new ArrayList<>();
        for (EngagementPart p : profile.engagementParts()) {
            parts.add(Pages.format(
                    "profile.engagement.part",
                    componentName(p.component()),
                    Pages.score(p.points()),
                    Pages.score(100 * p.share()),
                    detail(p)));
        }
        return Pages.format(
                "profile.engagement.explained", Pages.score(profile.engagementNow()), String.join("; ", parts));
    }

    public String componentName(String component) {
        return Pages.msg("engagement.component." + component);
    }

    /** What a component's raw value means, in the page's language. */
    public String detail(EngagementPart p) {
        return switch (p.component()) {
            case "recency" ->
                Double.isNaN(p.raw())
                        ? Pages.msg("profile.detail.never")
                        : p.raw() == 0
                                ? Pages.msg("profile.detail.today")
                                : Pages.format("profile.detail.recency", Math.round(p.raw()));
            case "frequency" -> Pages.format("profile.detail.frequency", Math.round(p.raw()), windowDays);
            case "breadth" -> Pages.format("profile.detail.breadth", Math.round(p.raw()), typesOn);
            case "depth" -> Pages.format("profile.detail.depth", String.format(Locale.ROOT, "%.2f", p.raw()));
            case "survey" -> Pages.format("profile.detail.survey", String.format(Locale.ROOT, "%.2f", p.raw()));
            default -> p.detail();
        };
    }

    /** The code of an ability from the label the profile carries ("knowledge level" → knowledge). */
    public String abilityCode(String label) {
        for (Ability a : Ability.values()) {
            if (a.label().equals(label) || a.code().equals(label)) {
                return a.code();
            }
        }
        return label;
    }

    public String score(double v) {
        return Pages.score(v);
    }

    /** A raw path value: two decimals, "no evidence" for none. */
    public String raw(double v) {
        return Double.isNaN(v) ? Pages.msg("profile.noEvidence") : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A percentile: one decimal, "no evidence" for none. */
    public String percentile(double v) {
        return Double.isNaN(v) ? Pages.msg("profile.noEvidence") : Pages.score(v);
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    public String bar(double score) {
        return String.format(Locale.ROOT, "%.1f%%", EngagementCharts.clamp(score));
    }

    public String riskSeverity(double risk) {
        return risk >= 50 ? "danger" : risk >= 20 ? "warning" : "success";
    }

    public String riskLevel(double risk) {
        return risk >= 50 ? "engagement.risk.high" : risk >= 20 ? "engagement.risk.raised" : "engagement.risk.low";
    }

    public String when(java.time.Instant t) {
        return Pages.when(t);
    }

    // ---------------------------------------------------------------- edit

    public void startEdit() {
        if (profile != null) {
            form = StakeholderForm.of(profile.detail());
            version = profile.detail().version();
        }
    }

    public void saveEdit() {
        try {
            List<RowError> problems = stakeholders.check(form.fields());
            if (!problems.isEmpty()) {
                for (RowError p : problems) {
                    String field = StakeholderForm.fieldId(p.column());
                    Pages.fieldError(field == null ? null : "editForm:" + field, p.message());
                }
                Pages.error(null, Pages.msg("stakeholders.new.problems"));
                Pages.failed();
                return;
            }
            StakeholderDetail d = stakeholders.update(id, form.fields(), version);
            version = d.version();
            reload();
            Pages.info(Pages.format("profile.saved", d.displayName()));
            PrimeFaces.current().executeScript("PF('editDialog').hide()");
        } catch (EJBException | BusinessRuleException | OptimisticLockException e) {
            Throwable t = Pages.cause(e);
            if (t instanceof BusinessRuleException bre) {
                for (BusinessRuleException.FieldProblem p : bre.getFieldProblems()) {
                    String field = StakeholderForm.fieldId(p.field());
                    Pages.error(field == null ? null : "editForm:" + field, p.message());
                }
                Pages.failed();
            } else if (t instanceof OptimisticLockException) {
                Pages.error(null, Pages.msg("profile.stale"));
                reload();
                startEdit();
                Pages.failed();
            } else {
                throw e;
            }
        }
    }

    // ---------------------------------------------------------------- incidents

    public void startIncident() {
        incidentType = IncidentType.CONFLICT.code();
        incidentSeverity = 2;
        incidentOn = today;
        incidentDescription = null;
    }

    public void reportIncident() {
        try {
            profiles.reportIncident(id, incidentType, incidentSeverity, incidentOn, incidentDescription);
            reload();
            Pages.info(Pages.msg("profile.incident.reported"));
            PrimeFaces.current().executeScript("PF('incidentDialog').hide()");
        } catch (EJBException | BusinessRuleException e) {
            fieldProblems(e, "incidentForm", "incident-");
        }
    }

    public void confirmIncident(long incidentId) {
        try {
            profiles.confirmIncident(incidentId);
            reload();
            Pages.info(Pages.msg("profile.incident.confirmed"));
        } catch (EJBException | BusinessRuleException e) {
            fieldProblems(e, null, null);
        }
    }

    public List<String> getIncidentTypes() {
        return Arrays.stream(IncidentType.values()).map(IncidentType::code).toList();
    }

    // ---------------------------------------------------------------- experience

    public void startExperience() {
        experienceContext = null;
        experienceLink = null;
    }

    public void requestExperience() {
        try {
            experienceLink = profiles.requestExperience(id, experienceContext);
            Pages.info(
                    profile != null
                                    && profile.detail().consentToContact()
                                    && profile.detail().email() != null
                            ? Pages.msg("profile.experience.sent")
                            : Pages.msg("profile.experience.notSent"));
        } catch (EJBException | BusinessRuleException e) {
            fieldProblems(e, "experienceForm", "experience-");
        }
    }

    // ---------------------------------------------------------------- privacy

    public StreamedContent getPrivacyExport() {
        long stakeholder = id;
        return DefaultStreamedContent.builder()
                .name("stakeholder-" + stakeholder + "-data.json")
                .contentType("application/json; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(
                        stakeholders.privacyExport(stakeholder).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    public void erase() {
        try {
            stakeholders.erase(id);
            reload();
            Pages.info(Pages.msg("profile.erased"));
        } catch (EJBException | BusinessRuleException e) {
            fieldProblems(e, null, null);
        }
    }

    private void fieldProblems(RuntimeException e, String form, String prefix) {
        if (Pages.cause(e) instanceof BusinessRuleException bre) {
            for (BusinessRuleException.FieldProblem p : bre.getFieldProblems()) {
                Pages.error(form == null || p.field() == null ? null : form + ":" + prefix + p.field(), p.message());
            }
            Pages.failed();
        } else {
            throw e;
        }
    }

    // ---------------------------------------------------------------- properties

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Profile getProfile() {
        return profile;
    }

    public StakeholderDetail getDetail() {
        return profile == null ? null : profile.detail();
    }

    public String getTrendSvg() {
        return trendSvg;
    }

    public String getRadarSvg() {
        return radarSvg;
    }

    public CapabilitySnapshot getBaseline() {
        return baseline;
    }

    public double getEngagedThreshold() {
        return engagedThreshold;
    }

    public PagedModel<TimelineEntry> getTimeline() {
        return timeline;
    }

    public LocalDate getToday() {
        return today;
    }

    public List<String> getKinds() {
        return Arrays.stream(StakeholderKind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    public StakeholderForm getForm() {
        return form;
    }

    public String getIncidentType() {
        return incidentType;
    }

    public void setIncidentType(String incidentType) {
        this.incidentType = incidentType;
    }

    public int getIncidentSeverity() {
        return incidentSeverity;
    }

    public void setIncidentSeverity(int incidentSeverity) {
        this.incidentSeverity = incidentSeverity;
    }

    public LocalDate getIncidentOn() {
        return incidentOn;
    }

    public void setIncidentOn(LocalDate incidentOn) {
        this.incidentOn = incidentOn;
    }

    public String getIncidentDescription() {
        return incidentDescription;
    }

    public void setIncidentDescription(String incidentDescription) {
        this.incidentDescription = incidentDescription;
    }

    public String getExperienceContext() {
        return experienceContext;
    }

    public void setExperienceContext(String experienceContext) {
        this.experienceContext = experienceContext;
    }

    public String getExperienceLink() {
        return experienceLink;
    }
}
