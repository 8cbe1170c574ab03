package org.cocrea.web.view;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.engagement.boundary.EngagementScoring;
import org.cocrea.engagement.boundary.EngagementScoring.RunSummary;
import org.cocrea.engagement.boundary.StakeholderIdentification;
import org.cocrea.engagement.boundary.StakeholderIdentification.Member;
import org.cocrea.engagement.boundary.StakeholderIdentification.Ranked;
import org.cocrea.engagement.boundary.StakeholderIdentification.Result;
import org.cocrea.engagement.boundary.StakeholderIdentification.ShortlistView;
import org.cocrea.engagement.boundary.Stakeholders;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.Exclusion;
import org.cocrea.engagement.control.IdentificationCriteria;
import org.cocrea.engagement.control.Quadrant;
import org.cocrea.engagement.control.RankedCandidate;
import org.cocrea.engagement.control.StakeholderKind;
import org.cocrea.platform.BusinessRuleException;
import org.primefaces.PrimeFaces;

/**
 * Identification of co-creators: the criteria (ability weights, ranking, α, cut-offs, filters), the
 * ability × willingness map with its quadrants, the counts of those left out and why, the ranked
 * list with each rank's explanation, shortlists saved for a campaign and their invitations, and the
 * scoring settings with a run on demand.
 */
