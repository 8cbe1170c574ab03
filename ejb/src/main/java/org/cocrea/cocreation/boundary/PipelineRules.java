package org.cocrea.cocreation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.cocrea.cocreation.control.IdeaStatus;
import org.cocrea.cocreation.control.TransitionRules;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.platform.security.Roles;

/**
 * The pipeline's time rules, on a persistent timer (one instance of a cluster runs it): ideas whose
 * support came in time go to their gate (a safety net for the check made at each vote), and ideas
 * longer in a stage than its limit alert their authors and the campaign owner, once per stage.
 */
@Stateless
@PermitAll
@RunAs(Roles.ADMIN)
public class PipelineRules {

    private static final Logger LOG = Logger.getLogger(PipelineRules.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Gates gates;

    @Inject
    Ideas ideas;

    @Inject
    Contributions contributions;

    @Schedule(minute = "*/10", hour = "*", persistent = true, info = "co-creation pipeline rules")
    void timer() {
        int[] done = apply(Instant.now());
        if (done[0] + done[1] > 0) {
            LOG.info("Pipeline rules: " + done[0] + " idea(s) sent to their gate, " + done[1] + " overdue alert(s)");
        }
    }

    /** Applies both rules as of {@code now}; returns {ideas sent to review, alerts sent}. */
    public int[] apply(Instant now) {
        int reviewed = 0;
        for (Object[] row : em.createQuery(
                        "select i.id, i.voteCount from Idea i where i.status = :active"
                                + " and i.stage.position = 1 and i.hidden = false"
                                + " and i.voteCount >= i.campaign.supportThreshold",
                        Object[].class)
                .setParameter("active", IdeaStatus.ACTIVE)
                .getResultList()) {
            if (gates.supportReached((Long) row[0], (Integer) row[1])) {
                reviewed++;
            }
        }
        int alerts = 0;
        for (Idea idea : em.createQuery(
                        "select i from Idea i where i.status in :open and i.hidden = false"
                                + " and i.stage.maxDays is not null and i.stageAlertedAt is null",
                        Idea.class)
                .setParameter("open", List.of(IdeaStatus.ACTIVE, IdeaStatus.IN_REVIEW))
                .getResultList()) {
            if (!TransitionRules.alertDue(
                    idea.getStatus(),
                    idea.getStage().getMaxDays(),
                    idea.getStageEnteredAt(),
                    idea.getStageAlertedAt(),
                    now)) {
                continue;
            }
            long overdue = TransitionRules.daysOverdue(
                    idea.getStatus(), idea.getStage().getMaxDays(), idea.getStageEnteredAt(), now);
            idea.alerted(now);
            List<Contributions.Notice> notices = new ArrayList<>();
            String message =
                    "“" + idea.getTitle() + "” has been in " + idea.getStage().getName() + " for "
                            + (idea.getStage().getMaxDays() + overdue) + " days; the stage’s limit is "
                            + idea.getStage().getMaxDays() + " days.";
            for (String author : ideas.authorsOf(idea.getId())) {
                notices.add(new Contributions.Notice(author, "OVERDUE", idea.getId(), message));
            }
            notices.add(new Contributions.Notice(
                    idea.getCampaign().getOwner(),
                    "OVERDUE",
                    idea.getId(),
                    message + " Decide at its gate or put it on hold."));
            contributions.notify(notices);
            alerts++;
        }
        return new int[] {reviewed, alerts};
    }
}
