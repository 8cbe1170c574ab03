package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.cocreation.control.Contribution;
import org.cocrea.cocreation.control.Criterion;
import org.cocrea.cocreation.control.GateDecision;
import org.cocrea.cocreation.control.IdeaStatus;
import org.cocrea.cocreation.control.Pipeline;
import org.cocrea.cocreation.control.Scorecard;
import org.cocrea.cocreation.control.StageDefinition;
import org.cocrea.cocreation.control.SupportRule;
import org.cocrea.cocreation.control.TransitionRules;
import org.cocrea.cocreation.entity.Campaign;
import org.cocrea.cocreation.entity.CampaignCriterion;
import org.cocrea.cocreation.entity.CampaignStage;
import org.cocrea.cocreation.entity.GateAssignment;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.cocreation.entity.IdeaTransition;
import org.cocrea.cocreation.entity.Participant;
import org.cocrea.engagement.control.OutcomeKind;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * The stage-gate pipeline: opening a gate for review, evaluators scoring with the campaign's
 * scorecard, the manager's decision (go, kill, hold, recycle) with its rationale, the kanban board,
 * and the evaluator's queue. Every decision reaches the idea's authors and followers, and is
 * audited.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class Gates {

    /** One column of the kanban board. */
    public record Column(long stageId, String name, String phase, Integer maxDays, long count, List<IdeaCard> ideas)
            implements Serializable {}

    /** The board of a campaign: its stages, and how many ideas left the pipeline each way. */
    public record Board(CampaignView campaign, List<Column> columns, long launched, long killed)
            implements Serializable {}

    /** What the gate dialog shows before a decision. */
    public record GateDialog(IdeaCard idea, String fromStage, String toStage, IdeaDetail.Gate evaluation)
            implements Serializable {}

    /** An evaluator's open task. */
    public record QueueItem(
            long assignmentId,
            IdeaCard idea,
            String stageName,
            Instant assignedAt,
            List<CampaignView.CriterionView> criteria)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Ideas ideas;

    @Inject
    Campaigns campaigns;

    @Inject
    Participants participants;

    @Inject
    Contributions contributions;

    @Inject
    AuditTrail audit;

    /** Opens the gate of the idea's current stage: evaluators are assigned and told. */
    public IdeaDetail openReview(long ideaId, int version) {
        Idea idea = ideas.load(ideaId);
        checkVersion(idea, version);
        if (idea.getStatus() != IdeaStatus.ACTIVE && idea.getStatus() != IdeaStatus.ON_HOLD) {
            throw BusinessRuleException.invalid(
                    "status",
                    "Only an active or held idea can go to its gate; this one is " + label(idea.getStatus()) + ".");
        }
        review(idea, session.getCallerPrincipal().getName(), "Sent to the gate by the innovation office.");
        flush();
        return ideas.find(ideaId);
    }

    /**
     * Called when a vote arrives: an active idea in its first stage with enough votes inside the
     * campaign's support window goes to review.
     */
    @PermitAll
    public boolean supportReached(long ideaId, int votes) {
        // refresh under a row lock: the idea may have been moved by a vote that committed meanwhile
        // (a lock on the managed entity would compare versions and refuse the vote as stale)
        Idea idea = em.find(Idea.class, ideaId);
        em.refresh(idea, LockModeType.PESSIMISTIC_WRITE);
        Campaign c = idea.getCampaign();
        if (idea.getStatus() != IdeaStatus.ACTIVE
                || idea.getStage().getPosition() != 1
                || votes < c.getSupportThreshold()) {
            return false;
        }
        long inWindow = ((Number) em.createNativeQuery(
                                "select count(*) from idea_vote where idea_id = ?1" + " and voted_at <= ?2")
                        .setParameter(1, ideaId)
                        .setParameter(
                                2,
                                java.sql.Timestamp.from(
                                        idea.getSubmittedAt().plus(java.time.Duration.ofDays(c.getSupportDays()))))
                        .getSingleResult())
                .longValue();
        if (!TransitionRules.opensGate(
                0, IdeaStatus.ACTIVE, (int) inWindow, new SupportRule(c.getSupportThreshold(), c.getSupportDays()))) {
            return false;
        }
        review(
                idea,
                "system",
                inWindow + " people supported the idea within " + c.getSupportDays()
                        + " days of its submission (the campaign asks for " + c.getSupportThreshold() + ").");
        return true;
    }

    private void review(Idea idea, String by, String why) {
        Instant now = Instant.now();
        IdeaStatus before = idea.getStatus();
        idea.move(idea.getStage(), IdeaStatus.IN_REVIEW, now);
        em.persist(new IdeaTransition(
                idea.getId(),
                idea.getCampaignId(),
                idea.getStage().getId(),
                idea.getStage().getId(),
                before.name(),
                IdeaStatus.IN_REVIEW.name(),
                IdeaTransition.Kind.REVIEW,
                why,
                null,
                by,
                now));
        List<Contributions.Notice> notices = new ArrayList<>();
        for (String evaluator : idea.getCampaign().getEvaluators()) {
            int added = ideas.execute(
                    "insert into gate_assignment (id, idea_id, stage_id, evaluator, assigned_at)"
                            + " values (nextval('cocreation_seq'), ?1, ?2, ?3, ?4) on conflict do nothing",
                    idea.getId(),
                    idea.getStage().getId(),
                    evaluator,
                    java.sql.Timestamp.from(now));
            if (added > 0) {
                notices.add(new Contributions.Notice(
                        evaluator,
                        "EVALUATE",
                        idea.getId(),
                        "Please evaluate “" + idea.getTitle() + "” at the gate of "
                                + idea.getStage().getName() + "."));
            }
        }
        tell(
                idea,
                "REVIEW",
                "Your idea “" + idea.getTitle() + "” is now being evaluated at the gate of "
                        + idea.getStage().getName() + ". " + why,
                notices);
        contributions.notify(notices);
        audit.record(
                "idea.review", "idea", idea.getId().toString(), idea.getStage().getCode() + ": " + why);
    }

    /** An evaluator fills in the scorecard for an idea at its gate. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EMPLOYEE})
    public void evaluate(long assignmentId, Map<Long, Integer> scores, String comment) {
        GateAssignment a = em.find(GateAssignment.class, assignmentId);
        String me = session.getCallerPrincipal().getName();
        if (a == null) {
            throw BusinessRuleException.invalid("assignmentId", "There is no such evaluation.");
        }
        if (!a.getEvaluator().equals(me) && !session.isCallerInRole(Roles.ADMIN)) {
            throw new EJBAccessException("This evaluation is assigned to someone else.");
        }
        Idea idea = ideas.load(a.getIdeaId());
        if (idea.getStage().getId() != a.getStageId() || idea.getStatus() != IdeaStatus.IN_REVIEW) {
            throw BusinessRuleException.invalid(
                    "assignmentId", "This gate has been decided; the evaluation is closed.");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 2000) {
            throw BusinessRuleException.invalid("comment", "At most 2,000 characters.");
        }
        Scorecard card = scorecard(idea.getCampaign());
        card.checkSheet(scores);
        a.complete(scores, note, Instant.now());
        em.flush();
        IdeaDetail.Gate gate = gate(idea, idea.getStage());
        idea.scored(gate.total(), Instant.now());
        if (gate.evaluations().stream().allMatch(e -> e.completedAt() != null)) {
            List<Contributions.Notice> notices = new ArrayList<>();
            notices.add(new Contributions.Notice(
                    idea.getCampaign().getOwner(),
                    "GATE_READY",
                    idea.getId(),
                    "All evaluators have scored “" + idea.getTitle() + "” ("
                            + Math.round(gate.total() == null ? 0 : gate.total())
                            + "/100). It is ready for your decision."));
            contributions.notify(notices);
        }
        audit.record("idea.evaluate", "idea", idea.getId().toString(), "assignment " + assignmentId);
    }

    /**
     * The manager's decision at the idea's gate, with its rationale. Sent to the authors and
     * followers; a stale version is refused as changed by someone else.
     */
    public IdeaDetail decide(long ideaId, GateDecision decision, String rationale, int version) {
        Idea idea = ideas.load(ideaId);
        checkVersion(idea, version);
        List<CampaignStage> stages = idea.getCampaign().getStages();
        Pipeline.Outcome outcome = pipeline(idea.getCampaign())
                .decide(idea.getStage().getPosition() - 1, idea.getStatus(), decision, rationale);
        CampaignStage from = idea.getStage();
        CampaignStage to = stages.get(outcome.position());
        IdeaStatus before = idea.getStatus();
        Instant now = Instant.now();
        IdeaDetail.Gate gate = gate(idea, from);
        idea.move(to, outcome.status(), now);
        String why = outcome.rationale();
        em.persist(new IdeaTransition(
                ideaId,
                idea.getCampaignId(),
                from.getId(),
                to.getId(),
                before.name(),
                outcome.status().name(),
                IdeaTransition.Kind.valueOf(decision.name()),
                why,
                gate.total(),
                session.getCallerPrincipal().getName(),
                now));
        flush();
        List<Contributions.Notice> notices = new ArrayList<>();
        String message = switch (decision) {
            case GO ->
                outcome.status() == IdeaStatus.LAUNCHED
                        ? "Your idea “" + idea.getTitle() + "” has been launched. "
                        : "Your idea “" + idea.getTitle() + "” passed the gate of " + from.getName() + " and moves to "
                                + to.getName() + ". ";
            case KILL -> "Your idea “" + idea.getTitle() + "” was stopped at the gate of " + from.getName() + ". ";
            case HOLD -> "Your idea “" + idea.getTitle() + "” is on hold at the gate of " + from.getName() + ". ";
            case RECYCLE -> "Your idea “" + idea.getTitle() + "” goes back to " + to.getName() + " for rework. ";
        };
        tell(idea, "DECISION", message + "Feedback: " + why, notices);
        contributions.notify(notices);
        if (decision == GateDecision.GO) {
            for (String author : ideas.authorsOf(ideaId)) {
                contributions.award(
                        author,
                        outcome.status() == IdeaStatus.LAUNCHED
                                ? Contribution.IDEA_LAUNCHED
                                : Contribution.IDEA_ADVANCED,
                        "idea:" + ideaId + ":" + from.getCode());
                Participant p = participants.find(author);
                if (p != null) {
                    contributions.outcome(
                            p.getStakeholderId(),
                            outcome.status() == IdeaStatus.LAUNCHED
                                    ? OutcomeKind.IDEA_IMPLEMENTED
                                    : OutcomeKind.IDEA_ACCEPTED,
                            now,
                            "idea:" + ideaId);
                }
            }
        }
        audit.record(
                "idea.decide",
                "idea",
                Long.toString(ideaId),
                decision + " at " + from.getCode() + " → " + to.getCode() + " (" + outcome.status() + "): " + why);
        return ideas.find(ideaId);
    }

    /** A kanban drag: only one stage forward is allowed; returns what the gate dialog shows. */
    public GateDialog move(long ideaId, long toStageId) {
        Idea idea = ideas.load(ideaId);
        CampaignStage to = em.find(CampaignStage.class, toStageId);
        if (to == null || !to.getCampaign().getId().equals(idea.getCampaignId())) {
            throw BusinessRuleException.invalid("toStageId", "That stage is not in this idea's campaign.");
        }
        if (!idea.getStatus().open()) {
            throw BusinessRuleException.invalid(
                    "status", "The idea is " + label(idea.getStatus()) + " and cannot move.");
        }
        pipeline(idea.getCampaign()).checkMove(idea.getStage().getPosition() - 1, to.getPosition() - 1);
        return new GateDialog(
                ideas.card(idea, null, session.getCallerPrincipal().getName()),
                idea.getStage().getName(),
                to.getName(),
                gate(idea, idea.getStage()));
    }

    /** The kanban board of a campaign: open ideas per stage, most supported first. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE})
    public Board board(long campaignId, int perColumn) {
        Campaign c = campaigns.load(campaignId);
        List<Column> columns = new ArrayList<>();
        for (CampaignStage s : c.getStages()) {
            // the board's own count of the stage's open ideas is the column's count
            org.cocrea.engagement.boundary.Page<IdeaCard> page =
                    ideas.board(new BoardQuery(campaignId, null, "open", s.getId(), null, null, "votes", 0, perColumn));
            columns.add(
                    new Column(s.getId(), s.getName(), s.getPhase().name(), s.getMaxDays(), page.total(), page.rows()));
        }
        long launched = count(campaignId, IdeaStatus.LAUNCHED);
        long killed = count(campaignId, IdeaStatus.KILLED);
        return new Board(campaigns.view(c), columns, launched, killed);
    }

    /** The caller's open evaluations, oldest first. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EMPLOYEE})
    public List<QueueItem> queue() {
        String me = session.getCallerPrincipal().getName();
        List<QueueItem> out = new ArrayList<>();
        for (GateAssignment a : em.createQuery(
                        "select a from GateAssignment a where a.evaluator = :me"
                                + " and a.completedAt is null order by a.assignedAt, a.id",
                        GateAssignment.class)
                .setParameter("me", me)
                .getResultList()) {
            Idea idea = em.find(Idea.class, a.getIdeaId());
            if (idea.getStatus() != IdeaStatus.IN_REVIEW || idea.getStage().getId() != a.getStageId()) {
                continue;
            }
            CampaignView view = campaigns.view(idea.getCampaign());
            out.add(new QueueItem(
                    a.getId(),
                    ideas.card(idea, null, me),
                    idea.getStage().getName(),
                    a.getAssignedAt(),
                    view.criteria()));
        }
        return out;
    }

    /** The evaluations of every gate the idea has been at. */
    @PermitAll
    public List<IdeaDetail.Gate> gatesOf(Idea idea) {
        Set<Long> stageIds = new LinkedHashSet<>();
        for (GateAssignment a : em.createNamedQuery(GateAssignment.OF_IDEA, GateAssignment.class)
                .setParameter("idea", idea.getId())
                .getResultList()) {
            stageIds.add(a.getStageId());
        }
        List<IdeaDetail.Gate> out = new ArrayList<>();
        for (Long stageId : stageIds) {
            out.add(gate(idea, em.find(CampaignStage.class, stageId)));
        }
        return out;
    }

    private IdeaDetail.Gate gate(Idea idea, CampaignStage stage) {
        Campaign c = idea.getCampaign();
        Map<Long, String> criterionNames = new LinkedHashMap<>();
        for (CampaignCriterion k : c.getCriteria()) {
            criterionNames.put(k.getId(), k.getName());
        }
        List<GateAssignment> sheets = em.createNamedQuery(GateAssignment.OF_GATE, GateAssignment.class)
                .setParameter("idea", idea.getId())
                .setParameter("stage", stage.getId())
                .getResultList();
        Map<String, Map<Long, Integer>> completed = new LinkedHashMap<>();
        List<IdeaDetail.Evaluation> evaluations = new ArrayList<>();
        for (GateAssignment a : sheets) {
            Map<String, Integer> named = new LinkedHashMap<>();
            a.getScores().forEach((k, v) -> named.put(criterionNames.getOrDefault(k, "#" + k), v));
            evaluations.add(
                    new IdeaDetail.Evaluation(a.getId(), a.getEvaluator(), a.getCompletedAt(), named, a.getComment()));
            if (a.getCompletedAt() != null) {
                completed.put(a.getEvaluator(), a.getScores());
            }
        }
        Scorecard.Evaluation r = scorecard(c).evaluate(completed);
        Map<String, Double> means = new LinkedHashMap<>();
        r.criterionMeans().forEach((k, v) -> means.put(criterionNames.getOrDefault(k, "#" + k), v));
        return new IdeaDetail.Gate(stage.getId(), stage.getName(), evaluations, r.total(), r.spread(), means);
    }

    static Scorecard scorecard(Campaign c) {
        return new Scorecard(c.getCriteria().stream()
                .map(k -> new Criterion(k.getId(), k.getName(), k.getWeight()))
                .toList());
    }

    static Pipeline pipeline(Campaign c) {
        return new Pipeline(c.getStages().stream()
                .map(s -> new StageDefinition(
                        s.getCode(), s.getName(), s.getPhase(), s.getMaxDays(), s.isParticipation()))
                .toList());
    }

    /** Tells the idea's authors and followers; the submitter of an anonymous idea is told like everyone else. */
    private void tell(Idea idea, String kind, String message, List<Contributions.Notice> into) {
        Set<String> people = new LinkedHashSet<>(ideas.authorsOf(idea.getId()));
        people.addAll(ideas.followersOf(idea.getId()));
        for (String p : people) {
            into.add(new Contributions.Notice(p, kind, idea.getId(), message));
        }
    }

    private long count(long campaignId, IdeaStatus status) {
        return em.createQuery("select count(i) from Idea i where i.campaignId = :c and i.status = :s", Long.class)
                .setParameter("c", campaignId)
                .setParameter("s", status)
                .getSingleResult();
    }

    private void checkVersion(Idea idea, int version) {
        if (idea.getVersion() != version) {
            throw BusinessRuleException.conflict(
                    "version",
                    "This idea was changed by someone else meanwhile (now " + label(idea.getStatus()) + " in "
                            + idea.getStage().getName() + "). Reload it and decide again.");
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessRuleException.conflict(
                    "version", "This idea was changed by someone else meanwhile. Reload it and decide again.");
        }
    }

    private static String label(IdeaStatus s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
