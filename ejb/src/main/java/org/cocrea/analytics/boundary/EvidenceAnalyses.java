package org.cocrea.analytics.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.analytics.cli.ModelSpec;
import org.cocrea.analytics.data.DataPreview;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.InputException;
import org.cocrea.analytics.entity.EvidenceRun;
import org.cocrea.analytics.entity.RunStatus;
import org.cocrea.analytics.entity.SavedAnalysis;
import org.cocrea.analytics.evidence.Analysis;
import org.cocrea.analytics.evidence.EvidenceAnalysis;
import org.cocrea.analytics.evidence.EvidenceResult;
import org.cocrea.analytics.report.EvidenceReport;
import org.cocrea.analytics.report.Report;
import org.cocrea.analytics.report.ReportExporter;
import org.cocrea.analytics.report.ReportFormat;
import org.cocrea.analytics.report.ReportOptions;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * The evidence engine on an organisation's own data: preview an uploaded CSV or Excel file, save an
 * analysis (the file, its column mapping and the analyses chosen), run it in the background, follow
 * and cancel the run, read its report, export it as PDF, Excel or CSV, re-run it when new data
 * arrive and compare two runs.
 *
 * <p>Innovation managers, HR analysts, executives and administrators see every saved analysis and
 * may run them; uploading data and saving analyses is for innovation managers, HR analysts and
 * administrators, and only the owner (or an administrator) changes or deletes one. Problems with a
 * file or mapping come back as {@link EvidenceInputException}, naming the column and row.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.HR_ANALYST, Roles.EXECUTIVE, Roles.ADMIN})
public class EvidenceAnalyses {

    /** Largest data file accepted. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** A running run that has not reported for this long is taken as lost (its server stopped). */
    static final Duration LOST_RUNNING = Duration.ofMinutes(10);

    /** A queued run that has not started after this long is taken as lost. */
    static final Duration LOST_QUEUED = Duration.ofMinutes(30);

    /** Runs a caller may have queued or running at once. */
    static final int ACTIVE_RUNS_PER_USER = 3;

    /** Runs listed per analysis, newest first. */
    static final int RUNS_LISTED = 20;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    @Inject
    Event<EvidenceRunStarted> started;

    Clock clock = Clock.systemUTC();

    // ---------------------------------------------------------------- files and analyses