@Named
@ViewScoped
public class IdentificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StakeholderIdentification identification;

    @Inject
    Stakeholders stakeholders;

    @Inject
    EngagementScoring scoring;

    private final CriteriaForm criteria = new CriteriaForm();
    private String segmentParam;
    private Map<String, List<String>> filterValues = Map.of();

    private Result result;
    /** The criteria the ranking shown was made with (the form may have changed since). */
    private CriteriaForm usedForm;

    private transient IdentificationCriteria used;
    private String chartSvg = "";
    private List<Ranked> selected = new ArrayList<>();
    private Ranked why;

    // the shortlist dialog
    private String shortlistName;
    private String campaign;

    // saved shortlists
    private List<ShortlistView> shortlists = List.of();
    private ShortlistView opened;
    private List<Member> members = List.of();
    private String inviteMessage;

    // scoring settings
    private SettingsForm settings;
    private List<RunSummary> runs = List.of();

    /** Runs after the view parameters: {@code ?segment=} narrows the first identification to a segment. */
    public void load() {
        filterValues = stakeholders.filterValues();
        if (segmentParam != null && !segmentParam.isBlank()) {
            criteria.setSegments(List.of(segmentParam.strip()));
        }
        settings = SettingsForm.of(scoring.settings());
        runs = scoring.recentRuns(10);
        shortlists = identification.shortlists();
        identify();
    }

    // ---------------------------------------------------------------- identification

    public void identify() {
        List<CriteriaForm.Problem> problems = criteria.problems();
        if (!problems.isEmpty()) {
            for (CriteriaForm.Problem p : problems) {
                Pages.error("criteriaForm:" + p.field(), Pages.format(p.key(), p.args()));
            }
            Pages.failed();
            return;
        }
        try {
            CriteriaForm snapshot = criteria.copy();
            used = snapshot.toCriteria();
            result = identification.identify(used, snapshot.getLimit());
            usedForm = snapshot;
            selected = new ArrayList<>();
            why = null;
            chartSvg = EngagementCharts.quadrants(
                    result.points().stream()
                            .map(p -> new EngagementCharts.Dot(
                                    p.id(), p.name(), p.ability(), p.willingness(), p.quadrant()))
                            .toList(),
                    used.abilityCutoff(),
                    used.willingnessCutoff(),
                    Pages.msg("ident.axis.ability"),
                    Pages.msg("ident.axis.willingness"),
                    quadrantNames(),
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/engagement/profile.xhtml?id=",
                    Pages.msg("ident.chart"));
        } catch (EJBException | BusinessRuleException | IllegalArgumentException e) {
            Throwable t = Pages.cause(e);
            if (t instanceof BusinessRuleException bre) {
                Pages.error("criteriaForm:" + bre.getField(), bre.getMessage());
            } else if (t instanceof IllegalArgumentException iae) {
                Pages.error(null, iae.getMessage());
            } else {
                throw e;
            }
            Pages.failed();
        }
    }

    /** The criteria of the ranking shown; rebuilt from its form after the view was restored elsewhere. */
    private IdentificationCriteria used() {
        if (used == null && usedForm != null) {
            used = usedForm.toCriteria();
        }
        return used;
    }

    public void reset() {
        criteria.reset();
        identify();
    }

    private Map<Quadrant, String> quadrantNames() {
        Map<Quadrant, String> m = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            m.put(q, Pages.msg("engagement.quadrant." + q.name()));
        }
        return m;
    }

    /** Opens the explanation of one rank. */
    public void explain(Ranked r) {
        why = r;
    }

    /**
     * The rank in words: the engine's sentence on an English page, the same facts in the page's
     * language otherwise.
     */
    public String whyText(Ranked r) {
        if (r == null) {
            return "";
        }
        RankedCandidate c = r.candidate();
        if (Pages.english()) {
            return c.explanation();
        }
        IdentificationCriteria shown = used();
        double alpha = shown == null ? 0.5 : shown.abilityExponent();
        String rankBy = Pages.msg(
                "ident.rankBy." + (shown == null ? "COMBINED" : shown.rankBy().name()));
        return Pages.format(
                "ident.why.text",
                c.rank(),
                result == null ? 0 : result.matching(),
                rankBy,
                Pages.score(c.score()),
                Pages.score(c.combined()),
                Pages.score(c.ability()),
                String.format(Locale.ROOT, "%.2f", alpha),
                Pages.score(c.willingness()),
                String.format(Locale.ROOT, "%.2f", 1 - alpha),
                Pages.msg("engagement.quadrant." + c.quadrant().name()),
                Pages.msg("engagement.quadrant.advice." + c.quadrant().name()));
    }

    // ---------------------------------------------------------------- shortlist

    /** Opens the save dialog when at least one stakeholder is ticked. */
    public void startShortlist() {
        if (selected == null || selected.isEmpty()) {
            Pages.error(null, Pages.msg("ident.shortlist.pickFirst"));
            Pages.failed();
            return;
        }
        if (shortlistName == null || shortlistName.isBlank()) {
            shortlistName = Pages.format(
                    "ident.shortlist.defaultName", java.time.LocalDate.now().toString());
        }
        PrimeFaces.current().executeScript("PF('shortlistDialog').show()");
    }

    public void saveShortlist() {
        if (used() == null || selected == null || selected.isEmpty()) {
            Pages.error(null, Pages.msg("ident.shortlist.pickFirst"));
            Pages.failed();
            return;
        }
        List<Long> ids = selected.stream()
                .sorted(Comparator.comparingInt(r -> r.candidate().rank()))
                .map(Ranked::id)
                .toList();
        try {
            ShortlistView s = identification.saveShortlist(shortlistName, campaign, used(), usedForm.describe(), ids);
            shortlists = identification.shortlists();
            Pages.info(Pages.format("ident.shortlist.saved", s.name(), s.members()));
            selected = new ArrayList<>();
            shortlistName = null;
            campaign = null;
            PrimeFaces.current().executeScript("PF('shortlistDialog').hide()");
        } catch (EJBException | BusinessRuleException e) {
            if (Pages.cause(e) instanceof BusinessRuleException bre) {
                String field = switch (bre.getField()) {
                    case "name" -> "shortlistForm:shortlist-name";
                    case "campaign" -> "shortlistForm:shortlist-campaign";
                    default -> null;
                };
                Pages.error(field, bre.getMessage());
                Pages.failed();
            } else {
                throw e;
            }
        }
    }

    public void openMembers(ShortlistView s) {
        opened = s;
        members = identification.members(s.id());
    }

    public void startInvite(ShortlistView s) {
        opened = s;
        inviteMessage = null;
    }

    public void invite() {
        if (opened == null) {
            return;
        }
        try {
            int sent = identification.invite(opened.id(), inviteMessage);
            shortlists = identification.shortlists();
            Pages.info(Pages.format("ident.invite.done", sent, opened.name()));
            PrimeFaces.current().executeScript("PF('inviteDialog').hide()");
        } catch (EJBException | BusinessRuleException e) {
            if (Pages.cause(e) instanceof BusinessRuleException bre) {
                Pages.error("message".equals(bre.getField()) ? "inviteForm:invite-message" : null, bre.getMessage());
                Pages.failed();
            } else {
                throw e;
            }
        }
    }

    // ---------------------------------------------------------------- scoring settings

    public void saveSettings() {
        SettingsForm.Checked checked = settings.check();
        if (!checked.ok()) {
            for (SettingsForm.Problem p : checked.problems()) {
                Pages.error(settingsClientId(p.field()), p.message());
            }
            Pages.failed();
            return;
        }
        try {
            scoring.saveSettings(checked.settings());
            settings = SettingsForm.of(scoring.settings());
            Pages.info(Pages.msg("ident.settings.saved"));
        } catch (EJBException | BusinessRuleException e) {
            if (Pages.cause(e) instanceof BusinessRuleException bre) {
                Pages.error(null, bre.getMessage());
                Pages.failed();
            } else {
                throw e;
            }
        }
    }

    public void resetSettings() {
        settings = SettingsForm.of(org.cocrea.engagement.control.EngagementSettings.defaults());
        Pages.info(Pages.msg("ident.settings.defaultsLoaded"));
    }

    /** The client id of a settings field; type weights and result shares sit in repeated rows. */
    static String settingsClientId(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("type-")) {
            String code = field.substring(5);
            return Arrays.stream(ActivityType.values())
                    .filter(t -> t.code().equals(code))
                    .findFirst()
                    .map(t -> "settingsForm:types:" + t.ordinal() + ":type-weight")
                    .orElse(null);
        }
        if (field.startsWith("share-")) {
            String code = field.substring(6);
            return Arrays.stream(Ability.values())
                    .filter(a -> a.code().equals(code))
                    .findFirst()
                    .map(a -> "settingsForm:shares:" + a.ordinal() + ":share")
                    .orElse(null);
        }
        return "settingsForm:" + field;
    }

    public void runNow() {
        try {
            RunSummary r = scoring.runNow();
            runs = scoring.recentRuns(10);
            Pages.info(
                    Pages.format("ident.run.done", r.stakeholders(), r.changed(), r.millis() == null ? 0 : r.millis()));
            identify();
        } catch (EJBException | BusinessRuleException e) {
            if (Pages.cause(e) instanceof BusinessRuleException bre) {
                Pages.error(null, bre.getMessage());
                Pages.failed();
            } else {
                throw e;
            }
        }
    }

    // ---------------------------------------------------------------- for the page

    public List<Quadrant> getQuadrants() {
        return List.of(Quadrant.values());
    }

    public int quadrantCount(Quadrant q) {
        return result == null ? 0 : result.quadrants().getOrDefault(q, 0);
    }

    public String quadrantColour(Quadrant q) {
        return EngagementCharts.QUADRANT_COLOURS[q.ordinal()];
    }

    public List<Exclusion> getExclusions() {
        return List.of(Exclusion.values());
    }

    public int excludedCount(Exclusion e) {
        return result == null ? 0 : result.excluded().getOrDefault(e, 0);
    }

    public int getExcludedTotal() {
        return result == null
                ? 0
                : result.excluded().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
    }

    public String abilityShare(RankedCandidate.AbilityPart p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p.share());
    }

    public String score(double v) {
        return Pages.score(v);
    }

    public String riskSeverity(double risk) {
        return risk >= 50 ? "danger" : risk >= 20 ? "warning" : "success";
    }

    public String quadrantSeverity(Quadrant q) {
        return switch (q) {
            case CO_CREATORS -> "success";
            case WILLING_BUT_DEVELOPING -> "info";
            case ABLE_BUT_RELUCTANT -> "warning";
            case OBSERVERS -> "secondary";
        };
    }

    /** A run's kind or status in the page's language, as stored when there is no text for it. */
    public String runText(String what, String value) {
        String key = "ident.runs." + what + "." + value;
        String text = Pages.msg(key);
        return text.equals(key) ? value : text;
    }

    public String when(java.time.Instant t) {
        return Pages.when(t);
    }

    public List<String> getKinds() {
        return Arrays.stream(StakeholderKind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    public IdentificationCriteria.RankBy[] getRankBys() {
        return IdentificationCriteria.RankBy.values();
    }

    public List<String> getSegments() {
        return filterValues.getOrDefault("segment", List.of());
    }

    public List<String> getRegions() {
        return filterValues.getOrDefault("region", List.of());
    }

    public CriteriaForm getCriteria() {
        return criteria;
    }

    public String getSegment() {
        return segmentParam;
    }

    public void setSegment(String segment) {
        this.segmentParam = segment;
    }

    public Result getResult() {
        return result;
    }

    public String getChartSvg() {
        return chartSvg;
    }

    public List<Ranked> getSelected() {
        return selected;
    }

    public void setSelected(List<Ranked> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public Ranked getWhy() {
        return why;
    }

    public String getShortlistName() {
        return shortlistName;
    }

    public void setShortlistName(String shortlistName) {
        this.shortlistName = shortlistName;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public List<ShortlistView> getShortlists() {
        return shortlists;
    }

    public ShortlistView getOpened() {
        return opened;
    }

    public List<Member> getMembers() {
        return members;
    }

    public String getInviteMessage() {
        return inviteMessage;
    }

    public void setInviteMessage(String inviteMessage) {
        this.inviteMessage = inviteMessage;
    }

    public SettingsForm getSettings() {
        return settings;
    }

    public List<RunSummary> getRuns() {
        return runs;
    }
}
