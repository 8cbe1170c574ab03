package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.kpi.boundary.KpiRecompute;
import org.cocrea.kpi.boundary.KpiUpdater;

/**
 * The administrator's KPI page: the snapshot feed (last run, waiting rows, errors; update now),
 * recomputation of months from scratch with a progress bar read from the database (any instance
 * may answer the poll), and a check of a period's snapshots against a recomputation.
 */
@Named
@ViewScoped
public class KpiAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KpiUpdater updater;

    @Inject
    KpiRecompute recompute;

    private KpiUpdater.Status status;
    private List<KpiRecompute.Job> jobs;
    private KpiRecompute.Job job;
    private String from;
    private String to;
    private String verifyPeriod;
    private KpiRecompute.Verification verification;

    @PostConstruct
    void init() {
        refresh();
        job = jobs.stream().filter(j -> !j.finished()).findFirst().orElse(null);
    }

    private void refresh() {
        status = updater.status();
        jobs = recompute.recent(10);
    }

    public void updateNow() {
        try {
            KpiUpdater.Batch b = updater.runNow();
            refresh();
            if (b.skipped()) {
                Pages.warn(Pages.msg("kpi.admin.busy"));
            } else {
                Pages.info(Pages.format("kpi.admin.updated", b.events(), b.snapshots()));
            }
        } catch (RuntimeException e) {
            KpiForms.refused(e, "feedForm");
        }
    }

    public void start() {
        try {
            job = recompute.start(from, to);
            refresh();
        } catch (RuntimeException e) {
            KpiForms.refused(e, "recomputeForm");
        }
    }

    /** Reads the job's progress from the database. */
    public void poll() {
        if (job == null) {
            return;
        }
        job = recompute.job(job.id());
        if (job.finished()) {
            refresh();
            if ("DONE".equals(job.status())) {
                Pages.info(job.message());
            } else {
                Pages.error(null, job.message());
            }
        }
    }

    public void verify() {
        try {
            verification = recompute.verify(verifyPeriod);
        } catch (RuntimeException e) {
            KpiForms.refused(e, "verifyForm");
        }
    }

    public boolean isRunning() {
        return job != null && !job.finished();
    }

    public String when(java.time.Instant t) {
        return t == null ? "\u2013" : Pages.when(t);
    }

    public KpiUpdater.Status getStatus() {
        return status;
    }

    public List<KpiRecompute.Job> getJobs() {
        return jobs;
    }

    public KpiRecompute.Job getJob() {
        return job;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getVerifyPeriod() {
        return verifyPeriod;
    }

    public void setVerifyPeriod(String verifyPeriod) {
        this.verifyPeriod = verifyPeriod;
    }

    public KpiRecompute.Verification getVerification() {
        return verification;
    }
}