    /**
     * Reads an uploaded file and summarises its columns (numbers or not, empty cells, range) and
     * first rows, for the mapping screen. Nothing is stored.
     *
     * @throws EvidenceInputException if the file is empty, too large, or cannot be read as CSV or
     *     Excel (e.g. a repeated column name, a row of the wrong width), naming the row and column
     */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.HR_ANALYST, Roles.ADMIN})
    public FilePreview preview(byte[] file, String fileName) {
        DataTable table = read(file, fileName);
        return FilePreview.of(DataPreview.of(table, FilePreview.ROWS));
    }

    /**
     * Saves a new analysis after checking the setup against the whole file: every column named must
     * exist, every value used must be a number on its scale, every analysis must have enough rows.
     *
     * @throws EvidenceInputException listing every problem found (nothing is saved)
     */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.HR_ANALYST, Roles.ADMIN})
    public AnalysisSummary save(@NotNull EvidenceSetup setup, byte[] file, String fileName) {
        String name = checkedName(setup.name());
        DataTable table = read(file, fileName);
        String spec = checked(setup, table);
        Instant now = clock.instant();
        SavedAnalysis a = new SavedAnalysis(caller(), now);
        a.define(name, spec, EvidenceSpecs.labelsToJson(setup.labels()), now);
        a.replaceFile(table.source(), file, sha256(file), now);
        em.persist(a);
        em.flush();
        audit.record(
                "evidence.saved", "EvidenceAnalysis", String.valueOf(a.getId()), name + " (" + a.getFileName() + ")");
        return summary(a, List.of());
    }

    /**
     * Changes a saved analysis: its setup and, if {@code file} is given, its data. Only the owner or
     * an administrator may; not while it runs.
     *
     * @param file the new data file, or null to keep the current one
     * @param expectedVersion the version read, so a concurrent change is refused
     */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.HR_ANALYST, Roles.ADMIN})
    public AnalysisSummary update(
            long id, @NotNull EvidenceSetup setup, byte[] file, String fileName, int expectedVersion) {
        SavedAnalysis a = editable(id);
        if (a.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The analysis was changed by someone else. Reload it and try again.");
        }
        requireIdle(id, "changed");
        String name = checkedName(setup.name());
        boolean newFile = file != null && file.length > 0;
        DataTable table = newFile ? read(file, fileName) : read(a.getFileContent(), a.getFileName());
        String spec = checked(setup, table);
        Instant now = clock.instant();
        a.define(name, spec, EvidenceSpecs.labelsToJson(setup.labels()), now);
        if (newFile) {
            a.replaceFile(table.source(), file, sha256(file), now);
        }
        em.flush();
        audit.record(
                "evidence.updated",
                "EvidenceAnalysis",
                String.valueOf(id),
                name + (newFile ? " (new data: " + a.getFileName() + ")" : ""));
        return summary(a, runsOf(List.of(id)).getOrDefault(id, List.of()));
    }

    /** Deletes a saved analysis with its runs; only the owner or an administrator, not while it runs. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.HR_ANALYST, Roles.ADMIN})
    public void delete(long id) {
        SavedAnalysis a = editable(id);
        requireIdle(id, "deleted");
        em.createQuery("delete from EvidenceRun r where r.analysis.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.remove(a);
        audit.record("evidence.deleted", "EvidenceAnalysis", String.valueOf(id), a.getName());
    }

    /** Every saved analysis, last changed first, each with its newest runs. */
    public List<AnalysisSummary> list() {
        expireLostRuns();
        List<Object[]> rows = em.createQuery(
                        "select a.id, a.name, a.owner, a.createdAt, a.updatedAt, a.fileName, a.fileSize, a.version"
                                + " from SavedAnalysis a order by a.updatedAt desc, a.id desc",
                        Object[].class)
                .getResultList();
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<RunSummary>> runs = runsOf(ids);
        return rows.stream()
                .map(r -> new AnalysisSummary(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (Instant) r[3],
                        (Instant) r[4],
                        (String) r[5],
                        ((Number) r[6]).longValue(),
                        (Integer) r[7],
                        runs.getOrDefault((Long) r[0], List.of())))
                .toList();
    }

    /** A saved analysis with its setup, model JSON and the preview of its data file. */
    public AnalysisDetail get(long id) {
        SavedAnalysis a = existing(id);
        EvidenceSetup setup = setupOf(a);
        FilePreview preview =
                FilePreview.of(DataPreview.of(read(a.getFileContent(), a.getFileName()), FilePreview.ROWS));
        return new AnalysisDetail(
                summary(a, runsOf(List.of(id)).getOrDefault(id, List.of())), setup, a.getSpec(), preview);
    }

    // ---------------------------------------------------------------- runs

    /**
     * Starts a run of a saved analysis on its current data, in the background.
     *
     * @return the run's id, for {@link #progress(long)}
     * @throws BusinessRuleException (conflict) if the analysis is running already, or the caller has
     *     too many runs going
     */
    public long start(long analysisId) {
        existingId(analysisId);
        expireLostRuns();
        requireIdle(analysisId, "started again");
        long mine = em.createQuery(
                        "select count(r) from EvidenceRun r where r.startedBy = :me and r.status in :active",
                        Long.class)
                .setParameter("me", caller())
                .setParameter("active", List.of(RunStatus.QUEUED, RunStatus.RUNNING))
                .getSingleResult();
        if (mine >= ACTIVE_RUNS_PER_USER) {
            throw BusinessRuleException.conflict(
                    "run", "You have " + mine + " analyses running; wait until one has finished, or cancel one.");
        }
        EvidenceRun run = new EvidenceRun(em.getReference(SavedAnalysis.class, analysisId), caller(), clock.instant());
        em.persist(run);
        em.flush();
        audit.record("evidence.run.started", "EvidenceRun", String.valueOf(run.getId()), "analysis " + analysisId);
        started.fire(new EvidenceRunStarted(run.getId()));
        return run.getId();
    }

    /**
     * Runs a saved analysis again, on new data if given (e.g. this year's survey): the setup is
     * checked against the new file first, and the file replaces the analysis' data. Replacing the
     * data is for those who may change the analysis.
     *
     * @param newFile the new data, or null to run on the current data
     * @return the run's id
     */
    public long rerun(long analysisId, byte[] newFile, String fileName) {
        if (newFile != null && newFile.length > 0) {
            if (!mayUpload()) {
                throw new EJBAccessException(
                        "Uploading data is for innovation managers, HR analysts and administrators.");
            }
            SavedAnalysis a = editable(analysisId);
            requireIdle(analysisId, "given new data");
            DataTable table = read(newFile, fileName);
            checked(setupOf(a), table);
            a.replaceFile(table.source(), newFile, sha256(newFile), clock.instant());
            em.flush();
            audit.record(
                    "evidence.updated",
                    "EvidenceAnalysis",
                    String.valueOf(analysisId),
                    a.getName() + " (new data: " + a.getFileName() + ")");
        }
        return start(analysisId);
    }

    /** How far a run has got; a run whose server stopped is reported as failed. */
    public RunProgress progress(long runId) {
        expireLostRuns();
        List<Object[]> rows = em.createQuery(
                        "select r.analysis.id, r.status, r.fraction, r.stage, r.cancelRequested, r.error,"
                                + " r.createdAt, r.startedAt, r.finishedAt from EvidenceRun r where r.id = :id",
                        Object[].class)
                .setParameter("id", runId)
                .getResultList();
        if (rows.isEmpty()) {
            throw BusinessRuleException.invalid("run", "There is no run " + runId + ".");
        }
        Object[] r = rows.get(0);
        return new RunProgress(
                runId,
                (Long) r[0],
                (RunStatus) r[1],
                (Double) r[2],
                (String) r[3],
                (Boolean) r[4],
                (String) r[5],
                (Instant) r[6],
                (Instant) r[7],
                (Instant) r[8]);
    }

    /**
     * Asks a run to stop. A queued run is cancelled at once; a running one stops at its next check
     * (within a second or so). Whoever started it, the analysis' owner or an administrator may cancel.
     */
    public RunProgress cancel(long runId) {
        RunProgress p = progress(runId);
        String starter = em.createQuery("select r.startedBy from EvidenceRun r where r.id = :id", String.class)
                .setParameter("id", runId)
                .getSingleResult();
        String owner = em.createQuery("select a.owner from SavedAnalysis a where a.id = :id", String.class)
                .setParameter("id", p.analysisId())
                .getSingleResult();
        String me = caller();
        if (!me.equals(starter) && !me.equals(owner) && !session.isCallerInRole(Roles.ADMIN)) {
            throw new EJBAccessException(
                    "Only whoever started the run, the analysis' owner or an administrator may cancel it.");
        }
        if (!p.active()) {
            throw BusinessRuleException.conflict(
                    "run", "The run has already ended (" + p.status().name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        em.createQuery("update EvidenceRun r set r.cancelRequested = true where r.id = :id and r.status in :active")
                .setParameter("id", runId)
                .setParameter("active", List.of(RunStatus.QUEUED, RunStatus.RUNNING))
                .executeUpdate();
        Instant now = clock.instant();
        em.createQuery("update EvidenceRun r set r.status = :cancelled, r.finishedAt = :now, r.error = :why"
                        + " where r.id = :id and r.status = :queued")
                .setParameter("cancelled", RunStatus.CANCELLED)
                .setParameter("now", now)
                .setParameter("why", "Cancelled before it started.")
                .setParameter("id", runId)
                .setParameter("queued", RunStatus.QUEUED)
                .executeUpdate();
        audit.record("evidence.run.cancelled", "EvidenceRun", String.valueOf(runId), null);
        return progress(runId);
    }

    // ---------------------------------------------------------------- results

    /**
     * The report of a finished run: APA tables with notes, plain-language readings and warnings,
     * and the simple-slopes data; rebuilt from the stored result.
     *
     * @throws BusinessRuleException (conflict) if the run has not finished
     */
    public Report report(long runId) {
        Stored s = stored(runId);
        return EvidenceReport.build(s.result(), options(s));
    }

    /** The report of a finished run as a PDF, an Excel workbook or a ZIP of CSV files. */
    public ExportFile export(long runId, @NotNull ReportFormat format) {
        Report report = report(runId);
        byte[] content = ReportExporter.export(report, format);
        audit.record("evidence.exported", "EvidenceRun", String.valueOf(runId), format.extension());
        return new ExportFile(ReportExporter.fileName(report, format), format.mediaType(), content);
    }

    /**
     * Two finished runs' key figures side by side (e.g. the same analysis on last year's and this
     * year's data): rows analysed, means, alphas, CFA fit, R², indirect effects and the index of
     * moderated mediation with their intervals, and the change from A to B.
     */
    public Comparison compare(long runA, long runB) {
        Stored a = stored(runA);
        Stored b = stored(runB);
        Map<String, String> labels = new HashMap<>(a.labels());
        labels.putAll(b.labels());
        return new Comparison(a.summary(), b.summary(), EvidenceComparison.rows(a.result(), b.result(), labels));
    }

    /** A finished run's result with what the report needs to know. */
    private record Stored(RunSummary summary, EvidenceResult result, Map<String, String> labels) {}

    private Stored stored(long runId) {
        List<Object[]> rows = em.createQuery(
                        "select r.id, a.id, a.name, r.status, r.startedBy, r.createdAt, r.finishedAt, r.fileName,"
                                + " r.rowsRead, r.rowsAnalysed, r.error, r.result, a.labels"
                                + " from EvidenceRun r join r.analysis a where r.id = :id",
                        Object[].class)
                .setParameter("id", runId)
                .getResultList();
        if (rows.isEmpty()) {
            throw BusinessRuleException.invalid("run", "There is no run " + runId + ".");
        }
        Object[] r = rows.get(0);
        RunSummary summary = runSummary(r);
        if (summary.status() != RunStatus.DONE || r[11] == null) {
            throw BusinessRuleException.conflict(
                    "run",
                    switch (summary.status()) {
                        case QUEUED, RUNNING -> "Run " + runId + " has not finished yet.";
                        case FAILED -> "Run " + runId + " failed, so it has no results: " + summary.error();
                        case CANCELLED -> "Run " + runId + " was cancelled, so it has no results.";
                        case DONE -> "Run " + runId + " has no stored result.";
                    });
        }
        EvidenceResult result;
        try {
            result = ResultCodec.read((byte[]) r[11]);
        } catch (IllegalStateException e) {
            throw BusinessRuleException.conflict(
                    "run",
                    "The result of run " + runId + " " + e.getMessage().replaceFirst("^the stored result", "")
                            + "; run the analysis again.");
        }
        return new Stored(summary, result, EvidenceSpecs.labelsFromJson((String) r[12]));
    }

    private ReportOptions options(Stored s) {
        RunSummary run = s.summary();
        List<String> header = new ArrayList<>();
        header.add("Analysis: " + run.analysisName());
        header.add("Run " + run.id()
                + (run.finishedAt() == null
                        ? ""
                        : ", finished " + WHEN.format(run.finishedAt().atOffset(ZoneOffset.UTC))));
        return ReportOptions.defaults()
                .withTitle("Evidence Report: " + run.analysisName())
                .withHeaderLines(header)
                .withLabels(s.labels());
    }

    // ---------------------------------------------------------------- helpers

    /** Whether the caller may upload data and save analyses. */
    public boolean mayUpload() {
        return session.isCallerInRole(Roles.INNOVATION_MANAGER)
                || session.isCallerInRole(Roles.HR_ANALYST)
                || session.isCallerInRole(Roles.ADMIN);
    }

    private DataTable read(byte[] file, String fileName) {
        if (file == null || file.length == 0) {
            throw BusinessRuleException.invalid("file", "Choose a CSV or Excel file; the file sent is empty.");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw BusinessRuleException.invalid(
                    "file",
                    "The file has " + (file.length / (1024 * 1024)) + " MB; files of up to "
                            + MAX_FILE_BYTES / (1024 * 1024) + " MB are accepted.");
        }
        try {
            return DataTable.read(file, cleanFileName(fileName));
        } catch (InputException e) {
            throw EvidenceInputException.of(e);
        }
    }

    /** The last part of an uploaded file's name, without control characters, at most 200 characters. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "data";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw BusinessRuleException.invalid("name", "Give the analysis a name.");
        }
        if (name.strip().length() > 200) {
            throw BusinessRuleException.invalid("name", "Use at most 200 characters for the name.");
        }
        return name.strip();
    }

    /**
     * Checks a setup against the data as the run will (mapping, names, values, rows per analysis)
     * and returns its model JSON.
     */
    private static String checked(EvidenceSetup setup, DataTable table) {
        EvidenceAnalysis analysis;
        try {
            analysis = EvidenceAnalysis.of(setup.mapping(), setup.analyses());
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("analyses", capitalise(e.getMessage()) + ".");
        }
        for (Analysis a : setup.analyses()) {
            int resamples = a instanceof Analysis.Model4 m4
                    ? m4.settings().resamples()
                    : a instanceof Analysis.Model7 m7 ? m7.settings().resamples() : 0;
            if (resamples > EvidenceChoices.MAX_RESAMPLES) {
                throw BusinessRuleException.invalid(
                        "resamples",
                        a.key() + ": at most " + EvidenceChoices.MAX_RESAMPLES + " resamples, asked for " + resamples
                                + ".");
            }
        }
        try {
            analysis.prepare(table);
        } catch (InputException e) {
            throw EvidenceInputException.of(e);
        }
        String spec = EvidenceSpecs.toJson(setup.mapping(), setup.analyses());
        try {
            EvidenceSpecs.parse(spec);
        } catch (InputException e) {
            throw BusinessRuleException.invalid("mapping", "The choices cannot be saved: " + e.getMessage());
        }
        return spec;
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty()
                ? "The analyses cannot be run"
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private EvidenceSetup setupOf(SavedAnalysis a) {
        ModelSpec spec = EvidenceSpecs.parse(a.getSpec());
        return new EvidenceSetup(
                a.getName(), spec.mapping(), spec.analyses(), EvidenceSpecs.labelsFromJson(a.getLabels()));
    }

    /** Marks runs whose server stopped while they were queued or running as failed. */
    private void expireLostRuns() {
        Instant now = clock.instant();
        em.createQuery("update EvidenceRun r set r.status = :failed, r.finishedAt = :now, r.error = :why"
                        + " where (r.status = :running and r.heartbeatAt < :runningLimit)"
                        + " or (r.status = :queued and r.heartbeatAt < :queuedLimit)")
                .setParameter("failed", RunStatus.FAILED)
                .setParameter("now", now)
                .setParameter(
                        "why",
                        "The run stopped without finishing (its server was restarted or stopped). Start it again.")
                .setParameter("running", RunStatus.RUNNING)
                .setParameter("runningLimit", now.minus(LOST_RUNNING))
                .setParameter("queued", RunStatus.QUEUED)
                .setParameter("queuedLimit", now.minus(LOST_QUEUED))
                .executeUpdate();
    }

    private void requireIdle(long analysisId, String what) {
        long active = em.createQuery(
                        "select count(r) from EvidenceRun r where r.analysis.id = :id and r.status in :active",
                        Long.class)
                .setParameter("id", analysisId)
                .setParameter("active", List.of(RunStatus.QUEUED, RunStatus.RUNNING))
                .getSingleResult();
        if (active > 0) {
            throw BusinessRuleException.conflict(
                    "run", "The analysis is running; it cannot be " + what + " until the run ends or is cancelled.");
        }
    }

    private SavedAnalysis existing(long id) {
        SavedAnalysis a = em.find(SavedAnalysis.class, id);
        if (a == null) {
            throw BusinessRuleException.invalid("id", "There is no saved analysis " + id + ".");
        }
        return a;
    }

    private void existingId(long id) {
        long n = em.createQuery("select count(a) from SavedAnalysis a where a.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (n == 0) {
            throw BusinessRuleException.invalid("id", "There is no saved analysis " + id + ".");
        }
    }

    private SavedAnalysis editable(long id) {
        SavedAnalysis a = existing(id);
        if (!a.getOwner().equals(caller()) && !session.isCallerInRole(Roles.ADMIN)) {
            throw new EJBAccessException("Only " + a.getOwner() + ", who saved it, or an administrator may change it.");
        }
        return a;
    }

    private Map<Long, List<RunSummary>> runsOf(List<Long> analysisIds) {
        Map<Long, List<RunSummary>> out = new LinkedHashMap<>();
        if (analysisIds.isEmpty()) {
            return out;
        }
        for (int i = 0; i < analysisIds.size(); i += 1000) {
            List<Object[]> rows = em.createQuery(
                            "select r.id, a.id, a.name, r.status, r.startedBy, r.createdAt, r.finishedAt, r.fileName,"
                                    + " r.rowsRead, r.rowsAnalysed, r.error from EvidenceRun r join r.analysis a"
                                    + " where a.id in :ids order by r.createdAt desc, r.id desc",
                            Object[].class)
                    .setParameter("ids", analysisIds.subList(i, Math.min(analysisIds.size(), i + 1000)))
                    .getResultList();
            for (Object[] r : rows) {
                List<RunSummary> list = out.computeIfAbsent((Long) r[1], k -> new ArrayList<>());
                if (list.size() < RUNS_LISTED) {
                    list.add(runSummary(r));
                }
            }
        }
        return out;
    }

    private static RunSummary runSummary(Object[] r) {
        return new RunSummary(
                (Long) r[0],
                (Long) r[1],
                (String) r[2],
                (RunStatus) r[3],
                (String) r[4],
                (Instant) r[5],
                (Instant) r[6],
                (String) r[7],
                (Integer) r[8],
                (Integer) r[9],
                (String) r[10]);
    }

    private static AnalysisSummary summary(SavedAnalysis a, List<RunSummary> runs) {
        return new AnalysisSummary(
                a.getId(),
                a.getName(),
                a.getOwner(),
                a.getCreatedAt(),
                a.getUpdatedAt(),
                a.getFileName(),
                a.getFileSize(),
                a.getVersion(),
                runs);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
