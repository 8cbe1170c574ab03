package org.cocrea.web.view;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import org.cocrea.engagement.boundary.EngagementImports;
import org.cocrea.engagement.boundary.EngagementImports.Job;
import org.cocrea.engagement.boundary.EngagementImports.Report;
import org.cocrea.platform.BusinessRuleException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The import wizard: (1) upload a stakeholder file (CSV or Excel), (2) read what importing it would
 * do (new, changed, unchanged) and every problem by line and column, (3) start the import and follow
 * its progress, (4) read the outcome. Activities (CSV) are checked and imported on their own tab.
 * Both offer a template to start from.
 *
 * <p>The uploaded bytes are kept only until the import starts, and not in the replicated view
 * state ({@code transient}); the job's progress is read from the database on every poll, so the
 * page works whichever instance of a cluster answers.
 */
@Named
@ViewScoped
public class StakeholderImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file accepted (the page checks it too). */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The steps of the wizard. */
    public static final int UPLOAD = 0;

    public static final int PREVIEW = 1;
    public static final int IMPORTING = 2;
    public static final int DONE = 3;

    @Inject
    EngagementImports imports;

    // stakeholders
    private transient UploadedFile file;
    private transient byte[] bytes;
    private String fileName;
    private Report report;
    private Job job;
    private int step = UPLOAD;

    // activities
    private transient UploadedFile activityFile;
    private transient byte[] activityBytes;
    private String activityFileName;
    private Report activityReport;

    private int tab;

    // ---------------------------------------------------------------- stakeholders

    /** Reads the chosen file and shows what importing it would do; nothing is written. */
    public void upload() {
        tab = 0;
        byte[] content = read(file);
        file = null;
        if (content == null) {
            return;
        }
        try {
            report = imports.previewStakeholders(fileName, content);
            bytes = report.ok() ? content : null;
            job = null;
            step = PREVIEW;
        } catch (EJBException | BusinessRuleException e) {
            problem(e);
        }
    }

    private byte[] read(UploadedFile f) {
        if (f == null || f.getSize() == 0) {
            Pages.error(null, Pages.msg("import.noFile"));
            Pages.failed();
            return null;
        }
        if (f.getSize() > MAX_BYTES) {
            Pages.error(null, Pages.msg("import.tooLarge"));
            Pages.failed();
            return null;
        }
        try {
            byte[] content = f.getInputStream().readAllBytes();
            if (f == file) {
                fileName = f.getFileName();
            } else {
                activityFileName = f.getFileName();
            }
            return content;
        } catch (IOException e) {
            Pages.error(null, Pages.msg("import.unreadable"));
            Pages.failed();
            return null;
        }
    }

    /** Starts writing the checked file in the background. */
    public void commit() {
        if (bytes == null || report == null || !report.ok()) {
            Pages.error(null, Pages.msg("import.uploadAgain"));
            Pages.failed();
            return;
        }
        try {
            job = imports.start(fileName, bytes);
            bytes = null;
            step = job.finished() ? DONE : IMPORTING;
            if (step == DONE) {
                finished();
            }
        } catch (EJBException | BusinessRuleException e) {
            problem(e);
        }
    }

    /** Reads the job's progress from the database; moves to the outcome once it has finished. */
    public void poll() {
        if (job == null || step != IMPORTING) {
            return;
        }
        try {
            job = imports.job(job.id());
            if (job.finished()) {
                step = DONE;
                finished();
            }
        } catch (EJBException | BusinessRuleException e) {
            problem(e);
        }
    }

    private void finished() {
        if ("DONE".equals(job.status())) {
            Pages.info(Pages.format("import.done", job.created(), job.updated(), job.unchanged()));
        } else {
            Pages.error(null, job.message() == null ? Pages.msg("import.failed") : job.message());
        }
    }

    /** Back to the first step for another file. */
    public void restart() {
        file = null;
        bytes = null;
        fileName = null;
        report = null;
        job = null;
        step = UPLOAD;
    }

    public boolean isRunning() {
        return step == IMPORTING && job != null && !job.finished();
    }

    public boolean isCommittable() {
        return step == PREVIEW && report != null && report.ok() && bytes != null;
    }

    // ---------------------------------------------------------------- activities

    public void uploadActivities() {
        tab = 1;
        byte[] content = read(activityFile);
        activityFile = null;
        if (content == null) {
            return;
        }
        try {
            activityReport = imports.previewActivities(activityFileName, content);
            activityBytes = activityReport.ok() ? content : null;
        } catch (EJBException | BusinessRuleException e) {
            problem(e);
        }
    }

    public void importActivities() {
        tab = 1;
        if (activityBytes == null) {
            Pages.error(null, Pages.msg("import.uploadAgain"));
            Pages.failed();
            return;
        }
        try {
            activityReport = imports.importActivities(activityFileName, activityBytes);
            if (activityReport.committed()) {
                activityBytes = null;
                Pages.info(Pages.format("import.activities.done", activityReport.created()));
            }
        } catch (EJBException | BusinessRuleException e) {
            problem(e);
        }
    }

    public boolean isActivitiesCommittable() {
        return activityReport != null && activityReport.ok() && !activityReport.committed() && activityBytes != null;
    }

    // ---------------------------------------------------------------- templates

    public StreamedContent getStakeholderTemplate() {
        return template("stakeholders-template.csv", ImportTemplates.STAKEHOLDERS);
    }

    public StreamedContent getActivityTemplate() {
        return template("activities-template.csv", ImportTemplates.ACTIVITIES);
    }

    private static StreamedContent template(String name, String content) {
        byte[] data = ImportTemplates.bytes(content);
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(StakeholdersView.CSV)
                .contentLength((long) data.length)
                .stream(() -> new ByteArrayInputStream(data))
                .build();
    }

    private void problem(RuntimeException e) {
        if (Pages.cause(e) instanceof BusinessRuleException bre) {
            Pages.error(null, bre.getMessage());
            Pages.failed();
        } else {
            throw e;
        }
    }

    // ---------------------------------------------------------------- properties

    /** How many problems the report has beyond those listed. */
    public int more(Report r) {
        return r == null ? 0 : Math.max(0, r.errorCount() - r.errors().size());
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

    public Report getReport() {
        return report;
    }

    public Job getJob() {
        return job;
    }

    public int getStep() {
        return step;
    }

    public UploadedFile getActivityFile() {
        return activityFile;
    }

    public void setActivityFile(UploadedFile activityFile) {
        this.activityFile = activityFile;
    }

    public String getActivityFileName() {
        return activityFileName;
    }

    public Report getActivityReport() {
        return activityReport;
    }

    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab;
    }

    public int getMaxBytes() {
        return MAX_BYTES;
    }
}
