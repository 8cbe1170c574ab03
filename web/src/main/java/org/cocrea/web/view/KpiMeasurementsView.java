package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocrea.kpi.boundary.KpiDefinitions;
import org.cocrea.kpi.boundary.KpiMeasurements;
import org.cocrea.kpi.control.MeasurementInput;
import org.cocrea.reporting.boundary.KpiDashboards;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Entering KPI values: one value by form (each field checked, its message beside it), or a CSV or
 * Excel file checked first with every bad row listed and imported all or nothing; the latest
 * values entered and a slot's history (corrections kept).
 */
@Named
@ViewScoped
public class KpiMeasurementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file accepted. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final String TEMPLATE = "kpi,period,scope,value\nrd_spend,2026-Q1,organisation,1250000\n"
            + "new_products_launched,2026-Q1,organisation,3\n";

    @Inject
    KpiMeasurements measurements;

    @Inject
    KpiDefinitions definitions;

    @Inject
    KpiDashboards dashboards;

    private String kpi;
    private String period;
    private String scope = "organisation";
    private String value;

    private transient UploadedFile file;
    private transient byte[] bytes;
    private String fileName;
    private KpiMeasurements.Report report;

    private List<KpiMeasurements.MeasurementView> recent;
    private List<KpiMeasurements.MeasurementView> history;
    private List<KpiDefinitions.KpiView> entered;
    private List<KpiDashboards.ScopeOption> scopes;

    @PostConstruct
    void init() {
        entered = definitions.all().stream().filter(k -> !k.computed()).toList();
        recent = measurements.recent(30);
    }

    /** Saves the value of the form. */
    public void enter() {
        try {
            List<KpiMeasurements.MeasurementView> saved =
                    measurements.enter(List.of(new MeasurementInput(kpi, period, scope, value)), "FORM");
            KpiMeasurements.MeasurementView m = saved.get(0);
            Pages.info(Pages.format("kpi.entry.saved", m.kpi(), m.period(), m.scope()));
            value = null;
            recent = measurements.recent(30);
            history = measurements.history(m.kpi(), m.scope(), m.period());
        } catch (RuntimeException e) {
            KpiForms.refused(e, "entryForm");
        }
    }

    /** Checks the chosen file; nothing is written. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Pages.error(null, Pages.msg("import.noFile"));
            Pages.failed();
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Pages.error(null, Pages.msg("import.tooLarge"));
            Pages.failed();
            return;
        }
        try {
            byte[] content = file.getInputStream().readAllBytes();
            fileName = file.getFileName();
            report = measurements.preview(fileName, content);
            bytes = report.ok() ? content : null;
        } catch (IOException e) {
            Pages.error(null, Pages.msg("import.unreadable"));
            Pages.failed();
        } catch (RuntimeException e) {
            KpiForms.refused(e, "importForm");
        } finally {
            file = null;
        }
    }

    /** Imports the checked file, all or nothing. */
    public void commit() {
        if (bytes == null) {
            Pages.error(null, Pages.msg("import.uploadAgain"));
            Pages.failed();
            return;
        }
        try {
            report = measurements.importFile(fileName, bytes);
            if (report.committed()) {
                bytes = null;
                recent = measurements.recent(30);
                Pages.info(Pages.format("kpi.import.done", report.accepted(), fileName));
            }
        } catch (RuntimeException e) {
            KpiForms.refused(e, "importForm");
        }
    }

    public void showHistory(KpiMeasurements.MeasurementView m) {
        history = measurements.history(m.kpi(), m.scope(), m.period());
    }

    public StreamedContent getTemplate() {
        byte[] data = TEMPLATE.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("kpi-values-template.csv")
                .contentType("text/csv")
                .contentLength((long) data.length)
                .stream(() -> new ByteArrayInputStream(data))
                .build();
    }

    public boolean isCommittable() {
        return report != null && report.ok() && !report.committed() && bytes != null;
    }

    public int more() {
        return report == null
                ? 0
                : Math.max(0, report.errorCount() - report.errors().size());
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

    public String when(java.time.Instant t) {
        return Pages.when(t);
    }

    public List<KpiDefinitions.KpiView> getEntered() {
        return entered;
    }

    public String getKpi() {
        return kpi;
    }

    public void setKpi(String kpi) {
        this.kpi = kpi;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public KpiMeasurements.Report getReport() {
        return report;
    }

    public List<KpiMeasurements.MeasurementView> getRecent() {
        return recent;
    }

    public List<KpiMeasurements.MeasurementView> getHistory() {
        return history;
    }
}
