package org.cocrea.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.engagement.boundary.ActivityLog;
import org.cocrea.engagement.boundary.EngagementScoring;
import org.cocrea.engagement.control.EngagementSettings;
import org.cocrea.engagement.control.ExperienceScores;
import org.cocrea.engagement.entity.ExperienceAnswer;
import org.cocrea.engagement.entity.Stakeholder;
import org.cocrea.engagement.entity.StakeholderIncident;
import org.cocrea.organisation.entity.Employee;

/**
 * The engagement part of the demo: the stakeholders of Aurora Appliances with a year of activity,
 * outcomes, incidents and experience answers ({@link EngagementDemoPlan}), and a year of monthly
 * scores back-filled by running the scoring as of each past month-end and today. Runs after the
 * organisation demo, only while the stakeholder registry is empty.
 *
 * <p>Each step has its own transaction: the registry in one, the activity log in chunks through
 * {@link ActivityLog} (which keeps the daily and window totals in step), then the incidents and
 * answers, then one scoring run per month.
 */
@Stateless
@PermitAll
public class EngagementDemo {

    private static final Logger LOG = Logger.getLogger(EngagementDemo.class.getName());
    static final long SEED = 20261122L;
    static final int CHUNK = 10_000;
    static final String REPORTER = "manager";

    /** What was loaded. */
    public record Loaded(
            int stakeholders, int activities, int outcomes, int incidents, int experienceAnswers, int scoringRuns) {}

    /** The plan and the record id of each of its people. */
    public record Prepared(EngagementDemoPlan plan, long[] ids) {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    SurveyClock clock;

    @EJB
    ActivityLog log;

    @EJB
    EngagementScoring scoring;

