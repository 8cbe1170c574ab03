package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cocrea.analytics.boundary.AnalysisDetail;
import org.cocrea.analytics.boundary.AnalysisSummary;
import org.cocrea.analytics.boundary.Comparison;
import org.cocrea.analytics.boundary.EvidenceAnalyses;
import org.cocrea.analytics.boundary.EvidenceChoices;
import org.cocrea.analytics.boundary.EvidenceInputException;
import org.cocrea.analytics.boundary.EvidenceSetup;
import org.cocrea.analytics.boundary.FilePreview;
import org.cocrea.analytics.boundary.RunProgress;
import org.cocrea.analytics.boundary.RunSummary;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.ProcessConditioning;
import org.cocrea.analytics.data.ColumnMapping.MissingRule;
import org.cocrea.analytics.data.DataProblem;
import org.cocrea.analytics.entity.RunStatus;
import org.cocrea.analytics.report.Report;
import org.cocrea.analytics.report.ReportCell;
import org.cocrea.analytics.report.ReportExporter;
import org.cocrea.analytics.report.ReportFormat;
import org.cocrea.analytics.report.ReportTable;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;
import org.cocrea.web.security.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The evidence engine's screen: (1) upload a CSV or Excel file and see its columns, (2) map columns
 * to the model's constructs and choose the analyses, (3) run them with a progress bar and a cancel
 * button, (4) read the APA tables with their readings and download the report; saved analyses can be
 * opened, re-run (on new data too) and two runs compared.
 *
 * <p>The uploaded bytes are kept only until the analysis is saved, and not in the replicated view
 * state ({@code transient}); the run's progress is read from the database on every poll, so the page
 * works whichever instance of a cluster answers.
 */
