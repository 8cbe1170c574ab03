package org.cocrea.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cocrea.climate.boundary.SurveyMailings;
import org.cocrea.climate.control.SurveyLinks;
import org.cocrea.climate.entity.Instrument;
import org.cocrea.climate.entity.InstrumentFactor;
import org.cocrea.climate.entity.InstrumentItem;
import org.cocrea.climate.entity.Invitation;
import org.cocrea.climate.entity.Participation;
import org.cocrea.climate.entity.RoundUnit;
import org.cocrea.climate.entity.SurveyResponse;
import org.cocrea.climate.entity.SurveyRound;
import org.cocrea.organisation.entity.Employee;
import org.cocrea.organisation.entity.OrgUnit;
import org.cocrea.organisation.entity.UnitKind;

/**
 * A demo organisation ("Aurora Appliances": 3 divisions, 8 departments, 24 teams, about 330
 * people, the demo users among them) with two closed innovation-climate rounds a year and half a
 * year ago, and one open round the demo employee can answer. Answers are simulated with real unit
 * differences (so ICC and agreement have something to find), some improvement between the rounds,
 * and a few teams too small to be shown. Deterministic (fixed seed).
 */
@Stateless
@PermitAll
public class DemoData {

    /** What was loaded. */
    public record Loaded(int units, int employees, int pastResponses, long openRoundId) {}

    private static final String[][] DIVISIONS = {
        {"Home Appliances", "Product Development", "Marketing", "Customer Service"},
        {"Smart Devices", "Engineering", "Design Lab", "Sales"},
        {"Corporate", "People & Culture", "Finance"}
    };
    private static final String[] TEAM_NAMES = {"Alpha", "Beta", "Gamma", "Delta"};
    private static final String[] GIVEN = {
        "Wei", "Li", "Ming", "Hui", "Jun", "Yan", "Lei", "Fang", "Anna", "Lukas", "Sofia", "Jonas", "Mia", "Noah",
        "Emma", "Ravi", "Priya", "Omar", "Sara", "Tom", "Ines", "Paul", "Chen", "Lena"
    };
    private static final String[] FAMILY = {
        "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Meyer", "Schmidt", "Rossi", "Silva", "Patel",
        "Khan", "Novak", "Berg", "Kim", "Lee", "Sato", "Martin"
    };

    @PersistenceContext
    EntityManager em;

    @EJB
    SurveyMailings mailings;

