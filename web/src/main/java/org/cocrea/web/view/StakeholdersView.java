package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cocrea.engagement.boundary.StakeholderDetail;
import org.cocrea.engagement.boundary.StakeholderFilter;
import org.cocrea.engagement.boundary.Stakeholders;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.StakeholderKind;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.cocrea.platform.BusinessRuleException;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The innovation office's stakeholder list: server-side paging, sorting by a column and filtering
 * (name or external id, kind, segment, region, tag, lowest engagement), CSV and Excel export of
 * exactly what the list shows, and a form for a new stakeholder with a message beside every field
 * at fault.
 */
@Named
@ViewScoped
public class StakeholdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Stakeholders stakeholders;

    private StakeholderLazyModel model;
    private Map<String, List<String>> filterValues = Map.of();
    private LocalDate today;

    // the filter panel
    private String text;
    private String kind;
    private String segment;
    private String region;
    private String tag;
    private Double minEngagement;

    // the new-stakeholder form
    private StakeholderForm form = new StakeholderForm();

    @PostConstruct
    void init() {
        model = new StakeholderLazyModel(stakeholders::page);
        filterValues = stakeholders.filterValues();
        today = stakeholders.today();
    }

    /** Runs after the view parameters: {@code ?q=} opens the list filtered by a name or an external id. */
    public void load() {
        if (text != null && !text.isBlank()) {
            applyFilter();
        }
    }

    public void applyFilter() {
        model.setFilter(new StakeholderFilter(
                blank(text), blank(kind), blank(segment), blank(region), blank(tag), minEngagement));
    }

    public void clearFilter() {
        text = null;
        kind = null;
        segment = null;
        region = null;
        tag = null;
        minEngagement = null;
        model.setFilter(StakeholderFilter.none());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether any filter is set (the page then offers to clear it). */
    public boolean isFiltered() {
        StakeholderFilter f = model.getFilter();
        return f.text() != null
                || f.kind() != null
                || f.segment() != null
                || f.region() != null
                || f.tag() != null
                || f.minEngagement() != null;
    }

    // ---------------------------------------------------------------- export

    public StreamedContent getCsv() {
        StakeholderFilter f = model.getFilter();
        StakeholderFilter.Sort s = model.getSort();
        boolean asc = model.isAscending();
        return DefaultStreamedContent.builder()
                .name(exportName("csv"))
                .contentType(CSV)
                .writer(out -> stakeholders.exportCsv(f, s, asc, out))
                .build();
    }

    public StreamedContent getXlsx() {
        StakeholderFilter f = model.getFilter();
        StakeholderFilter.Sort s = model.getSort();
        boolean asc = model.isAscending();
        return DefaultStreamedContent.builder()
                .name(exportName("xlsx"))
                .contentType(XLSX)
                .writer(out -> stakeholders.exportXlsx(f, s, asc, out))
                .build();
    }

    static String exportName(String extension) {
        return "stakeholders-" + LocalDate.now() + "." + extension;
    }

    // ---------------------------------------------------------------- new stakeholder

    public void startNew() {
        form = new StakeholderForm();
    }

    /** Checks every field first (all problems at once), then creates the stakeholder. */
    public void create() {
        try {
            List<RowError> problems = stakeholders.check(form.fields());
            if (!problems.isEmpty()) {
                for (RowError p : problems) {
                    String field = StakeholderForm.fieldId(p.column());
                    if (field == null) {
                        Pages.error(null, p.message());
                    } else {
                        Pages.fieldError("newForm:" + field, p.message());
                    }
                }
                Pages.error(null, Pages.msg("stakeholders.new.problems"));
                Pages.failed();
                return;
            }
            StakeholderDetail d = stakeholders.create(form.fields());
            Pages.info(Pages.format("stakeholders.new.created", d.displayName(), d.externalId()));
            form = new StakeholderForm();
            PrimeFaces.current().executeScript("PF('newDialog').hide()");
        } catch (EJBException | BusinessRuleException e) {
            if (Pages.cause(e) instanceof BusinessRuleException bre) {
                for (BusinessRuleException.FieldProblem p : bre.getFieldProblems()) {
                    String field = StakeholderForm.fieldId(p.field());
                    Pages.error(field == null ? null : "newForm:" + field, p.message());
                }
                Pages.failed();
            } else {
                throw e;
            }
        }
    }

    // ---------------------------------------------------------------- for the page

    /** The CSS width of a 0..100 score's bar, e.g. "42.0%". */
    public String bar(double score) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", EngagementCharts.clamp(score));
    }

    /** The severity of the risk badge: low under 20, raised under 50, high from 50. */
    public String riskSeverity(double risk) {
        return risk >= 50 ? "danger" : risk >= 20 ? "warning" : "success";
    }

    /** The message key of the risk level. */
    public String riskLevel(double risk) {
        return risk >= 50 ? "engagement.risk.high" : risk >= 20 ? "engagement.risk.raised" : "engagement.risk.low";
    }

    public String score(double v) {
        return Pages.score(v);
    }

    /** A score without decimals, for the compact ability columns. */
    public String whole(double v) {
        return Double.isNaN(v) ? "\u2013" : Long.toString(Math.round(v));
    }

    /** The CSS class of an ability score's shade: lvl-3 from 75, lvl-2 from 50, lvl-1 above 0. */
    public String level(double v) {
        return v >= 75 ? "lvl lvl-3" : v >= 50 ? "lvl lvl-2" : v > 0 ? "lvl lvl-1" : "lvl lvl-0";
    }

    /** Today in the organisation's time zone: the latest date a relationship can start. */
    public LocalDate getToday() {
        return today;
    }

    public Ability[] getAbilities() {
        return Ability.values();
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(StakeholderKind.values())
                .map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    public List<String> getSegments() {
        return filterValues.getOrDefault("segment", List.of());
    }

    public List<String> getRegions() {
        return filterValues.getOrDefault("region", List.of());
    }

    public List<String> getTags() {
        return filterValues.getOrDefault("tag", List.of());
    }

    public StakeholderLazyModel getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
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

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Double getMinEngagement() {
        return minEngagement;
    }

    public void setMinEngagement(Double minEngagement) {
        this.minEngagement = minEngagement;
    }

    public StakeholderForm getForm() {
        return form;
    }
}
