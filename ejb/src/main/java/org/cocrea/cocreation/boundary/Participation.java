package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.cocreation.control.Contribution;
import org.cocrea.cocreation.control.RichText;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.cocreation.entity.ParticipationTask;
import org.cocrea.cocreation.entity.TaskFinding;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.OutcomeKind;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * Customers and other stakeholders taking part in development and validation: the manager invites
 * them (typically an identification shortlist) to co-design or test tasks, they submit findings,
 * accepted findings are credited to them. Every step is an engagement activity or outcome.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class Participation {

    /** A task as an invited stakeholder sees it. */
    public record MyTask(
            long taskId,
            long ideaId,
            String ideaTitle,
            String kind,
            String title,
            String instructions,
            LocalDate dueOn,
            String myFindingStatus,
            String feedback)
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
    SurveyClock clock;

    /**
     * Creates a task in the idea's current stage (one that takes participation) and invites the
     * stakeholders given and the members of the shortlist given. Returns the task id.
     */
    public long createTask(
            long ideaId,
            ParticipationTask.Kind kind,
            String title,
            String instructions,
            LocalDate dueOn,
            List<Long> stakeholderIds,
            Long shortlistId) {
        Idea idea = ideas.load(ideaId);
        if (!idea.getStage().isParticipation()) {
            throw BusinessRuleException.invalid(
                    "ideaId",
                    "The stage " + idea.getStage().getName()
                            + " does not take stakeholder participation; tasks belong to development and validation.");
        }
        if (!idea.getStatus().open()) {
            throw BusinessRuleException.invalid("ideaId", "The idea is closed.");
        }
        String t = title == null ? "" : title.strip();
        if (t.length() < 3 || t.length() > 200) {
            throw BusinessRuleException.invalid("title", "Give the task a title of 3 to 200 characters.");
        }
        String html = RichText.check("instructions", instructions, 10, 10_000);
        if (dueOn != null && dueOn.isBefore(clock.today())) {
            throw BusinessRuleException.invalid("dueOn", "The due date is in the past.");
        }
        Set<Long> invitees = new LinkedHashSet<>(stakeholderIds == null ? List.of() : stakeholderIds);
        if (shortlistId != null) {
            @SuppressWarnings("unchecked")
            List<Number> members = em.createNativeQuery("select m.stakeholder_id from engagement_shortlist_member m"
                            + " join stakeholder s on s.id = m.stakeholder_id where m.shortlist_id = ?1"
                            + " and s.erased_at is null and s.consent_contact order by m.rank")
                    .setParameter(1, shortlistId)
                    .getResultList();
            members.forEach(n -> invitees.add(n.longValue()));
        }
        if (invitees.isEmpty()) {
            throw BusinessRuleException.invalid(
                    "stakeholderIds", "Invite at least one stakeholder or choose a shortlist.");
        }
        Instant now = Instant.now();
        ParticipationTask task = new ParticipationTask(
                ideaId,
                idea.getStage().getId(),
                kind,
                t,
                html,
                dueOn,
                session.getCallerPrincipal().getName(),
                now);
        em.persist(task);
        em.flush();
        List<Contributions.Notice> notices = new ArrayList<>();
        for (Long s : invitees) {
            int added = ideas.execute(
                    "insert into task_invitation (task_id, stakeholder_id, invited_at)"
                            + " select ?1, id, ?3 from stakeholder where id = ?2 and erased_at is null on conflict do nothing",
                    task.getId(),
                    s,
                    java.sql.Timestamp.from(now));
            if (added == 0) {
                throw BusinessRuleException.invalid("stakeholderIds", "There is no stakeholder " + s + ".");
            }
            @SuppressWarnings("unchecked")
            List<String> user = em.createNativeQuery(
                            "select username from stakeholder where id = ?1 and username is not null")
                    .setParameter(1, s)
                    .getResultList();
            if (!user.isEmpty() && participants.find(user.get(0)) != null) {
                notices.add(new Contributions.Notice(
                        user.get(0),
                        "TASK",
                        ideaId,
                        "You are invited to "
                                + (kind == ParticipationTask.Kind.TEST ? "test" : "help design") + " “"
                                + idea.getTitle()
                                + "”: " + t + (dueOn == null ? "." : " (by " + dueOn + ").")));
            }
        }
        contributions.notify(notices);
        audit.record("task.create", "idea", Long.toString(ideaId), t + " (" + invitees.size() + " invited)");
        return task.getId();
    }

    /** The caller's tasks (a customer or employee linked to a stakeholder record). */
    @RolesAllowed({Roles.CUSTOMER, Roles.EMPLOYEE})
    public List<MyTask> mine() {
        Long stakeholder = participants.caller().getStakeholderId();
        if (stakeholder == null) {
            return List.of();
        }
        List<MyTask> out = new ArrayList<>();
        for (Object o : em.createNativeQuery(
                        "select t.id, t.idea_id, i.title, t.kind, t.title, t.instructions, t.due_on,"
                                + " f.status, f.feedback from task_invitation v join participation_task t on t.id = v.task_id"
                                + " join idea i on i.id = t.idea_id left join task_finding f on f.task_id = t.id"
                                + " and f.stakeholder_id = v.stakeholder_id where v.stakeholder_id = ?1 order by t.created_at desc")
                .setParameter(1, stakeholder)
                .getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new MyTask(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    r[6] == null ? null : ((java.sql.Date) r[6]).toLocalDate(),
                    (String) r[7],
                    (String) r[8]));
        }
        return out;
    }

    /** An invited stakeholder submits a finding (one per task; a second replaces the first while undecided). */
    @RolesAllowed({Roles.CUSTOMER, Roles.EMPLOYEE})
    public long submitFinding(long taskId, String html) {
        var me = participants.caller();
        Long stakeholder = me.getStakeholderId();
        if (stakeholder == null
                || !ideas.exists(
                        "select count(*) from task_invitation where task_id = ?1 and stakeholder_id = ?2",
                        taskId,
                        stakeholder)) {
            throw new EJBAccessException("You are not invited to this task.");
        }
        ParticipationTask task = em.find(ParticipationTask.class, taskId);
        String body = RichText.check("body", html, 10, 10_000);
        List<TaskFinding> existing = em.createQuery(
                        "select f from TaskFinding f where f.taskId = :t and f.stakeholderId = :s", TaskFinding.class)
                .setParameter("t", taskId)
                .setParameter("s", stakeholder)
                .getResultList();
        if (!existing.isEmpty() && existing.get(0).getStatus() != TaskFinding.Status.SUBMITTED) {
            throw BusinessRuleException.invalid("taskId", "Your finding has already been decided.");
        }
        if (!existing.isEmpty()) {
            em.remove(existing.get(0));
            em.flush();
        }
        Instant now = Instant.now();
        TaskFinding f = new TaskFinding(taskId, stakeholder, body, RichText.text(body), now);
        em.persist(f);
        em.flush();
        contributions.activity(stakeholder, ActivityType.TEST_PARTICIPATION, now, "task:" + taskId, task.getTitle());
        contributions.outcome(stakeholder, OutcomeKind.TEST_FINDING_REPORTED, now, "finding:" + f.getId());
        contributions.award(me.getUsername(), Contribution.FINDING_SUBMITTED, "task:" + taskId);
        contributions.notify(List.of(new Contributions.Notice(
                ideas.load(task.getIdeaId()).getCampaign().getOwner(),
                "FINDING",
                task.getIdeaId(),
                me.getDisplayName() + " submitted a finding to “" + task.getTitle() + "”.")));
        return f.getId();
    }

    /** Accepts (credits) or rejects a finding, with feedback to its author. */
    public void decideFinding(long findingId, boolean accept, String feedback, int version) {
        TaskFinding f = em.find(TaskFinding.class, findingId);
        if (f == null) {
            throw BusinessRuleException.invalid("findingId", "There is no such finding.");
        }
        if (f.getVersion() != version) {
            throw BusinessRuleException.conflict("version", "This finding was decided by someone else meanwhile.");
        }
        if (f.getStatus() != TaskFinding.Status.SUBMITTED) {
            throw BusinessRuleException.invalid("findingId", "This finding has already been decided.");
        }
        String note = feedback == null ? "" : feedback.strip();
        if (note.length() < 5 || note.length() > 2000) {
            throw BusinessRuleException.invalid("feedback", "Give the contributor feedback of 5 to 2,000 characters.");
        }
        Instant now = Instant.now();
        f.decide(accept, note, session.getCallerPrincipal().getName(), now);
        ParticipationTask task = em.find(ParticipationTask.class, f.getTaskId());
        @SuppressWarnings("unchecked")
        List<String> user = em.createNativeQuery(
                        "select username from stakeholder where id = ?1 and username is not null")
                .setParameter(1, f.getStakeholderId())
                .getResultList();
        if (accept) {
            contributions.outcome(f.getStakeholderId(), OutcomeKind.TEST_FINDING_ACCEPTED, now, "finding:" + findingId);
            if (!user.isEmpty()) {
                contributions.award(user.get(0), Contribution.FINDING_ACCEPTED, "finding:" + findingId);
            }
        }
        if (!user.isEmpty()) {
            contributions.notify(List.of(new Contributions.Notice(
                    user.get(0),
                    "FINDING_DECIDED",
                    task.getIdeaId(),
                    "Your finding on “" + task.getTitle() + "” was " + (accept ? "accepted" : "not taken up") + ": "
                            + note)));
        }
        audit.record("finding." + (accept ? "accept" : "reject"), "task", Long.toString(task.getId()), note);
    }

    /** The tasks of an idea with their findings, for the idea page. */
    @PermitAll
    public List<IdeaDetail.Task> tasksOf(Idea idea, boolean withFindings) {
        List<IdeaDetail.Task> out = new ArrayList<>();
        for (ParticipationTask t : em.createQuery(
                        "select t from ParticipationTask t where t.ideaId = :i order by t.createdAt",
                        ParticipationTask.class)
                .setParameter("i", idea.getId())
                .getResultList()) {
            long invited = ((Number) em.createNativeQuery("select count(*) from task_invitation where task_id = ?1")
                            .setParameter(1, t.getId())
                            .getSingleResult())
                    .longValue();
            List<IdeaDetail.Finding> findings = new ArrayList<>();
            if (withFindings) {
                for (Object o : em.createNativeQuery(
                                "select f.id, f.stakeholder_id, s.display_name, f.body_html,"
                                        + " f.submitted_at, f.status, f.feedback, f.version from task_finding f"
                                        + " join stakeholder s on s.id = f.stakeholder_id where f.task_id = ?1 order by f.submitted_at")
                        .setParameter(1, t.getId())
                        .getResultList()) {
                    Object[] r = (Object[]) o;
                    findings.add(new IdeaDetail.Finding(
                            ((Number) r[0]).longValue(),
                            ((Number) r[1]).longValue(),
                            (String) r[2],
                            (String) r[3],
                            toInstant(r[4]),
                            (String) r[5],
                            (String) r[6],
                            ((Number) r[7]).intValue()));
                }
            }
            String stageName = idea.getCampaign().getStages().stream()
                    .filter(s -> s.getId() == t.getStageId())
                    .map(s -> s.getName())
                    .findFirst()
                    .orElse("");
            out.add(new IdeaDetail.Task(
                    t.getId(),
                    t.getKind().name(),
                    t.getTitle(),
                    t.getInstructions(),
                    t.getDueOn(),
                    stageName,
                    (int) invited,
                    findings));
        }
        return out;
    }

    static Instant toInstant(Object o) {
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) o;
    }
}