    /** Loads everything unless the organisation already has units; returns null if it had. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Loaded loadIfEmpty() {
        long existing =
                em.createQuery("select count(u) from OrgUnit u", Long.class).getSingleResult();
        if (existing > 0) {
            return null;
        }
        Random rnd = new Random(20261122L);
        List<OrgUnit> units = new ArrayList<>();
        OrgUnit company = unit("AURORA", "Aurora Appliances", UnitKind.COMPANY, null, units);
        List<Employee> people = new ArrayList<>();
        Map<Long, Double> unitEffect = new HashMap<>();
        int d = 0;
        for (String[] division : DIVISIONS) {
            OrgUnit div = unit("DIV" + (++d), division[0], UnitKind.DIVISION, company, units);
            for (int dep = 1; dep < division.length; dep++) {
                OrgUnit department = unit("DIV" + d + "-D" + dep, division[dep], UnitKind.DEPARTMENT, div, units);
                int teams = division[dep].equals("Finance") ? 2 : 3;
                double departmentEffect = rnd.nextGaussian() * 0.25;
                for (int t = 0; t < teams; t++) {
                    OrgUnit team = unit(
                            department.getCode() + "-T" + (t + 1),
                            division[dep] + " " + TEAM_NAMES[t],
                            UnitKind.TEAM,
                            department,
                            units);
                    unitEffect.put(team.getId(), departmentEffect + rnd.nextGaussian() * 0.3);
                    // most teams 10-18 people, a few small ones that the anonymity rules must hide
                    int size = (d == 3 && t == 1) ? 3 : 9 + rnd.nextInt(10);
                    for (int p = 0; p < size; p++) {
                        people.add(person(people.size() + 1, team, rnd));
                    }
                }
                // a department head's staff outside the teams
                for (int p = 0; p < 2; p++) {
                    people.add(person(people.size() + 1, department, rnd));
                }
                unitEffect.put(department.getId(), departmentEffect);
            }
        }
        linkDemoUsers(people);

        Instrument climate = em.createQuery(
                        "select i from Instrument i where i.key = 'innovation-climate' order by i.version desc",
                        Instrument.class)
                .setMaxResults(1)
                .getSingleResult();
        climate.freeze();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int responses = pastRound(
                "Innovation climate " + today.minusMonths(12).getYear() + " H" + half(today.minusMonths(12)),
                climate,
                units,
                people,
                unitEffect,
                today.minusMonths(12),
                0.0,
                0.72,
                rnd);
        responses += pastRound(
                "Innovation climate " + today.minusMonths(6).getYear() + " H" + half(today.minusMonths(6)),
                climate,
                units,
                people,
                unitEffect,
                today.minusMonths(6),
                0.15,
                0.78,
                rnd);
        SurveyRound open = round(
                "Innovation climate " + today.getYear() + " H" + half(today),
                climate,
                units,
                people,
                today.minusDays(3),
                today.plusDays(11));
        open.launch(today.minusDays(3), snapshot(units, people));
        em.flush();
        return new Loaded(units.size(), people.size(), responses, open.getId());
    }

    /**
     * A closed innovation-performance round a month ago, answered by the employees of every unit,
     * each unit's answers shifted by the given amount (on the 1..5 scale).
     *
     * @return the answers stored, or 0 when such a round exists already
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int performanceRound(Map<Long, Double> shiftByUnit) {
        long existing = em.createQuery(
                        "select count(r) from SurveyRound r where r.instrument.key = 'innovation-performance'",
                        Long.class)
                .getSingleResult();
        if (existing > 0) {
            return 0;
        }
        Instrument performance = em.createQuery(
                        "select i from Instrument i where i.key = 'innovation-performance' order by i.version desc",
                        Instrument.class)
                .setMaxResults(1)
                .getSingleResult();
        performance.freeze();
        List<OrgUnit> units = em.createQuery("select u from OrgUnit u order by u.id", OrgUnit.class)
                .getResultList();
        List<Employee> people = em.createQuery(
                        "select e from Employee e join fetch e.unit where e.active order by e.id", Employee.class)
                .getResultList();
        LocalDate opened = LocalDate.now(ZoneOffset.UTC).minusMonths(1).minusDays(16);
        return pastRound(
                "Innovation performance " + opened.getYear() + " Q" + ((opened.getMonthValue() - 1) / 3 + 1),
                performance,
                units,
                people,
                shiftByUnit,
                opened,
                0.0,
                0.8,
                new Random(20261123L));
    }

    private static int half(LocalDate day) {
        return day.getMonthValue() <= 6 ? 1 : 2;
    }

    private int pastRound(
            String name,
            Instrument instrument,
            List<OrgUnit> units,
            List<Employee> people,
            Map<Long, Double> unitEffect,
            LocalDate opened,
            double improvement,
            double responseRate,
            Random rnd) {
        SurveyRound r = round(name, instrument, units, people, opened, opened.plusDays(14));
        r.launch(opened, snapshot(units, people));
        r.close(opened.plusDays(15));
        List<InstrumentItem> items = new ArrayList<>();
        List<Integer> factorOf = new ArrayList<>();
        int f = 0;
        for (InstrumentFactor factor : instrument.getFactors()) {
            for (InstrumentItem item : factor.getItems()) {
                items.add(item);
                factorOf.add(f);
            }
            f++;
        }
        double[] factorBase = {3.7, 3.4, 3.6, 3.2};
        int count = 0;
        for (Employee e : people) {
            if (rnd.nextDouble() > responseRate) {
                continue;
            }
            double unit = unitEffect.getOrDefault(e.getUnit().getId(), 0.0);
            double person = rnd.nextGaussian() * 0.45;
            int[] answers = new int[items.size()];
            for (int i = 0; i < items.size(); i++) {
                double level = factorBase[factorOf.get(i)]
                        + unit
                        + improvement * (unit < 0 ? 1.6 : 0.6)
                        + person
                        + rnd.nextGaussian() * 0.65;
                int v = (int) Math.max(1, Math.min(5, Math.round(level)));
                answers[i] = items.get(i).isReverseKeyed() ? 6 - v : v;
            }
            String comment = rnd.nextDouble() < 0.18 ? COMMENTS[rnd.nextInt(COMMENTS.length)] : null;
            em.persist(new Participation(r.getId(), e.getId()));
            em.persist(new SurveyResponse(
                    r.getId(), e.getUnit().getId(), opened.plusDays(rnd.nextInt(14)), answers, comment));
            count++;
        }
        return count;
    }

    private SurveyRound round(
            String name,
            Instrument instrument,
            List<OrgUnit> units,
            List<Employee> people,
            LocalDate opens,
            LocalDate closes) {
        SurveyRound r = new SurveyRound(name, instrument, Instant.now(), "demo");
        r.plan(name, instrument, opens, closes, 7, 2, 5, 10, Set.of(units.get(0).getId()));
        em.persist(r);
        SurveyLinks links = mailings.links();
        for (Employee e : people) {
            String nonce = SurveyLinks.newNonce();
            Invitation inv = new Invitation(r, e, e.getUnit().getId(), nonce, SurveyLinks.hash(links.token(nonce)));
            if (closes.isBefore(LocalDate.now(ZoneOffset.UTC))) {
                inv.sent(opens);
            }
            em.persist(inv);
        }
        return r;
    }

    private static Set<RoundUnit> snapshot(List<OrgUnit> units, List<Employee> people) {
        Map<Long, Integer> invited = new HashMap<>();
        people.forEach(p -> invited.merge(p.getUnit().getId(), 1, Integer::sum));
        Set<RoundUnit> out = new LinkedHashSet<>();
        for (OrgUnit u : units) {
            out.add(new RoundUnit(
                    u.getId(),
                    u.getParent() == null ? null : u.getParent().getId(),
                    u.getName(),
                    u.getKind().name(),
                    invited.getOrDefault(u.getId(), 0)));
        }
        return out;
    }

    private OrgUnit unit(String code, String name, UnitKind kind, OrgUnit parent, List<OrgUnit> all) {
        OrgUnit u = new OrgUnit(code, name, kind, parent);
        em.persist(u);
        em.flush();
        all.add(u);
        return u;
    }

    private Employee person(int n, OrgUnit unit, Random rnd) {
        String given = GIVEN[rnd.nextInt(GIVEN.length)];
        String family = FAMILY[rnd.nextInt(FAMILY.length)];
        String id = String.format("E%05d", n);
        Employee e = new Employee(
                id,
                given.toLowerCase() + "." + family.toLowerCase() + "." + n + "@aurora.example",
                given + " " + family,
                null,
                unit);
        em.persist(e);
        return e;
    }

    /** The demo sign-ins that are employees get a person in the organisation. */
    private void linkDemoUsers(List<Employee> people) {
        String[][] links = {
            {"employee", "Product Development Alpha"},
            {"hr", "People & Culture Alpha"},
            {"manager", "Design Lab Alpha"},
            {"exec", "Corporate"}
        };
        for (String[] link : links) {
            people.stream()
                    .filter(p -> p.getUnit().getName().equals(link[1]) && p.getUsername() == null)
                    .findFirst()
                    .ifPresent(p -> p.update(p.getEmail(), p.getDisplayName(), link[0], p.getUnit(), true));
        }
    }

    private static final String[] COMMENTS = {
        "We get time for new ideas only when a deadline slips; a fixed slot each month would help.",
        "My manager listens to suggestions, but decisions are taken two levels up and we rarely hear back.",
        "The new idea board is good. Please show what happened to the ideas we posted.",
        "Customers tell us a lot in service calls. Nobody collects it in a way product teams can use.",
        "People are afraid to criticise plans in meetings; feedback happens in the corridor.",
        "Our team tries new tools quickly, but the approval for small budgets takes too long.",
        "Clear goals this year. I know what we are aiming for and why.",
        "Too many priorities at once. It is hard to finish anything properly."
    };
}