@Named
@ViewScoped
public class EvidenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Preview rows shown under the column summary. */
    static final int SAMPLE_ROWS = 8;

    @Inject
    EvidenceAnalyses evidence;

    @Inject
    CurrentUser user;

    @Inject
    org.cocrea.analytics.boundary.EvidenceRecords records;

    // 1. the file
    private transient UploadedFile file;
    private transient byte[] fileBytes;
    private String fileName;
    private FilePreview preview;
    private List<DataProblem> problems = List.of();

    // 2. the mapping
    private EvidenceChoices choices = new EvidenceChoices();
    private Long analysisId;
    private int analysisVersion;
    private String analysisOwner;

    // 3. the run
    private Long runId;
    private RunProgress progress;

    // 4. the results
    private Long reportRunId;
    private String reportAnalysis;
    private Report report;
    private String slopesSvg = "";

    // saved analyses and comparison
    private List<AnalysisSummary> saved = List.of();
    private Long compareA;
    private Long compareB;
    private Comparison comparison;

    @PostConstruct
    void init() {
        reloadSaved();
    }

    // ---------------------------------------------------------------- 1. upload

    /** Reads the chosen file and shows its columns; keeps the mapping if one is being edited. */
    public void upload() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            error(null, msg("evidence.upload.noFile"));
            return;
        }
        try {
            byte[] bytes = file.getInputStream().readAllBytes();
            String name = file.getFileName();
            preview = evidence.preview(bytes, name);
            fileBytes = bytes;
            fileName = preview.source();
            if (choices.getName() == null || choices.getName().isBlank()) {
                choices.setName(msg("evidence.defaultName") + " " + fileName);
            }
            if (choices.mappedNames().isEmpty()) {
                choices.suggestFrom(preview);
            }
            info(
                    analysisId == null
                            ? format(
                                    "evidence.upload.read",
                                    fileName,
                                    preview.rowCount(),
                                    preview.columns().size())
                            : format("evidence.upload.newData", fileName, preview.rowCount()));
        } catch (IOException e) {
            error(null, msg("evidence.upload.unreadable"));
        } catch (EJBException | BusinessRuleException e) {
            report(e);
        } finally {
            file = null;
        }
    }

    // ---------------------------------------------------------------- 2. mapping

    /** Fills the model's unmapped constructs from the column names. */
    public void suggest() {
        if (preview == null) {
            return;
        }
        int filled = choices.suggestFrom(preview);
        info(format("evidence.map.suggested", filled));
    }

    /** After a construct's items changed: keep reverse-keyed items among them, raise the scale to fit. */
    public void itemsChanged(EvidenceChoices.ConstructChoice c) {
        c.getReverse().retainAll(c.getItems());
        if (preview != null) {
            int observed = EvidenceChoices.observedScale(preview, c.getItems());
            if (observed > c.getScalePoints() && observed <= EvidenceChoices.MAX_SCALE_POINTS) {
                c.setScalePoints(observed);
            }
        }
    }

    public void addConstruct() {
        choices.addConstruct();
    }

    public void removeConstruct(EvidenceChoices.ConstructChoice c) {
        choices.removeConstruct(c);
    }

    /** Saves the analysis (new, or the one opened); false with messages if it cannot be saved. */
    public boolean save() {
        problems = List.of();
        List<EvidenceChoices.Problem> formProblems = choices.problems();
        if (!formProblems.isEmpty()) {
            formProblems.forEach(p -> error(null, p.message()));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        EvidenceSetup setup = choices.toSetup();
        try {
            AnalysisSummary s;
            if (analysisId == null) {
                if (fileBytes == null) {
                    error(null, msg("evidence.upload.again"));
                    FacesContext.getCurrentInstance().validationFailed();
                    return false;
                }
                s = evidence.save(setup, fileBytes, fileName);
            } else {
                s = evidence.update(analysisId, setup, fileBytes, fileName, analysisVersion);
            }
            analysisId = s.id();
            analysisVersion = s.version();
            analysisOwner = s.owner();
            fileBytes = null;
            reloadSaved();
            info(format("evidence.saved", s.name()));
            return true;
        } catch (EJBException | BusinessRuleException | OptimisticLockException | ConstraintViolationException e) {
            report(e);
            return false;
        }
    }

    /** Saves, then starts a run. */
    public void saveAndRun() {
        if (save()) {
            start(analysisId);
        }
    }

    /** Starts a saved analysis again on its current data. */
    public void rerun(long id) {
        start(id);
    }

    private void start(long id) {
        try {
            runId = evidence.start(id);
            progress = evidence.progress(runId);
            reloadSaved();
        } catch (EJBException | BusinessRuleException e) {
            report(e);
        }
    }

    /** Opens a saved analysis: its mapping into the form, its data's preview. */
    public void open(long id) {
        try {
            AnalysisDetail d = evidence.get(id);
            choices = EvidenceChoices.fromSetup(d.setup());
            preview = d.preview();
            fileName = d.summary().fileName();
            fileBytes = null;
            problems = List.of();
            analysisId = d.summary().id();
            analysisVersion = d.summary().version();
            analysisOwner = d.summary().owner();
            RunSummary last = d.summary().runs().stream()
                    .filter(RunSummary::done)
                    .findFirst()
                    .orElse(null);
            if (last != null) {
                show(last.id());
            }
        } catch (EJBException | BusinessRuleException e) {
            report(e);
        }
    }

    /** Whether the caller may build the data set from Cocrea's records (it holds unit results). */
    public boolean isMayUseRecords() {
        return user.hasRole(org.cocrea.platform.security.Roles.HR_ANALYST)
                || user.hasRole(org.cocrea.platform.security.Roles.ADMIN);
    }

    /**
     * Builds the data set from Cocrea's records (customers matched to their serving unit's climate
     * and performance), saves it as an analysis with the research model's analyses, and opens it.
     */
    public void fromRecords() {
        try {
            org.cocrea.analytics.boundary.AnalysisSummary saved = records.save(null);
            reloadSaved();
            open(saved.id());
            info(msg("evidence.records.saved"));
        } catch (EJBException | BusinessRuleException e) {
            report(e);
        }
    }

    /** Starts over with an empty form. */
    public void startNew() {
        choices = new EvidenceChoices();
        preview = null;
        fileBytes = null;
        fileName = null;
        problems = List.of();
        analysisId = null;
        analysisOwner = null;
        analysisVersion = 0;
    }

    // ---------------------------------------------------------------- 3. run

    /** Reads the run's progress from the database; loads the report once it is done. */
    public void poll() {
        if (runId == null) {
            return;
        }
        try {
            RunStatus before = progress == null ? null : progress.status();
            progress = evidence.progress(runId);
            if (!progress.active() && before != progress.status()) {
                reloadSaved();
                switch (progress.status()) {
                    case DONE -> show(runId);
                    case FAILED -> error(null, format("evidence.run.failed", progress.error()));
                    case CANCELLED -> info(msg("evidence.run.cancelled"));
                    default -> {
                        // still active
                    }
                }
            }
        } catch (EJBException | BusinessRuleException e) {
            report(e);
        }
    }

    public void cancel() {
        if (runId == null) {
            return;
        }
        try {
            progress = evidence.cancel(runId);
            if (!progress.active()) {
                reloadSaved();
                info(msg("evidence.run.cancelled"));
            }
        } catch (EJBException | BusinessRuleException e) {
            report(e);
        }
    }

    public boolean isRunning() {
        return progress != null && progress.active();
    }

    public int getProgressPercent() {
        return progress == null ? 0 : progress.percent();
    }

    // ---------------------------------------------------------------- 4. results

    /** Shows the report of a finished run. */
    public void show(long run) {
        try {
            report = evidence.report(run);
            reportRunId = run;
            slopesSvg = SlopesChart.svg(report.simpleSlopes());
            reportAnalysis = saved.stream()
                    .filter(a -> a.runs().stream().anyMatch(r -> r.id() == run))
                    .map(AnalysisSummary::name)
                    .findFirst()
                    .orElse("");
        } catch (EJBException | BusinessRuleException e) {
            report(e);
        }
    }

    public StreamedContent getPdf() {
        return download(ReportFormat.PDF);
    }

    public StreamedContent getExcel() {
        return download(ReportFormat.EXCEL);
    }

    public StreamedContent getCsv() {
        return download(ReportFormat.CSV_ZIP);
    }

    private StreamedContent download(ReportFormat format) {
        if (report == null || reportRunId == null) {
            return null;
        }
        long run = reportRunId;
        return DefaultStreamedContent.builder()
                .name(ReportExporter.fileName(report, format))
                .contentType(format.mediaType())
                .stream(() ->
                        new ByteArrayInputStream(evidence.export(run, format).content()))
                .build();
    }

    /** The CSS class of a body cell: numbers right-aligned, the first column as a label. */
    public String cellClass(ReportCell cell, int column) {
        if (column == 0) {
            return "label";
        }
        String text = cell.text();
        boolean numeric = cell.isNumber()
                || text.equals(org.cocrea.analytics.report.ApaFormat.DASH)
                || text.startsWith("[")
                || text.startsWith("<")
                || text.matches("[-\u2212]?[\\d.,\\s()*%]+");
        return numeric ? "num" : "";
    }

    /** The table's notes as one APA "Note." paragraph. */
    public String notes(ReportTable t) {
        return String.join(" ", t.notes());
    }

    // ---------------------------------------------------------------- saved analyses, comparison

    private void reloadSaved() {
        try {
            saved = evidence.list();
        } catch (EJBException e) {
            saved = List.of();
            report(e);
        }
    }

    public void compare() {
        comparison = null;
        if (compareA == null || compareB == null) {
            error(null, msg("evidence.compare.pick"));
            return;
        }
        try {
            comparison = evidence.compare(compareA, compareB);
        } catch (EJBException | BusinessRuleException e) {
            report(e);
        }
    }

    /** Finished runs of every analysis, newest first, for the comparison menus. */
    public List<RunSummary> getDoneRuns() {
        List<RunSummary> out = new ArrayList<>();
        saved.forEach(a -> a.runs().stream().filter(RunSummary::done).forEach(out::add));
        out.sort((x, y) -> y.createdAt().compareTo(x.createdAt()));
        return out;
    }

    /** A run's number as lists show it, e.g. "#12". */
    public String runNo(long id) {
        return "#" + id;
    }

    public String runLabel(RunSummary r) {
        return r.analysisName() + " \u2014 " + runNo(r.id()) + ", " + when(r.finishedAt()) + ", " + r.fileName()
                + (r.rowsAnalysed() == null ? "" : ", n = " + r.rowsAnalysed());
    }

    public String statusSeverity(RunStatus s) {
        return switch (s) {
            case DONE -> "success";
            case FAILED -> "danger";
            case CANCELLED -> "secondary";
            default -> "info";
        };
    }

    /** A column summary's number without a needless ".0". */
    public String num(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.valueOf(v.longValue())
                : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Deletes a saved analysis with its runs. */
    public void delete(long id) {
        try {
            evidence.delete(id);
            if (analysisId != null && analysisId == id) {
                startNew();
            }
            reloadSaved();
            info(msg("evidence.deleted"));
        } catch (EJBException | BusinessRuleException e) {
            report(e);
        }
    }

    /** Whether the user may change or delete a saved analysis (its owner or an administrator). */
    public boolean mayEdit(AnalysisSummary a) {
        return isMayUpload() && (user.hasRole(Roles.ADMIN) || a.owner().equals(user.getUsername()));
    }

    public String when(Instant t) {
        return t == null ? "" : WHEN.format(t.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    public String size(long bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Whether the signed-in user may upload data and save analyses (executives read and run). */
    public boolean isMayUpload() {
        return user.hasRole(Roles.INNOVATION_MANAGER) || user.hasRole(Roles.HR_ANALYST) || user.hasRole(Roles.ADMIN);
    }

    /** Whether the opened analysis may be saved again by the user (its owner or an administrator). */
    public boolean isMayChange() {
        return analysisId == null
                || user.hasRole(Roles.ADMIN)
                || user.getUsername().equals(analysisOwner);
    }

    // ---------------------------------------------------------------- choices for the page

    /** Columns that could be items: whole numbers from 1 to 11. */
    public List<String> getItemColumns() {
        if (preview == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (FilePreview.Column c : preview.columns()) {
            if (c.likert() || choices.itemColumns().contains(c.name())) {
                out.add(c.name());
            }
        }
        return out;
    }

    public List<String> getNumericColumns() {
        return preview == null ? List.of() : preview.numericColumnNames();
    }

    public List<String> getAllColumns() {
        return preview == null ? List.of() : preview.columnNames();
    }

    public List<FilePreview.Row> getSampleRows() {
        return preview == null
                ? List.of()
                : preview.rows().subList(0, Math.min(SAMPLE_ROWS, preview.rows().size()));
    }

    /** Every construct (for X, M, W and Y). */
    public List<EvidenceChoices.ConstructChoice> getConstructList() {
        return choices.getConstructs();
    }

    /** A construct's display name: the model's in the page's language, else its label or name. */
    public String constructLabel(EvidenceChoices.ConstructChoice c) {
        if (c.isModel()) {
            return msg("evidence.construct." + c.getName());
        }
        return c.display();
    }

    public List<String> getAnalysisKeys() {
        return EvidenceChoices.ANALYSES;
    }

    public MissingRule[] getMissingRules() {
        return MissingRule.values();
    }

    public BootstrapCiMethod[] getCiMethods() {
        return BootstrapCiMethod.values();
    }

    public ProcessConditioning[] getConditionings() {
        return ProcessConditioning.values();
    }

    public CfaChiSquareConvention[] getConventions() {
        return CfaChiSquareConvention.values();
    }

    public int getMaxFileBytes() {
        return EvidenceAnalyses.MAX_FILE_BYTES;
    }

    // ---------------------------------------------------------------- messages

    private void report(Exception e) {
        Throwable t = e;
        while (t instanceof EJBException && !(t instanceof EJBAccessException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof EvidenceInputException input) {
            problems = input.getProblems();
            error(null, input.getMessage());
        } else if (t instanceof BusinessRuleException bre) {
            error(null, bre.getMessage());
        } else if (t instanceof OptimisticLockException) {
            error(null, msg("evidence.stale"));
        } else if (t instanceof ConstraintViolationException cve) {
            cve.getConstraintViolations().forEach(v -> error(null, v.getMessage()));
        } else if (t instanceof EJBAccessException) {
            error(null, msg("evidence.notAllowed"));
        } else {
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static String msg(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    private static String format(String key, Object... args) {
        return new java.text.MessageFormat(
                        msg(key),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(args);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    // ---------------------------------------------------------------- properties

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public FilePreview getPreview() {
        return preview;
    }

    public List<DataProblem> getProblems() {
        return problems;
    }

    public boolean isFileWaiting() {
        return fileBytes != null;
    }

    public EvidenceChoices getChoices() {
        return choices;
    }

    public Long getAnalysisId() {
        return analysisId;
    }

    public String getAnalysisOwner() {
        return analysisOwner;
    }

    public Long getRunId() {
        return runId;
    }

    public RunProgress getProgress() {
        return progress;
    }

    public Long getReportRunId() {
        return reportRunId;
    }

    public String getReportAnalysis() {
        return reportAnalysis;
    }

    public Report getReport() {
        return report;
    }

    public String getSlopesSvg() {
        return slopesSvg;
    }

    public List<AnalysisSummary> getSaved() {
        return saved;
    }

    public Long getCompareA() {
        return compareA;
    }

    public void setCompareA(Long compareA) {
        this.compareA = compareA;
    }

    public Long getCompareB() {
        return compareB;
    }

    public void setCompareB(Long compareB) {
        this.compareB = compareB;
    }

    public Comparison getComparison() {
        return comparison;
    }
}
