package org.cocrea.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.demo.EngagementDemoPlan.Act;
import org.cocrea.demo.EngagementDemoPlan.EmployeeRef;
import org.cocrea.demo.EngagementDemoPlan.Person;
import org.cocrea.demo.EngagementDemoPlan.Persona;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.Experience;
import org.cocrea.engagement.control.ExperienceScores;
import org.cocrea.engagement.control.OutcomeKind;
import org.cocrea.engagement.control.StakeholderKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EngagementDemoPlanTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = TODAY.atTime(15, 0).atZone(ZONE).toInstant();
    private static EngagementDemoPlan plan;
    private static List<EmployeeRef> employees;

    @BeforeAll
    static void generate() {
        employees = new ArrayList<>();
        String[] units = {"Product Development Alpha", "Design Lab Beta", "Finance Alpha", "Customer Service Gamma"};
        for (int i = 1; i <= 330; i++) {
            employees.add(new EmployeeRef(
                    1000 + i,
                    String.format("E%05d", i),
                    "Person " + i,
                    "person." + i + "@aurora.example",
                    units[i % units.length],
                    i == 17 ? "employee" : null));
        }
        plan = EngagementDemoPlan.generate(7, TODAY, NOW, ZONE, 90, employees);
    }

    @Test
    void sameArgumentsGiveTheSamePlan() {
        EngagementDemoPlan again = EngagementDemoPlan.generate(7, TODAY, NOW, ZONE, 90, employees);
        assertThat(again.people()).isEqualTo(plan.people());
        assertThat(again.activities()).isEqualTo(plan.activities());
        assertThat(again.outcomes()).isEqualTo(plan.outcomes());
        assertThat(again.incidents()).isEqualTo(plan.incidents());
        assertThat(again.feedback()).isEqualTo(plan.feedback());
        assertThat(EngagementDemoPlan.generate(8, TODAY, NOW, ZONE, 90, employees)
                        .activities())
                .isNotEqualTo(plan.activities());
    }

    @Test
    void aboutThreeThousandStakeholdersMostlyCustomersWithUniqueIds() {
        List<Person> people = plan.people();
        assertThat(people).hasSize(EngagementDemoPlan.TARGET);
        Map<StakeholderKind, Long> byKind =
                people.stream().collect(Collectors.groupingBy(p -> p.input().kind(), Collectors.counting()));
        assertThat(byKind.get(StakeholderKind.CUSTOMER)).isGreaterThan(2500);
        assertThat(byKind.get(StakeholderKind.PARTNER)).isEqualTo((long) EngagementDemoPlan.PARTNERS);
        assertThat(byKind.get(StakeholderKind.SUPPLIER)).isEqualTo((long) EngagementDemoPlan.SUPPLIERS);
        assertThat(byKind.get(StakeholderKind.EMPLOYEE)).isEqualTo((long) EngagementDemoPlan.MAX_EMPLOYEES);
        assertThat(people.stream().map(p -> p.input().externalId()).distinct()).hasSize(people.size());
        assertThat(people.stream()
                        .map(p -> p.input().email())
                        .filter(e -> e != null)
                        .distinct()
                        .count())
                .isEqualTo(
                        people.stream().filter(p -> p.input().email() != null).count());
        // every customer has a segment and region of the demo's lists; business customers an organisation
        for (Person p : people) {
            assertThat(p.input().segment()).isNotBlank();
            assertThat(p.input().region()).isIn((Object[]) EngagementDemoPlan.REGIONS);
            assertThat(p.input().relationshipSince()).isBeforeOrEqualTo(TODAY);
            assertThat(p.input().tags()).doesNotHaveDuplicates();
            if (p.input().kind() == StakeholderKind.CUSTOMER) {
                assertThat(p.input().segment()).isIn((Object[]) EngagementDemoPlan.CUSTOMER_SEGMENTS);
                assertThat(p.input().purchaseSummary()).contains("EUR since");
                assertThat(p.input().organisation() != null)
                        .isEqualTo(p.input().segment().equals("Professional kitchens"));
            }
        }
    }

    @Test
    void consentIsMostlyGivenButNotAlways() {
        long contact =
                plan.people().stream().filter(p -> p.input().consentToContact()).count();
        long analysis = plan.people().stream()
                .filter(p -> p.input().consentToAnalysis())
                .count();
        assertThat(contact).isBetween(2300L, 2700L);
        assertThat(analysis).isBetween(2650L, 2900L);
    }

    @Test
    void employeesAreLinkedToTheOrganisationsPeopleMostlyInnovationFacingUnits() {
        List<Person> staff = plan.people().stream()
                .filter(p -> p.input().kind() == StakeholderKind.EMPLOYEE)
                .toList();
        assertThat(staff).allMatch(p -> p.employeeId() != null);
        assertThat(staff.stream().map(Person::employeeId).distinct()).hasSize(staff.size());
        long finance = staff.stream()
                .filter(p -> p.input().organisation().contains("Finance"))
                .count();
        assertThat(finance).isLessThan(staff.size() / 4);
        assertThat(staff).allMatch(p -> p.input().externalId().startsWith("HR-E"));
    }

    @Test
    void theDemoSignInsHaveTheirOwnRecordsWithEveryKindOfActivity() {
        Map<String, Integer> byUser = new HashMap<>();
        for (int i = 0; i < plan.people().size(); i++) {
            if (plan.people().get(i).username() != null) {
                byUser.put(plan.people().get(i).username(), i);
            }
        }
        assertThat(byUser).containsOnlyKeys("customer", "employee");
        Person customer = plan.people().get(byUser.get("customer"));
        assertThat(customer.input().email()).isEqualTo("customer@demo.cocrea.local");
        assertThat(customer.input().kind()).isEqualTo(StakeholderKind.CUSTOMER);
        Person employee = plan.people().get(byUser.get("employee"));
        assertThat(employee.employeeId()).isEqualTo(1017L);
        assertThat(employee.input().kind()).isEqualTo(StakeholderKind.EMPLOYEE);
        for (int person : byUser.values()) {
            Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
            plan.activities().stream().filter(a -> a.person() == person).forEach(a -> types.add(a.type()));
            assertThat(types).containsExactlyInAnyOrder(ActivityType.values());
            assertThat(plan.activities().stream().filter(a -> a.person() == person))
                    .hasSizeGreaterThan(100);
        }
        int c = byUser.get("customer");
        assertThat(plan.feedback().stream().filter(f -> f.person() == c)).isNotEmpty();
        assertThat(plan.outcomes().stream().filter(o -> o.person() == c).map(o -> o.kind()))
                .contains(OutcomeKind.IDEA_ACCEPTED, OutcomeKind.IDEA_VOTE_RECEIVED, OutcomeKind.ANSWER_GIVEN);
        assertThat(plan.incidents()).noneMatch(i -> i.person() == c);
    }

    @Test
    void withoutTheOrganisationTheDemoEmployeeStillGetsARecord() {
        EngagementDemoPlan alone = EngagementDemoPlan.generate(7, TODAY, NOW, ZONE, 90, List.of());
        assertThat(alone.people()).hasSize(EngagementDemoPlan.TARGET);
        assertThat(alone.people().stream().filter(p -> "employee".equals(p.username())))
                .singleElement()
                .satisfies(p -> assertThat(p.employeeId()).isNull());
    }

    @Test
    void aYearOfActivityBeforeTheFirstMonthEndAllTypesNothingInTheFuture() {
        List<LocalDate> monthEnds = EngagementDemoPlan.monthEnds(TODAY);
        assertThat(monthEnds).hasSize(12);
        assertThat(monthEnds.get(0)).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(monthEnds.get(11)).isEqualTo(LocalDate.of(2026, 10, 31));
        // the history starts a full window (90 days) before the first month-end
        assertThat(plan.historyStart()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(plan.activities().size()).isBetween(60_000, 140_000);
        Instant first = plan.historyStart().atStartOfDay(ZONE).toInstant();
        assertThat(plan.activities()).allMatch(a -> !a.at().isBefore(first) && !a.at().isAfter(NOW));
        assertThat(plan.outcomes()).allMatch(o -> !o.at().isBefore(first) && !o.at().isAfter(NOW));
        assertThat(plan.activities()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        plan.activities().forEach(a -> types.add(a.type()));
        assertThat(types).containsExactlyInAnyOrder(ActivityType.values());
        Set<OutcomeKind> kinds = EnumSet.noneOf(OutcomeKind.class);
        plan.outcomes().forEach(o -> kinds.add(o.kind()));
        assertThat(kinds).containsExactlyInAnyOrder(OutcomeKind.values());
        assertThat(plan.activities()).allMatch(a -> a.weightMillis() > 0 && a.weightMillis() <= 10_000);
        assertThat(plan.outcomes().stream().filter(o -> o.kind() == OutcomeKind.ANSWER_GIVEN))
                .allMatch(o -> o.amount() > 0);
    }

    @Test
    void aFewVeryEngagedMostOccasional() {
        int[] count = counts(plan.activities(), plan.people().size());
        int[] sorted = count.clone();
        java.util.Arrays.sort(sorted);
        long total = plan.activities().size();
        long top = 0;
        for (int i = sorted.length - 1; i >= sorted.length * 9 / 10; i--) {
            top += sorted[i];
        }
        // the top tenth brings about half of all activity; the median stakeholder is occasional
        assertThat((double) top / total).isBetween(0.4, 0.75);
        assertThat(sorted[sorted.length / 2]).isBetween(3, 30);
        assertThat(sorted[0]).isZero();
        Map<Persona, Double> mean = meanBy(count, p -> p.persona());
        assertThat(mean.get(Persona.CHAMPION)).isGreaterThan(3 * mean.get(Persona.REGULAR));
        assertThat(mean.get(Persona.REGULAR)).isGreaterThan(3 * mean.get(Persona.OCCASIONAL));
        assertThat(mean.get(Persona.OCCASIONAL)).isGreaterThan(5 * mean.get(Persona.DORMANT));
    }

    @Test
    void segmentsDiffer() {
        int[] count = counts(plan.activities(), plan.people().size());
        Map<String, Double> mean = meanBy(count, p -> p.input().segment());
        assertThat(mean.get("Smart-home enthusiasts")).isGreaterThan(1.5 * mean.get("Budget households"));
        Map<String, Double> ideas = share(ActivityType.IDEA_SUBMITTED);
        assertThat(ideas.get("Smart-home enthusiasts")).isGreaterThan(2 * ideas.get("Budget households"));
        Map<String, Double> complaints = share(ActivityType.COMPLAINT);
        assertThat(complaints.get("Budget households")).isGreaterThan(1.5 * complaints.get("Home cooks"));
    }

    @Test
    void theFadedStoppedAndTheRisingStartedRecently() {
        Instant recent = TODAY.minusDays(90).atStartOfDay(ZONE).toInstant();
        Instant yearAgo = TODAY.minusDays(300).atStartOfDay(ZONE).toInstant();
        int faded = 0;
        int fadedQuiet = 0;
        int rising = 0;
        int risingRecent = 0;
        int[] before = new int[plan.people().size()];
        int[] after = new int[plan.people().size()];
        for (Act a : plan.activities()) {
            if (a.at().isBefore(recent) && !a.at().isBefore(yearAgo)) {
                before[a.person()]++;
            } else if (!a.at().isBefore(recent)) {
                after[a.person()]++;
            }
        }
        for (int p = 0; p < plan.people().size(); p++) {
            Persona persona = plan.people().get(p).persona();
            if (persona == Persona.FADED && before[p] >= 5) {
                faded++;
                if (after[p] <= 1) {
                    fadedQuiet++;
                }
            } else if (persona == Persona.RISING && after[p] >= 5) {
                rising++;
                // about twelve weeks of activity now against about thirty before
                if (after[p] > before[p]) {
                    risingRecent++;
                }
            }
        }
        assertThat(faded).isGreaterThan(100);
        assertThat((double) fadedQuiet / faded).isGreaterThan(0.8);
        assertThat(rising).isGreaterThan(50);
        assertThat((double) risingRecent / rising).isGreaterThan(0.8);
    }

    @Test
    void outcomesFollowContributions() {
        Map<Integer, Long> ideas = plan.activities().stream()
                .filter(a -> a.type() == ActivityType.IDEA_SUBMITTED)
                .collect(Collectors.groupingBy(Act::person, Collectors.counting()));
        long accepted = plan.outcomes().stream()
                .filter(o -> o.kind() == OutcomeKind.IDEA_ACCEPTED)
                .count();
        long implemented = plan.outcomes().stream()
                .filter(o -> o.kind() == OutcomeKind.IDEA_IMPLEMENTED)
                .count();
        long submitted = ideas.values().stream().mapToLong(Long::longValue).sum();
        assertThat((double) accepted / submitted).isBetween(0.15, 0.4);
        assertThat(implemented).isPositive().isLessThan(accepted / 2);
        // outcomes belong to people who contributed
        assertThat(plan.outcomes().stream().filter(o -> o.kind() == OutcomeKind.IDEA_ACCEPTED))
                .allMatch(o -> ideas.containsKey(o.person()));
    }

    @Test
    void aboutFortyIncidentsOnActivePeople() {
        assertThat(plan.incidents()).hasSize(EngagementDemoPlan.INCIDENTS);
        assertThat(plan.incidents()).allMatch(i -> i.severity() >= 1 && i.severity() <= 5);
        assertThat(plan.incidents()).allMatch(i -> !i.on().isAfter(TODAY) && !i.on().isBefore(plan.historyStart()));
        assertThat(plan.incidents())
                .allMatch(i -> i.description() != null && !i.description().isBlank());
        long confirmed = plan.incidents().stream().filter(i -> i.confirmed()).count();
        assertThat(confirmed).isBetween(15L, 38L);
        int[] count = counts(plan.activities(), plan.people().size());
        assertThat(plan.incidents()).allMatch(i -> count[i.person()] >= 6);
    }

    @Test
    void threeHundredExperienceAnswersScoreOnEveryFactor() {
        assertThat(plan.feedback()).hasSize(EngagementDemoPlan.EXPERIENCE_ANSWERS);
        ExperienceScores scores = new ExperienceScores();
        Set<Integer> answering = new HashSet<>();
        for (EngagementDemoPlan.Feedback f : plan.feedback()) {
            answering.add(f.person());
            Person p = plan.people().get(f.person());
            assertThat(p.input().kind()).isEqualTo(StakeholderKind.CUSTOMER);
            assertThat(p.input().consentToContact()).isTrue();
            assertThat(f.answers().values()).allMatch(v -> v >= 1 && v <= 7);
            assertThat(f.answers().keySet()).allMatch(k -> k.matches("(functional|emotional|social)-[123]"));
            assertThat(f.engagementMean()).isBetween(1.0, 7.0);
            assertThat(f.on()).isBeforeOrEqualTo(TODAY);
            assertThat(f.answers()).hasSizeGreaterThanOrEqualTo(6);
            Experience e = scores.score(f.answers());
            // every factor has at least two of its three items, so none is without a score
            assertThat(List.of(e.functional(), e.emotional(), e.social(), e.overall()))
                    .allMatch(v -> v >= 0 && v <= 100);
        }
        assertThat(answering.size()).isGreaterThan(100);
        // more engaged people report a better experience
        double champions = meanEngagement(Persona.CHAMPION);
        double faded = meanEngagement(Persona.FADED);
        assertThat(champions).isGreaterThan(faded + 0.8);
        assertThat(EngagementDemo.json(plan.feedback().get(0).answers()))
                .startsWith("{\"")
                .endsWith("}");
    }

    @Test
    void historySpansTheWholeWindowUpToToday() {
        Instant last = plan.activities().get(plan.activities().size() - 1).at();
        assertThat(ChronoUnit.DAYS.between(last, NOW)).isLessThan(2);
    }

    private double meanEngagement(Persona persona) {
        return plan.feedback().stream()
                .filter(f -> plan.people().get(f.person()).persona() == persona)
                .mapToDouble(EngagementDemoPlan.Feedback::engagementMean)
                .average()
                .orElse(Double.NaN);
    }

    private static int[] counts(List<Act> acts, int people) {
        int[] count = new int[people];
        acts.forEach(a -> count[a.person()]++);
        return count;
    }

    private static <K> Map<K, Double> meanBy(int[] count, java.util.function.Function<Person, K> key) {
        Map<K, double[]> sums = new HashMap<>();
        for (int p = 0; p < count.length; p++) {
            double[] s = sums.computeIfAbsent(key.apply(plan.people().get(p)), k -> new double[2]);
            s[0] += count[p];
            s[1]++;
        }
        Map<K, Double> out = new HashMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] / s[1]));
        return out;
    }

    /** Per segment, the share of its activities of one type. */
    private static Map<String, Double> share(ActivityType type) {
        Map<String, double[]> s = new HashMap<>();
        for (Act a : plan.activities()) {
            double[] v = s.computeIfAbsent(plan.people().get(a.person()).input().segment(), k -> new double[2]);
            v[1]++;
            if (a.type() == type) {
                v[0]++;
            }
        }
        Map<String, Double> out = new HashMap<>();
        s.forEach((k, v) -> out.put(k, v[0] / v[1]));
        return out;
    }
}
