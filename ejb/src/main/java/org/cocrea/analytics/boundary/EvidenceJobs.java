package org.cocrea.analytics.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.analytics.cli.ModelSpec;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.InputException;
import org.cocrea.analytics.entity.RunStatus;
import org.cocrea.analytics.entity.SavedAnalysis;
import org.cocrea.analytics.evidence.CancellationToken;
import org.cocrea.analytics.evidence.EvidenceAnalysis;
import org.cocrea.analytics.evidence.EvidenceCancelledException;
import org.cocrea.analytics.evidence.EvidenceProgress;
import org.cocrea.analytics.evidence.EvidenceResult;

/**
 * Runs evidence analyses in the background, one container thread per run (the engine's bootstrap
 * stays on that thread: parallelism 1). The run's state is kept in {@code evidence_run}: status,
 * fraction and stage are written at most every {@link #CHECK_MILLIS} ms, and the same statement reads
 * whether someone asked to cancel, so any instance of a cluster can follow and stop it. The run
 * itself holds no transaction; each state change is its own short one.
 *
 * <p>Internal: started by {@link EvidenceRunObserver} after {@link EvidenceAnalyses} committed the
 * run, not reachable from screens or the API, which go through {@link EvidenceAnalyses} and its role
 * checks (the async call keeps the caller, but needs no role of its own).
 */
@Stateless
@PermitAll
public class EvidenceJobs {

    private static final Logger LOG = Logger.getLogger(EvidenceJobs.class.getName());

    /** Least time between two progress writes (and cancellation checks). */
    static final long CHECK_MILLIS = 500;

    /** Longest stage text stored. */
    static final int STAGE_LENGTH = 300;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** What a run reads: the saved choices and the data file. */
    public record Job(String spec, String fileName, byte[] file) {}

