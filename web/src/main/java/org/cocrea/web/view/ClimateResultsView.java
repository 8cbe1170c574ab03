package org.cocrea.web.view;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.analytics.report.ReportFormat;
import org.cocrea.climate.boundary.ClimateResults;
import org.cocrea.climate.boundary.RoundSummary;
import org.cocrea.climate.boundary.SurveyRounds;
import org.cocrea.climate.control.Coefficient;
import org.cocrea.climate.control.GroupResult;
import org.cocrea.climate.control.Heatmap;
import org.cocrea.climate.control.InstrumentDefinition;
import org.cocrea.climate.control.RoundResults;
import org.cocrea.climate.entity.RoundStatus;
import org.cocrea.climate.entity.Text;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;
import org.cocrea.web.security.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The climate results dashboard: a round's units × factors heatmap under the anonymity rules, the
 * organisation's reliability and ICC, and one unit's factors, items and comments. HR analysts
 * drill into units; executives see the organisation as a whole.
 */
@Named
@ViewScoped
public class ClimateResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClimateResults climate;

    @Inject
    SurveyRounds rounds;

    @Inject
    CurrentUser user;

    private Long roundId;
    private String unitId;
    private List<RoundSummary> roundList;
    private RoundResults results;

    public void load() {
        if (roundList == null) {
            roundList = rounds.list().stream()
                    .filter(r -> r.status() != RoundStatus.DRAFT)
                    .toList();
        }
        if (roundId == null && !roundList.isEmpty()) {
            // the newest round that has enough answers to show anything, else the newest
            roundId = roundList.stream()
                    .filter(r -> r.answered() >= r.threshold())
                    .findFirst()
                    .orElse(roundList.get(0))
                    .id();
        }
        show();
    }

    public void show() {
        results = null;
        if (roundId == null) {
            return;
        }
        try {
            results = isUnitsVisible() ? climate.results(roundId) : climate.organisationResults(roundId);
            if (unitId == null || results.resultOf(unitId).isEmpty()) {
                unitId = RoundResults.ORGANISATION_ID;
            }
        } catch (BusinessRuleException | EJBException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void drill(String id) {
        if (results != null && results.resultOf(id).isPresent()) {
            unitId = id;
        }
    }

    /** Whether the viewer may see results below the organisation. */
    public boolean isUnitsVisible() {
        return user.getRoles().contains(Roles.HR_ANALYST) || user.getRoles().contains(Roles.ADMIN);
    }

    public GroupResult getSelected() {
        return results == null ? null : results.resultOf(unitId).orElse(null);
    }

    public String getSelectedName() {
        if (results == null || RoundResults.ORGANISATION_ID.equals(unitId)) {
            return "Whole organisation";
        }
        return results.units().stream()
                .filter(u -> u.unitId().equals(unitId))
                .map(u -> u.name())
                .findFirst()
                .orElseGet(() -> results.otherTeams(unitId).map(o -> o.label()).orElse(unitId));
    }

    public List<InstrumentDefinition.FactorDef> getFactors() {
        return results == null ? List.of() : results.instrument().factors();
    }

    public String factorName(String key) {
        return getFactors().stream()
                .filter(f -> f.key().equals(key))
                .map(f -> t(f.name()))
                .findFirst()
                .orElse(key);
    }

    public String itemText(String key) {
        return items().getOrDefault(key, key);
    }

    private Map<String, String> items() {
        return getFactors().stream()
                .flatMap(f -> f.items().stream())
                .collect(Collectors.toMap(InstrumentDefinition.ItemDef::key, i -> t(i.text())));
    }

    public List<Heatmap.Row> getRows() {
        if (results == null) {
            return List.of();
        }
        List<Heatmap.Row> rows = new java.util.ArrayList<>();
        rows.add(results.heatmap().organisation());
        rows.addAll(results.heatmap().rows());
        return rows;
    }

    /** A heat colour for a mean on the round's scale: red below the midpoint, green above. */
    public String heat(Double mean) {
        if (mean == null || results == null) {
            return "";
        }
        int points = results.scalePoints();
        double x = Math.max(0, Math.min(1, (mean - 1) / (points - 1)));
        int hue = (int) Math.round(x * 130);
        return "background: hsl(" + hue + ", 62%, " + (86 - (int) (Math.abs(x - 0.5) * 16)) + "%)";
    }

    public String fmt(Double v) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    public String coef(Coefficient c) {
        return c == null || !c.computable()
                ? "–"
                : String.format(Locale.ROOT, "%.2f", c.value()).replace("0.", ".");
    }

    public String coefNote(Coefficient c) {
        return c == null || c.computable() ? "" : c.notComputable();
    }

    public String pct(double share) {
        return Math.round(share * 100) + "%";
    }

    public String change(Double change) {
        if (change == null) {
            return "";
        }
        return (change > 0 ? "▲ +" : change < 0 ? "▼ " : "") + String.format(Locale.ROOT, "%.2f", change);
    }

    public String changeClass(Double change) {
        return change == null ? "" : change > 0.005 ? "ok" : change < -0.005 ? "bad" : "muted";
    }

    public String t(Text text) {
        return text == null
                ? ""
                : text.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public RoundResults getResults() {
        return results;
    }

    public List<RoundSummary> getRoundList() {
        return roundList;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public StreamedContent getPdf() {
        return download(ReportFormat.PDF);
    }

    public StreamedContent getExcel() {
        return download(ReportFormat.EXCEL);
    }

    private StreamedContent download(ReportFormat format) {
        Long round = roundId;
        String group = unitId;
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String file = "climate-" + round + "-" + (RoundResults.ORGANISATION_ID.equals(group) ? "organisation" : group)
                + "." + format.extension();
        return DefaultStreamedContent.builder().name(file).contentType(format.mediaType()).stream(
                        () -> new ByteArrayInputStream(climate.report(round, group, format, locale)))
                .build();
    }

    public String getOrganisationId() {
        return RoundResults.ORGANISATION_ID;
    }
}
