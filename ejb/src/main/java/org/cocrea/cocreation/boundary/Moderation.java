package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.cocreation.control.RichText;
import org.cocrea.cocreation.entity.ContentReport;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.cocreation.entity.IdeaComment;
import org.cocrea.cocreation.entity.Participant;
import org.cocrea.engagement.boundary.StakeholderProfiles;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * The moderation queue. Confirming a report hides the content and records a co-destruction
 * incident against its author (when the author is a stakeholder), which raises their risk score;
 * dismissing it leaves everything as it was. Both are audited and the reporter is told.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class Moderation {

    /** A report in the queue, with the content it is about. */
    public record Item(
            long reportId,
            String targetKind,
            long targetId,
            long ideaId,
            String ideaTitle,
            String author,
            String authorName,
            String content,
            String reporter,
            String reason,
            Instant reportedAt,
            long reportsOnTarget,
            int version)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Ideas ideas;

    @Inject
    Participants participants;

    @Inject
    Contributions contributions;

    @Inject
    AuditTrail audit;

    @Inject
    StakeholderProfiles profiles;

    @Inject
    SurveyClock clock;

    /** Open reports, oldest first. */
    public List<Item> queue() {
        List<Item> out = new ArrayList<>();
        for (ContentReport r :
                em.createNamedQuery(ContentReport.OPEN, ContentReport.class).getResultList()) {
            Idea idea = em.find(Idea.class, r.getIdeaId());
            String content;
            if (r.getTargetKind() == ContentReport.Target.IDEA) {
                content = idea.getTitle() + " — " + idea.getDescriptionText();
            } else {
                IdeaComment c = em.find(IdeaComment.class, r.getTargetId());
                content = c == null ? "" : c.getBodyText();
            }
            Participant author = participants.find(r.getAuthor());
            long reports = ((Number) em.createNativeQuery("select count(*) from content_report where target_kind = ?1"
                                    + " and target_id = ?2")
                            .setParameter(1, r.getTargetKind().name())
                            .setParameter(2, r.getTargetId())
                            .getSingleResult())
                    .longValue();
            out.add(new Item(
                    r.getId(),
                    r.getTargetKind().name(),
                    r.getTargetId(),
                    r.getIdeaId(),
                    idea.getTitle(),
                    r.getAuthor(),
                    author == null ? r.getAuthor() : author.getDisplayName(),
                    content.length() > 600 ? content.substring(0, 599) + "…" : content,
                    r.getReporter(),
                    r.getReason(),
                    r.getReportedAt(),
                    reports,
                    r.getVersion()));
        }
        return out;
    }

    /** Confirms or dismisses a report; other open reports on the same content are decided with it. */
    public void decide(long reportId, boolean confirm, String note, int version) {
        ContentReport r = em.find(ContentReport.class, reportId);
        if (r == null) {
            throw BusinessRuleException.invalid("reportId", "There is no such report.");
        }
        if (r.getVersion() != version || r.getStatus() != ContentReport.Status.OPEN) {
            throw BusinessRuleException.conflict("version", "Another moderator has decided this report meanwhile.");
        }
        String why = note == null ? "" : RichText.text(note).strip();
        if (why.length() > 1000) {
            throw BusinessRuleException.invalid("note", "At most 1,000 characters.");
        }
        Instant now = Instant.now();
        String by = session.getCallerPrincipal().getName();
        Long incidentId = null;
        if (confirm) {
            String excerpt;
            if (r.getTargetKind() == ContentReport.Target.IDEA) {
                Idea idea = em.find(Idea.class, r.getIdeaId());
                idea.hide(now);
                excerpt = idea.getTitle();
            } else {
                IdeaComment c = em.find(IdeaComment.class, r.getTargetId());
                c.hide(now);
                excerpt = c.getBodyText();
                em.flush();
                ideas.recount(r.getIdeaId());
            }
            Participant author = participants.find(r.getAuthor());
            if (author != null && author.getStakeholderId() != null) {
                String description = "Abusive " + r.getTargetKind().name().toLowerCase(java.util.Locale.ROOT)
                        + " on idea #" + r.getIdeaId() + ": " + r.getReason()
                        + (why.isEmpty() ? "" : " Moderator: " + why)
                        + " Content: " + (excerpt.length() > 300 ? excerpt.substring(0, 300) : excerpt);
                var incident = profiles.reportIncident(
                        author.getStakeholderId(),
                        "reported_abuse",
                        3,
                        clock.today(),
                        description.length() > 2000 ? description.substring(0, 2000) : description);
                profiles.confirmIncident(incident.id());
                incidentId = incident.id();
            }
            contributions.notify(List.of(new Contributions.Notice(
                    r.getAuthor(),
                    "MODERATED",
                    r.getIdeaId(),
                    "A moderator removed your " + r.getTargetKind().name().toLowerCase(java.util.Locale.ROOT)
                            + " because it broke the community rules" + (why.isEmpty() ? "." : ": " + why))));
        }
        for (ContentReport same : em.createQuery(
                        "select r from ContentReport r where r.targetKind = :k and r.targetId = :t"
                                + " and r.status = :open",
                        ContentReport.class)
                .setParameter("k", r.getTargetKind())
                .setParameter("t", r.getTargetId())
                .setParameter("open", ContentReport.Status.OPEN)
                .getResultList()) {
            same.decide(confirm, why.isEmpty() ? null : why, by, incidentId, now);
            contributions.notify(List.of(new Contributions.Notice(
                    same.getReporter(),
                    "REPORT_DECIDED",
                    same.getIdeaId(),
                    "Thank you for your report. A moderator "
                            + (confirm ? "removed the content." : "found it within the rules."))));
        }
        audit.record(
                "content." + (confirm ? "confirm" : "dismiss"),
                r.getTargetKind().name().toLowerCase(java.util.Locale.ROOT),
                Long.toString(r.getTargetId()),
                r.getReason() + (why.isEmpty() ? "" : " / " + why));
    }
}