    /** Runs the analysis of a queued run to its end: done, failed or cancelled. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long runId) {
        EvidenceJobs self = context.getBusinessObject(EvidenceJobs.class);
        Job job = self.begin(runId);
        if (job == null) {
            return;
        }
        CancellationToken token = new CancellationToken();
        try {
            ModelSpec spec = EvidenceSpecs.parse(job.spec());
            DataTable table = DataTable.read(job.file(), job.fileName());
            EvidenceResult result = EvidenceAnalysis.of(spec.mapping(), spec.analyses())
                    .withProgress(new Reporter(self, runId, token))
                    .withCancellation(token)
                    .withParallelism(1)
                    .run(table);
            self.finish(runId, result.data().rowsRead(), result.data().rowsUsed(), ResultCodec.write(result));
        } catch (EvidenceCancelledException e) {
            self.stop(runId, RunStatus.CANCELLED, "Cancelled during: " + e.stage());
        } catch (InputException e) {
            self.stop(runId, RunStatus.FAILED, e.getMessage());
        } catch (RuntimeException | Error e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Evidence run " + runId + " failed (incident " + incident + ")", e);
            self.stop(
                    runId,
                    RunStatus.FAILED,
                    "The analysis stopped on an internal error (incident " + incident
                            + "). Nothing was saved; try again, and tell your administrator if it happens again.");
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /**
     * Marks a queued run as running and returns what it reads; null if it is gone, cancelled
     * already, or taken by another thread.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Job begin(long runId) {
        List<Object[]> rows = em.createQuery(
                        "select r.status, r.analysis.id from EvidenceRun r where r.id = :id", Object[].class)
                .setParameter("id", runId)
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[0] != RunStatus.QUEUED) {
            return null;
        }
        SavedAnalysis a = em.find(SavedAnalysis.class, rows.get(0)[1]);
        Instant now = clock.instant();
        int taken = em.createQuery("update EvidenceRun r set r.status = :running, r.startedAt = :now,"
                        + " r.heartbeatAt = :now, r.stage = :stage, r.fileName = :file, r.fileSha256 = :sha"
                        + " where r.id = :id and r.status = :queued and r.cancelRequested = false")
                .setParameter("running", RunStatus.RUNNING)
                .setParameter("queued", RunStatus.QUEUED)
                .setParameter("now", now)
                .setParameter("stage", "Reading the data")
                .setParameter("file", a.getFileName())
                .setParameter("sha", a.getFileSha256())
                .setParameter("id", runId)
                .executeUpdate();
        if (taken == 0) {
            return null;
        }
        return new Job(a.getSpec(), a.getFileName(), a.getFileContent());
    }

    /**
     * Records progress of a running run.
     *
     * @return whether the run should stop: cancellation was asked for, or the run is no longer
     *     running (deleted, or marked failed after a long silence)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean progress(long runId, double fraction, String stage) {
        em.createQuery("update EvidenceRun r set r.fraction = :fraction, r.stage = :stage, r.heartbeatAt = :now"
                        + " where r.id = :id and r.status = :running and r.fraction <= :fraction")
                .setParameter("fraction", Math.max(0, Math.min(1, fraction)))
                .setParameter("stage", truncate(stage))
                .setParameter("now", clock.instant())
                .setParameter("id", runId)
                .setParameter("running", RunStatus.RUNNING)
                .executeUpdate();
        List<Object[]> rows = em.createQuery(
                        "select r.status, r.cancelRequested from EvidenceRun r where r.id = :id", Object[].class)
                .setParameter("id", runId)
                .getResultList();
        return rows.isEmpty() || rows.get(0)[0] != RunStatus.RUNNING || Boolean.TRUE.equals(rows.get(0)[1]);
    }

    /** Stores the result of a finished run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long runId, int rowsRead, int rowsAnalysed, byte[] result) {
        Instant now = clock.instant();
        int updated = em.createQuery("update EvidenceRun r set r.status = :done, r.fraction = :one, r.stage = :stage,"
                        + " r.finishedAt = :now, r.heartbeatAt = :now, r.rowsRead = :read,"
                        + " r.rowsAnalysed = :used, r.result = :result where r.id = :id and r.status = :running")
                .setParameter("done", RunStatus.DONE)
                .setParameter("one", 1.0)
                .setParameter("stage", "Done")
                .setParameter("now", now)
                .setParameter("read", rowsRead)
                .setParameter("used", rowsAnalysed)
                .setParameter("result", result)
                .setParameter("id", runId)
                .setParameter("running", RunStatus.RUNNING)
                .executeUpdate();
        if (updated == 0) {
            LOG.info("Evidence run " + runId + " finished, but it was no longer running; its result is dropped");
        }
    }

    /** Ends a running run as failed or cancelled. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void stop(long runId, RunStatus status, String message) {
        em.createQuery("update EvidenceRun r set r.status = :status, r.error = :error, r.finishedAt = :now,"
                        + " r.heartbeatAt = :now where r.id = :id and r.status = :running")
                .setParameter("status", status)
                .setParameter("error", message)
                .setParameter("now", clock.instant())
                .setParameter("id", runId)
                .setParameter("running", RunStatus.RUNNING)
                .executeUpdate();
    }

    static String truncate(String stage) {
        if (stage == null) {
            return null;
        }
        return stage.length() <= STAGE_LENGTH ? stage : stage.substring(0, STAGE_LENGTH - 1) + "\u2026";
    }

    /**
     * The engine's progress listener: passes progress to the database at most every {@link
     * #CHECK_MILLIS} ms (and at the end), and cancels the token when the database says so.
     */
    static final class Reporter implements EvidenceProgress {
        private final EvidenceJobs jobs;
        private final long runId;
        private final CancellationToken token;
        private long last = Long.MIN_VALUE;

        Reporter(EvidenceJobs jobs, long runId, CancellationToken token) {
            this.jobs = jobs;
            this.runId = runId;
            this.token = token;
        }

        @Override
        public void progress(double fraction, String stage) {
            long now = System.nanoTime();
            if (last != Long.MIN_VALUE && now - last < CHECK_MILLIS * 1_000_000L && fraction < 1) {
                return;
            }
            last = now;
            if (jobs.progress(runId, fraction, stage)) {
                token.cancel();
            }
        }
    }
}
