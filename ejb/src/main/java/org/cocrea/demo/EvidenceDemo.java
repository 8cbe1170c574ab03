package org.cocrea.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.cocrea.engagement.boundary.ActivityLog;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.Channel;

/**
 * The demo's link between customers and employees, so the evidence engine can run the research
 * model on the demo's own records: each customer gets a serving team (teams specialise in
 * segments), customers of teams with a stronger innovation climate turn their engagement into more
 * co-creation (first-stage moderation, as in the study), and a closed innovation-performance round
 * a month ago reflects how much the teams' customers co-create.
 */
@Stateless
@PermitAll
public class EvidenceDemo {

    /** What was added. */
    public record Loaded(int customers, int teams, int activities, int performanceAnswers) {}

    private static final ActivityType[] COCREATION = {
        ActivityType.IDEA_SUBMITTED, ActivityType.COMMENT, ActivityType.REVIEW_GIVEN, ActivityType.TEST_PARTICIPATION
    };

    @PersistenceContext
    EntityManager em;

    @EJB
    ActivityLog log;

    @EJB
    DemoData demo;

    /** Adds the link unless customers already have serving units; returns null if they had. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Loaded linkIfMissing() {
        long linked = ((Number)
                        em.createNativeQuery("select count(*) from stakeholder where serving_unit_id is not null")
                                .getSingleResult())
                .longValue();
        if (linked > 0) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> teams = em.createNativeQuery(
                        "select u.id, coalesce((select avg(a) from survey_response r, unnest(r.answers) a"
                                + " where r.unit_id = u.id and r.round_id = (select max(id) from survey_round"
                                + " where status = 'CLOSED')), 3) from org_unit u where u.kind = 'TEAM' order by u.code")
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> customers = em.createNativeQuery("select id, coalesce(segment, ''), engagement from stakeholder"
                        + " where kind = 'CUSTOMER' and erased_at is null order by id")
                .getResultList();
        if (teams.isEmpty() || customers.isEmpty()) {
            return null;
        }
        double[] climate = new double[teams.size()];
        for (int t = 0; t < teams.size(); t++) {
            climate[t] = ((Number) teams.get(t)[1]).doubleValue();
        }
        double[] climateZ = z(climate);
        double[] engagement = new double[customers.size()];
        for (int i = 0; i < customers.size(); i++) {
            engagement[i] = ((Number) customers.get(i)[2]).doubleValue();
        }
        double[] engagementZ = z(engagement);
        Map<String, Integer> segments = new TreeMap<>();
        customers.forEach(c -> segments.putIfAbsent((String) c[1], segments.size()));

        Random rnd = new Random(20261124L);
        Instant now = Instant.now();
        List<ActivityLog.Entry> entries = new ArrayList<>();
        int[] teamOf = new int[customers.size()];
        double[] teamCocreation = new double[teams.size()];
        int[] teamCustomers = new int[teams.size()];
        for (int i = 0; i < customers.size(); i++) {
            long id = ((Number) customers.get(i)[0]).longValue();
            // each segment is looked after by three neighbouring teams
            int t = (segments.get((String) customers.get(i)[1]) * 3 + rnd.nextInt(3)) % teams.size();
            teamOf[i] = t;
            em.createNativeQuery("update stakeholder set serving_unit_id = ?1 where id = ?2")
                    .setParameter(1, ((Number) teams.get(t)[0]).longValue())
                    .setParameter(2, id)
                    .executeUpdate();
            // engaged customers co-create more, and more so where the serving team's climate is strong
            double slope = Math.max(0, 1.0 + 0.8 * climateZ[t]);
            double expected = Math.max(0, 2.5 + 2.5 * slope * engagementZ[i] + rnd.nextGaussian());
            int n = poisson(expected, rnd);
            for (int k = 0; k < n; k++) {
                Instant at =
                        now.minus(1 + rnd.nextInt(330), ChronoUnit.DAYS).minus(rnd.nextInt(600), ChronoUnit.MINUTES);
                entries.add(new ActivityLog.Entry(
                        id,
                        COCREATION[rnd.nextInt(COCREATION.length)],
                        at,
                        Channel.COMMUNITY,
                        1000,
                        "demo",
                        null,
                        null));
            }
            teamCocreation[t] += n;
            teamCustomers[t]++;
        }
        for (int from = 0; from < entries.size(); from += 20_000) {
            log.append(entries.subList(from, Math.min(entries.size(), from + 20_000)));
        }
        double[] meanCocreation = new double[teams.size()];
        for (int t = 0; t < teams.size(); t++) {
            meanCocreation[t] = teamCustomers[t] == 0 ? 0 : teamCocreation[t] / teamCustomers[t];
        }
        double[] cocreationZ = z(meanCocreation);
        Map<Long, Double> shift = new HashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            shift.put(
                    ((Number) teams.get(t)[0]).longValue(),
                    0.35 * cocreationZ[t] + 0.15 * climateZ[t] + rnd.nextGaussian() * 0.1);
        }
        em.flush();
        int answers = demo.performanceRound(shift);
        return new Loaded(customers.size(), teams.size(), entries.size(), answers);
    }

    static double[] z(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = sd == 0 ? 0 : (v[i] - mean) / sd;
        }
        return out;
    }

    static int poisson(double mean, Random rnd) {
        double l = Math.exp(-Math.min(mean, 50));
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
