package org.cocrea.cocreation.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the idea page shows, with what the caller may do. */
public record IdeaDetail(
        IdeaCard card,
        String descriptionHtml,
        boolean anonymous,
        List<String> coAuthors,
        List<Attachment> attachments,
        List<Comment> comments,
        List<Step> history,
        List<Gate> gates,
        List<Task> tasks,
        Long mergedIntoId,
        boolean voted,
        boolean following,
        boolean mine,
        boolean canEdit,
        boolean canManage,
        boolean hidden)
        implements Serializable {

    /** A file attached to the idea. */
    public record Attachment(long id, String fileName, String contentType, int sizeBytes) implements Serializable {}

    /** A comment; {@code depth} is its level in the thread (0 for a top-level comment). */
    public record Comment(
            long id,
            Long parentId,
            int depth,
            String author,
            String authorName,
            String bodyHtml,
            Instant createdAt,
            Instant editedAt,
            boolean hidden,
            boolean mine,
            int version)
            implements Serializable {}

    /** One step of the history: a submission, a gate opened or decided, a merge. */
    public record Step(
            String decision,
            String fromStage,
            String toStage,
            String toStatus,
            String rationale,
            Double score,
            String decidedBy,
            Instant decidedAt)
            implements Serializable {}

    /** A gate's evaluation: who scored what. */
    public record Gate(
            long stageId,
            String stageName,
            List<Evaluation> evaluations,
            Double total,
            Double spread,
            Map<String, Double> criterionMeans)
            implements Serializable {}

    /** One evaluator's sheet. */
    public record Evaluation(
            long assignmentId, String evaluator, Instant completedAt, Map<String, Integer> scores, String comment)
            implements Serializable {}

    /** A co-design or test task, with its findings. */
    public record Task(
            long id,
            String kind,
            String title,
            String instructions,
            LocalDate dueOn,
            String stageName,
            int invited,
            List<Finding> findings)
            implements Serializable {}

    /** A finding submitted to a task. */
    public record Finding(
            long id,
            long stakeholderId,
            String stakeholderName,
            String bodyHtml,
            Instant submittedAt,
            String status,
            String feedback,
            int version)
            implements Serializable {}
}
