package org.cocrea.climate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.control.SurveyLinks;
import org.cocrea.climate.entity.Instrument;
import org.cocrea.climate.entity.Invitation;
import org.cocrea.climate.entity.Respondent;
import org.cocrea.climate.entity.RoundStatus;
import org.cocrea.climate.entity.RoundUnit;
import org.cocrea.climate.entity.SurveyRound;
import org.cocrea.organisation.entity.Employee;
import org.cocrea.organisation.entity.OrgUnit;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * Survey rounds for HR: plan a round, launch it (invitations go out by mail), follow the response
 * rate per unit, remind, close. Launching freezes the instrument version and records the unit tree
 * as it is that day, so later reorganisations do not change what the results mean.
 */
@Stateless
@RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN})
public class SurveyRounds {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    @EJB
    Instruments instruments;

    @EJB
    SurveyMailings mailings;

    @Inject
    Event<RoundLaunched> launched;

    @Inject
    SurveyClock clock;

    /** Every round, newest first, with participation counts. */
    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN, Roles.EXECUTIVE})
    public List<RoundSummary> list() {
        List<SurveyRound> rounds =
                em.createNamedQuery(SurveyRound.ALL, SurveyRound.class).getResultList();
        Map<Long, Long> invited = counts("select i.round.id, count(i) from Invitation i group by i.round.id");
        Map<Long, Long> answered = counts("select p.roundId, count(p) from Participation p group by p.roundId");
        return rounds.stream()
                .map(r -> summary(r, invited.getOrDefault(r.getId(), 0L), answered.getOrDefault(r.getId(), 0L)))
                .toList();
    }

    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN, Roles.EXECUTIVE})
    public RoundSummary get(long id) {
        SurveyRound r = existing(id);
        return summary(r, count("select count(i) from Invitation i where i.round.id = :id", id), answeredCount(id));
    }

    /** A new round in draft: nothing is sent until it is launched. */
    public RoundSummary create(@NotNull @Valid RoundInput input) {
        Instrument instrument = checked(input);
        SurveyRound r = new SurveyRound(input.name().trim(), instrument, Instant.now(), caller());
        plan(r, input, instrument);
        em.persist(r);
        em.flush();
        audit.record("round.created", "SurveyRound", String.valueOf(r.getId()), r.getName());
        return summary(r, 0, 0);
    }

    /** Changes a draft round; {@code expectedVersion} refuses stale edits. */
    public RoundSummary update(long id, @NotNull @Valid RoundInput input, int expectedVersion) {
        SurveyRound r = existing(id);
        requireVersion(r, expectedVersion);
        requireDraft(r, "changed");
        Instrument instrument = checked(input);
        plan(r, input, instrument);
        em.flush();
        audit.record("round.updated", "SurveyRound", String.valueOf(id), r.getName());
        return summary(r, 0, 0);
    }

    /** Deletes a round that was never launched. */
    public void delete(long id) {
        SurveyRound r = existing(id);
        requireDraft(r, "deleted");
        em.remove(r);
        audit.record("round.deleted", "SurveyRound", String.valueOf(id), r.getName());
    }

    /**
     * Launches a draft: freezes the instrument, records the unit tree, invites every active
     * employee of the chosen units and their sub-units. Mail goes out after the commit, in the
     * background (on the open date if that is later).
     */
    public RoundSummary launch(long id, int expectedVersion) {
        SurveyRound r = existing(id);
        requireVersion(r, expectedVersion);
        requireDraft(r, "launched again");
        LocalDate today = clock.today();
        if (r.getClosesOn().isBefore(today)) {
            throw BusinessRuleException.invalid(
                    "closesOn",
                    "The close date " + r.getClosesOn() + " has passed; choose a later one before launching.");
        }
        Map<Long, OrgUnit> units = new HashMap<>();
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        for (OrgUnit u : em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList()) {
            units.put(u.getId(), u);
            if (u.getParent() != null) {
                children.computeIfAbsent(u.getParent().getId(), k -> new ArrayList<>())
                        .add(u);
            }
        }
        Set<Long> covered = new LinkedHashSet<>();
        Map<Long, Long> parentInRound = new HashMap<>();
        for (Long target : r.getTargetUnitIds()) {
            if (!units.containsKey(target)) {
                throw BusinessRuleException.invalid(
                        "unitIds", "Unit " + target + " no longer exists; choose the units again.");
            }
        }
        for (Long target : r.getTargetUnitIds()) {
            ArrayDeque<Long> todo = new ArrayDeque<>(List.of(target));
            while (!todo.isEmpty()) {
                Long u = todo.poll();
                if (covered.add(u)) {
                    for (OrgUnit c : children.getOrDefault(u, List.of())) {
                        parentInRound.put(c.getId(), u);
                        todo.add(c.getId());
                    }
                }
            }
        }
        List<Employee> people = new ArrayList<>();
        List<Long> ids = new ArrayList<>(covered);
        for (int i = 0; i < ids.size(); i += 1000) {
            people.addAll(em.createQuery(
                            "select e from Employee e where e.active = true and e.unit.id in :ids", Employee.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .getResultList());
        }
        if (people.isEmpty()) {
            throw BusinessRuleException.invalid("unitIds", "Nobody works in the chosen units: add employees first.");
        }
        Map<Long, Integer> invitedPerUnit = new HashMap<>();
        SurveyLinks links = mailings.links();
        for (Employee e : people) {
            long unitId = e.getUnit().getId();
            invitedPerUnit.merge(unitId, 1, Integer::sum);
            String nonce = SurveyLinks.newNonce();
            em.persist(new Invitation(r, e, unitId, nonce, SurveyLinks.hash(links.token(nonce))));
        }
        Set<RoundUnit> snapshot = new LinkedHashSet<>();
        for (Long u : covered) {
            OrgUnit unit = units.get(u);
            snapshot.add(new RoundUnit(
                    u, parentInRound.get(u), unit.getName(), unit.getKind().name(), invitedPerUnit.getOrDefault(u, 0)));
        }
        r.launch(today, snapshot);
        instruments.freeze(r.getInstrument().getId());
        em.flush();
        audit.record(
                "round.launched",
                "SurveyRound",
                String.valueOf(id),
                r.getName() + ": " + people.size() + " invited in " + covered.size() + " units");
        launched.fire(new RoundLaunched(id));
        return summary(r, people.size(), 0);
    }

    /** Stops accepting answers now. */
    public RoundSummary close(long id, int expectedVersion) {
        SurveyRound r = existing(id);
        requireVersion(r, expectedVersion);
        if (r.getStatus() != RoundStatus.OPEN) {
            throw BusinessRuleException.conflict(
                    "status",
                    "Only an open round can be closed; this one is "
                            + r.getStatus().name().toLowerCase() + ".");
        }
        r.close(clock.today());
        em.flush();
        audit.record("round.closed", "SurveyRound", String.valueOf(id), r.getName());
        return get(id);
    }

    /** Sends a reminder now to everyone invited who has not answered; returns how many were sent. */
    public int remindNow(long id) {
        SurveyRound r = existing(id);
        if (!r.acceptsAnswersOn(clock.today())) {
            throw BusinessRuleException.conflict("status", "Reminders can only be sent while the round is open.");
        }
        int sent = mailings.remind(id, true);
        audit.record("round.reminded", "SurveyRound", String.valueOf(id), sent + " reminders");
        return sent;
    }

    /** Invited and answered people per unit, each unit counting its sub-units, in tree order. */
    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN})
    public List<UnitResponseRate> responseRates(long id) {
        SurveyRound r = existing(id);
        Map<Long, Long> answeredOwn = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select i.unitId, count(i) from Invitation i where i.round.id = :id and exists"
                                + " (select 1 from Participation p where p.roundId = i.round.id"
                                + " and p.employeeId = i.employee.id) group by i.unitId",
                        Object[].class)
                .setParameter("id", id)
                .getResultList()) {
            answeredOwn.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, List<RoundUnit>> kids = new HashMap<>();
        List<RoundUnit> roots = new ArrayList<>();
        for (RoundUnit u : r.getUnits()) {
            if (u.getParentId() == null) {
                roots.add(u);
            } else {
                kids.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<UnitResponseRate> out = new ArrayList<>();
        roots.sort(java.util.Comparator.comparing(RoundUnit::getName));
        for (RoundUnit root : roots) {
            rates(root, 0, kids, answeredOwn, out);
        }
        return out;
    }

    private long[] rates(
            RoundUnit u,
            int depth,
            Map<Long, List<RoundUnit>> kids,
            Map<Long, Long> answeredOwn,
            List<UnitResponseRate> out) {
        int at = out.size();
        out.add(null);
        long invited = u.getInvited();
        long answered = answeredOwn.getOrDefault(u.getUnitId(), 0L);
        List<RoundUnit> children = new ArrayList<>(kids.getOrDefault(u.getUnitId(), List.of()));
        children.sort(java.util.Comparator.comparing(RoundUnit::getName));
        for (RoundUnit c : children) {
            long[] sub = rates(c, depth + 1, kids, answeredOwn, out);
            invited += sub[0];
            answered += sub[1];
        }
        out.set(at, new UnitResponseRate(u.getUnitId(), u.getParentId(), u.getName(), depth, invited, answered));
        return new long[] {invited, answered};
    }

    private Instrument checked(RoundInput input) {
        if (input.closesOn().isBefore(input.opensOn())) {
            throw BusinessRuleException.invalid("closesOn", "The round must close on or after the day it opens.");
        }
        if (input.commentThreshold() < input.threshold()) {
            throw BusinessRuleException.invalid(
                    "commentThreshold",
                    "Comments need at least as many answers as results (" + input.threshold() + ").");
        }
        Instrument instrument = em.find(Instrument.class, input.instrumentId());
        if (instrument == null) {
            throw BusinessRuleException.invalid("instrumentId", "There is no instrument " + input.instrumentId() + ".");
        }
        if (instrument.getRespondent() != Respondent.EMPLOYEE) {
            throw BusinessRuleException.invalid(
                    "instrumentId",
                    "This instrument is answered by customers; an employee round needs an employee instrument.");
        }
        Set<Long> seen = new HashSet<>();
        for (Long unitId : input.unitIds()) {
            if (unitId == null || em.find(OrgUnit.class, unitId) == null) {
                throw BusinessRuleException.invalid("unitIds", "There is no unit " + unitId + ".");
            }
            if (!seen.add(unitId)) {
                throw BusinessRuleException.invalid("unitIds", "Unit " + unitId + " is chosen twice.");
            }
        }
        return instrument;
    }

    private static void plan(SurveyRound r, RoundInput input, Instrument instrument) {
        r.plan(
                input.name().trim(),
                instrument,
                input.opensOn(),
                input.closesOn(),
                input.reminderDays(),
                input.maxReminders(),
                input.threshold(),
                input.commentThreshold(),
                new LinkedHashSet<>(input.unitIds()));
    }

    private static void requireVersion(SurveyRound r, int expectedVersion) {
        if (r.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The round was changed by someone else. Reload it and try again.");
        }
    }

    private static void requireDraft(SurveyRound r, String what) {
        if (r.getStatus() != RoundStatus.DRAFT) {
            throw BusinessRuleException.conflict("status", "The round has been launched and cannot be " + what + ".");
        }
    }

    SurveyRound existing(long id) {
        SurveyRound r = em.find(SurveyRound.class, id);
        if (r == null) {
            throw BusinessRuleException.invalid("id", "There is no survey round " + id + ".");
        }
        return r;
    }

    private long answeredCount(long id) {
        return count("select count(p) from Participation p where p.roundId = :id", id);
    }

    private long count(String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }

    private Map<Long, Long> counts(String jpql) {
        Map<Long, Long> m = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            m.put((Long) row[0], (Long) row[1]);
        }
        return m;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    static RoundSummary summary(SurveyRound r, long invited, long answered) {
        Instrument i = r.getInstrument();
        return new RoundSummary(
                r.getId(),
                r.getName(),
                i.getId(),
                i.getName().en(),
                i.getVersion(),
                r.getStatus(),
                r.getOpensOn(),
                r.getClosesOn(),
                r.getReminderDays(),
                r.getMaxReminders(),
                r.getThreshold(),
                r.getCommentThreshold(),
                List.copyOf(r.getTargetUnitIds()),
                invited,
                answered,
                r.getVersion());
    }
}
