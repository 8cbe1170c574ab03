package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.kpi.boundary.DefinitionInput;
import org.cocrea.kpi.boundary.KpiDefinitions;
import org.cocrea.kpi.boundary.KpiTargets;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.reporting.boundary.KpiDashboards;

/**
 * The innovation office's KPI catalogue: every KPI with its versions; a new entered KPI; a change
 * of a definition from a period on (a new version, history kept); the RAG tolerances; the targets
 * per scope and period.
 */
@Named
@ViewScoped
public class KpiDefinitionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KpiDefinitions definitions;

    @Inject
    KpiTargets targets;

    @Inject
    KpiDashboards dashboards;

    private List<KpiDefinitions.KpiView> kpis;
    private String selected;

    // the edit form (a change from a period on, or a new KPI)
    private boolean creating;
    private String key;
    private String name;
    private String description;
    private String unit;
    private String direction;
    private String grain;
    private String aggregation;
    private String owner;
    private String min;
    private String max;
    private boolean wholeNumber;
    private String from;

    private Double greenTolerance;
    private Double amberTolerance;

    // targets
    private String targetScope = "organisation";
    private String targetPeriod;
    private String targetValue;
    private List<KpiTargets.TargetView> targetList;
    private List<KpiDashboards.ScopeOption> scopes;

    @PostConstruct
    void init() {
        kpis = definitions.all();
    }

    public void select(String key) {
        selected = key;
        creating = false;
        KpiDefinitions.KpiView v = view();
        fill(v.current());
        greenTolerance = v.thresholds().greenTolerance();
        amberTolerance = v.thresholds().amberTolerance();
        from = null;
        loadTargets();
    }

    public void startNew() {
        selected = null;
        creating = true;
        key = null;
        name = null;
        description = null;
        unit = null;
        direction = "higher";
        grain = "quarter";
        aggregation = "sum";
        owner = "innovation-manager";
        min = null;
        max = null;
        wholeNumber = false;
    }

    private void fill(KpiDefinition d) {
        DefinitionInput in = DefinitionInput.of(d);
        key = in.key();
        name = in.name();
        description = in.description();
        unit = in.unit();
        direction = in.direction();
        grain = in.grain();
        aggregation = in.aggregation();
        owner = in.owner();
        min = in.min();
        max = in.max();
        wholeNumber = Boolean.TRUE.equals(in.wholeNumber());
    }

    private DefinitionInput input() {
        return new DefinitionInput(
                key, name, description, unit, direction, grain, aggregation, owner, min, max, wholeNumber);
    }

    /** Saves a new KPI or a change of the selected one. */
    public void save() {
        try {
            KpiDefinitions.KpiView v =
                    creating ? definitions.define(input()) : definitions.change(selected, input(), from);
            kpis = definitions.all();
            creating = false;
            select(v.key());
            Pages.info(Pages.format(
                    "kpi.defs.saved", v.current().name(), v.versions().size()));
        } catch (RuntimeException e) {
            KpiForms.refused(e, "defForm");
        }
    }

    public void saveThresholds() {
        try {
            definitions.thresholds(selected, greenTolerance, amberTolerance);
            kpis = definitions.all();
            Pages.info(Pages.msg("kpi.defs.thresholdsSaved"));
        } catch (RuntimeException e) {
            KpiForms.refused(e, "thresholdForm");
        }
    }

    public void loadTargets() {
        if (selected == null) {
            targetList = List.of();
            return;
        }
        try {
            targetList = targets.list(selected, targetScope);
        } catch (RuntimeException e) {
            KpiForms.refused(e, "targetForm");
            targetList = List.of();
        }
    }

    public void addTarget() {
        try {
            targets.set(selected, List.of(new KpiTargets.TargetInput(targetPeriod, targetScope, targetValue)));
            targetPeriod = null;
            targetValue = null;
            loadTargets();
            Pages.info(Pages.msg("kpi.targets.saved"));
        } catch (RuntimeException e) {
            KpiForms.refused(e, "targetForm");
        }
    }

    public void removeTarget(KpiTargets.TargetView t) {
        try {
            targets.remove(selected, t.scope(), t.period());
            loadTargets();
        } catch (RuntimeException e) {
            KpiForms.refused(e, "targetForm");
        }
    }

    public KpiDefinitions.KpiView view() {
        return kpis.stream().filter(k -> k.key().equals(selected)).findFirst().orElse(null);
    }

    public boolean isComputed() {
        KpiDefinitions.KpiView v = view();
        return v != null && v.computed();
    }

    public List<KpiDashboards.ScopeOption> getScopes() {
        if (scopes == null) {
            scopes = dashboards.scopes();
        }
        return scopes;
    }

    public String scopeLabel(KpiDashboards.ScopeOption o) {
        return switch (o.kind()) {
            case "organisation" -> Pages.msg("kpi.scope.organisation");
            case "unit" -> "\u00a0\u00a0".repeat(o.depth()) + o.label();
            default -> Pages.format("kpi.scope.campaign", o.label());
        };
    }

    public String number(double v) {
        return org.cocrea.reporting.control.KpiFormat.number(v, null);
    }

    // ---------------------------------------------------------------- properties

    public List<KpiDefinitions.KpiView> getKpis() {
        return kpis;
    }

    public String getSelected() {
        return selected;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

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

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getGrain() {
        return grain;
    }

    public void setGrain(String grain) {
        this.grain = grain;
    }

    public String getAggregation() {
        return aggregation;
    }

    public void setAggregation(String aggregation) {
        this.aggregation = aggregation;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max;
    }

    public boolean isWholeNumber() {
        return wholeNumber;
    }

    public void setWholeNumber(boolean wholeNumber) {
        this.wholeNumber = wholeNumber;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Double getGreenTolerance() {
        return greenTolerance;
    }

    public void setGreenTolerance(Double greenTolerance) {
        this.greenTolerance = greenTolerance;
    }

    public Double getAmberTolerance() {
        return amberTolerance;
    }

    public void setAmberTolerance(Double amberTolerance) {
        this.amberTolerance = amberTolerance;
    }

    public String getTargetScope() {
        return targetScope;
    }

    public void setTargetScope(String targetScope) {
        this.targetScope = targetScope;
    }

    public String getTargetPeriod() {
        return targetPeriod;
    }

    public void setTargetPeriod(String targetPeriod) {
        this.targetPeriod = targetPeriod;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(String targetValue) {
        this.targetValue = targetValue;
    }

    public List<KpiTargets.TargetView> getTargetList() {
        return targetList;
    }
}
