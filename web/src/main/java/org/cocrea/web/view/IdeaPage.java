package org.cocrea.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.cocreation.boundary.Discussion;
import org.cocrea.cocreation.boundary.Gates;
import org.cocrea.cocreation.boundary.IdeaDetail;
import org.cocrea.cocreation.boundary.Ideas;
import org.cocrea.cocreation.boundary.Participation;
import org.cocrea.cocreation.control.GateDecision;
import org.cocrea.cocreation.entity.ContentReport;
import org.cocrea.cocreation.entity.IdeaAttachment;
import org.cocrea.cocreation.entity.ParticipationTask;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The idea page: the idea with its files, votes and followers; the threaded discussion with
 * replies and reports; its history and gate evaluations; participation tasks and their findings;
 * and for the innovation office the gate (review, decide with a rationale), merging and tasks.
 */
@Named
@ViewScoped
public class IdeaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ideas ideas;

    @Inject
    Discussion discussion;

    @Inject
    Gates gates;

    @Inject
    Participation participation;

    private Long id;
    private boolean submitted;
    private IdeaDetail idea;

    private String comment;
    private Long replyTo;
    private String reply;
    private String reportReason;
    private String reportTarget = "IDEA";
    private Long reportTargetId;
    private String decision = "GO";
    private String rationale;
    private Long mergeTarget;
    private String mergeRationale;
    private String taskKind = "TEST";
    private String taskTitle;
    private String taskInstructions;
    private LocalDate taskDue;
    private Long taskShortlist;
    private String taskStakeholders;
    private Long findingId;
    private int findingVersion;
    private String findingFeedback;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            idea = ideas.find(id);
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
            return;
        }
        if (submitted) {
            Pages.info(Pages.msg("co.submitted"));
            submitted = false;
        }
    }

    private void reload() {
        idea = ideas.find(id);
    }

    public void vote() {
        try {
            if (idea.voted()) {
                discussion.unvote(id);
            } else {
                discussion.vote(id);
            }
            reload();
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public void follow() {
        try {
            discussion.follow(id, !idea.following());
            reload();
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public void postComment() {
        try {
            discussion.comment(id, null, comment);
            comment = null;
            reload();
            Pages.info(Pages.msg("co.commentPosted"));
        } catch (RuntimeException e) {
            CoPages.refused(e, "commentForm");
        }
    }

    public void startReply(long commentId) {
        replyTo = commentId;
        reply = null;
    }

    public void postReply() {
        try {
            discussion.comment(id, replyTo, reply);
            replyTo = null;
            reply = null;
            reload();
        } catch (RuntimeException e) {
            CoPages.refused(e, "commentForm");
        }
    }

    public void startReport(String target, long targetId) {
        reportTarget = target;
        reportTargetId = targetId;
        reportReason = null;
    }

    public void report() {
        try {
            discussion.report(ContentReport.Target.valueOf(reportTarget), reportTargetId, reportReason);
            Pages.info(Pages.msg("co.reported"));
        } catch (RuntimeException e) {
            CoPages.refused(e, "reportForm");
        }
    }

    public void openReview() {
        try {
            idea = gates.openReview(id, idea.card().version());
            Pages.info(Pages.msg("co.reviewOpened"));
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public void decide() {
        try {
            idea = gates.decide(
                    id, GateDecision.valueOf(decision), rationale, idea.card().version());
            rationale = null;
            Pages.info(Pages.msg("co.decided"));
        } catch (RuntimeException e) {
            CoPages.refused(e, "decideForm");
        }
    }

    public String merge() {
        try {
            ideas.merge(id, mergeTarget == null ? -1 : mergeTarget, mergeRationale);
            return "/cocreation/idea.xhtml?faces-redirect=true&id=" + mergeTarget;
        } catch (RuntimeException e) {
            CoPages.refused(e, "mergeForm");
            return null;
        }
    }

    public void createTask() {
        List<Long> stakeholders = new ArrayList<>();
        if (taskStakeholders != null) {
            for (String s : taskStakeholders.split("[,;\\s]+")) {
                if (!s.isBlank()) {
                    try {
                        stakeholders.add(Long.parseLong(s.strip()));
                    } catch (NumberFormatException e) {
                        Pages.error(null, Pages.format("co.badStakeholderId", s));
                        Pages.failed();
                        return;
                    }
                }
            }
        }
        try {
            participation.createTask(
                    id,
                    ParticipationTask.Kind.valueOf(taskKind),
                    taskTitle,
                    taskInstructions,
                    taskDue,
                    stakeholders,
                    taskShortlist);
            taskTitle = null;
            taskInstructions = null;
            reload();
            Pages.info(Pages.msg("co.taskCreated"));
        } catch (RuntimeException e) {
            CoPages.refused(e, "taskForm");
        }
    }

    public void startFinding(long finding, int version) {
        findingId = finding;
        findingVersion = version;
        findingFeedback = null;
    }

    public void decideFinding(boolean accept) {
        try {
            participation.decideFinding(findingId, accept, findingFeedback, findingVersion);
            reload();
            Pages.info(Pages.msg(accept ? "co.findingAccepted" : "co.findingRejected"));
        } catch (RuntimeException e) {
            CoPages.refused(e, "findingForm");
        }
    }

    public StreamedContent download(long attachmentId) {
        IdeaAttachment a = ideas.attachment(attachmentId);
        byte[] content = a.getContent();
        return DefaultStreamedContent.builder()
                .name(a.getFileName())
                .contentType(a.getContentType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public String when(Instant t) {
        return Pages.when(t);
    }

    public String ago(Instant t) {
        return CoPages.ago(t);
    }

    public String size(int bytes) {
        return bytes >= 1024 * 1024
                ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : Math.max(1, bytes / 1024) + " KB";
    }

    public String score(Double v) {
        return v == null ? "–" : String.format(java.util.Locale.ROOT, "%.0f", v);
    }

    public String mean(Double v) {
        return v == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    public boolean isReplying(long commentId) {
        return replyTo != null && replyTo == commentId;
    }

    public GateDecision[] getDecisions() {
        return GateDecision.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public void setSubmitted(boolean submitted) {
        this.submitted = submitted;
    }

    public IdeaDetail getIdea() {
        return idea;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public Long getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(Long mergeTarget) {
        this.mergeTarget = mergeTarget;
    }

    public String getMergeRationale() {
        return mergeRationale;
    }

    public void setMergeRationale(String mergeRationale) {
        this.mergeRationale = mergeRationale;
    }

    public String getTaskKind() {
        return taskKind;
    }

    public void setTaskKind(String taskKind) {
        this.taskKind = taskKind;
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public String getTaskInstructions() {
        return taskInstructions;
    }

    public void setTaskInstructions(String taskInstructions) {
        this.taskInstructions = taskInstructions;
    }

    public LocalDate getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(LocalDate taskDue) {
        this.taskDue = taskDue;
    }

    public Long getTaskShortlist() {
        return taskShortlist;
    }

    public void setTaskShortlist(Long taskShortlist) {
        this.taskShortlist = taskShortlist;
    }

    public String getTaskStakeholders() {
        return taskStakeholders;
    }

    public void setTaskStakeholders(String taskStakeholders) {
        this.taskStakeholders = taskStakeholders;
    }

    public String getFindingFeedback() {
        return findingFeedback;
    }

    public void setFindingFeedback(String findingFeedback) {
        this.findingFeedback = findingFeedback;
    }
}