    /**
     * Loads the engagement demo unless the registry has stakeholders already.
     *
     * @return what was loaded, or null when there were stakeholders
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Loaded loadIfEmpty() {
        EngagementDemo self = context.getBusinessObject(EngagementDemo.class);
        long started = System.nanoTime();
        Prepared prepared = self.createStakeholders();
        if (prepared == null) {
            return null;
        }
        EngagementDemoPlan plan = prepared.plan();
        long[] ids = prepared.ids();
        // the activity log, a transaction per chunk (the log keeps its daily totals in step)
        List<ActivityLog.Entry> entries = new ArrayList<>(CHUNK);
        for (EngagementDemoPlan.Act a : plan.activities()) {
            entries.add(new ActivityLog.Entry(
                    ids[a.person()],
                    a.type(),
                    a.at(),
                    a.channel(),
                    a.weightMillis(),
                    a.source(),
                    a.reference(),
                    a.summary()));
            if (entries.size() == CHUNK) {
                log.append(entries);
                entries = new ArrayList<>(CHUNK);
            }
        }
        log.append(entries);
        List<ActivityLog.Outcome> outcomes = new ArrayList<>(CHUNK);
        for (EngagementDemoPlan.Result r : plan.outcomes()) {
            outcomes.add(new ActivityLog.Outcome(ids[r.person()], r.kind(), r.at(), r.amount(), r.reference()));
            if (outcomes.size() == CHUNK) {
                log.appendOutcomes(outcomes);
                outcomes = new ArrayList<>(CHUNK);
            }
        }
        log.appendOutcomes(outcomes);
        LOG.fine(() -> "Engagement demo: log written after " + (System.nanoTime() - started) / 1_000_000 + " ms");
        self.writeIncidentsAndExperience(prepared);
        // a year of monthly scores: the first run builds the window, each later one moves it
        int runs = 0;
        for (LocalDate monthEnd : EngagementDemoPlan.monthEnds(clock.today())) {
            scoring.runAs(monthEnd, runs == 0 ? "REBUILD" : "DAILY");
            runs++;
        }
        scoring.runAs(clock.today(), "DAILY");
        runs++;
        return new Loaded(
                ids.length,
                plan.activities().size(),
                plan.outcomes().size(),
                plan.incidents().size(),
                plan.feedback().size(),
                runs);
    }

    /**
     * Generates the plan and creates its stakeholders, in one transaction.
     *
     * @return the plan and the new ids, or null when the registry has stakeholders already
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Prepared createStakeholders() {
        long existing =
                em.createQuery("select count(s) from Stakeholder s", Long.class).getSingleResult();
        if (existing > 0) {
            return null;
        }
        // an empty registry has no scores to keep: start the scoring history at the first month-end
        em.createNativeQuery("update engagement_state set as_of = null where as_of is not null")
                .executeUpdate();
        List<EngagementDemoPlan.EmployeeRef> employees = new ArrayList<>();
        for (Employee e : em.createQuery("select e from Employee e join fetch e.unit order by e.id", Employee.class)
                .getResultList()) {
            employees.add(new EngagementDemoPlan.EmployeeRef(
                    e.getId(),
                    e.getExternalId(),
                    e.getDisplayName(),
                    e.getEmail(),
                    e.getUnit().getName(),
                    e.getUsername()));
        }
        LocalDate today = clock.today();
        EngagementDemoPlan plan = EngagementDemoPlan.generate(
                SEED,
                today,
                Instant.now(),
                clock.zone(),
                EngagementSettings.defaults().weights().windowDays(),
                employees);
        Instant created = plan.historyStart().atStartOfDay(clock.zone()).toInstant();
        List<Stakeholder> saved = new ArrayList<>();
        int n = 0;
        for (EngagementDemoPlan.Person p : plan.people()) {
            Stakeholder s = new Stakeholder(p.input(), created);
            if (p.username() != null) {
                s.linkUser(p.username(), created);
            }
            if (p.employeeId() != null) {
                s.linkEmployee(p.employeeId());
            }
            em.persist(s);
            saved.add(s);
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        long[] ids = new long[saved.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = saved.get(i).getId();
        }
        em.clear();
        return new Prepared(plan, ids);
    }

    /**
     * Writes the co-destruction incidents and the experience answers, and sets each answering
     * stakeholder's survey mean to its latest answer's engagement mean.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeIncidentsAndExperience(Prepared prepared) {
        EngagementDemoPlan plan = prepared.plan();
        long[] ids = prepared.ids();
        for (EngagementDemoPlan.IncidentPlan i : plan.incidents()) {
            StakeholderIncident incident = new StakeholderIncident(
                    ids[i.person()],
                    i.type(),
                    i.severity(),
                    i.on(),
                    i.description(),
                    REPORTER,
                    i.on().plusDays(1).atTime(9, 30).atZone(clock.zone()).toInstant());
            if (i.confirmed()) {
                incident.confirm();
            }
            em.persist(incident);
        }
        ExperienceScores scores = new ExperienceScores();
        Map<Integer, Double> latest = new HashMap<>();
        for (EngagementDemoPlan.Feedback f : plan.feedback()) {
            em.persist(new ExperienceAnswer(
                    ids[f.person()],
                    null,
                    f.context(),
                    f.on(),
                    scores.score(f.answers()),
                    f.engagementMean(),
                    json(withEngagementItems(f.answers(), f.engagementMean()))));
            // the feedback is in date order: the last one of a person is its latest
            latest.put(f.person(), f.engagementMean());
        }
        em.flush();
        latest.forEach((person, mean) -> em.find(Stakeholder.class, ids[person]).setSurveyMean(mean));
        em.flush();
    }

    /** The nine experience items plus three engagement items around the person's engagement mean. */
    static Map<String, Integer> withEngagementItems(Map<String, Integer> answers, double mean) {
        Map<String, Integer> all = new java.util.LinkedHashMap<>(answers);
        double[] offsets = {0, 0.4, -0.4};
        for (int i = 0; i < 3; i++) {
            all.put("engagement-" + (i + 1), (int) Math.max(1, Math.min(7, Math.round(mean + offsets[i]))));
        }
        return all;
    }

    /** The item answers as a JSON object, e.g. {@code {"functional-1":6,"functional-2":5}}. */
    static String json(Map<String, Integer> answers) {
        StringBuilder b = new StringBuilder("{");
        answers.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(k).append("\":").append(v);
        });
        return b.append('}').toString();
    }
}
