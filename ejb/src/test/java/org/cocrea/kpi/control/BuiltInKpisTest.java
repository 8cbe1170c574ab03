package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cocrea.kpi.control.BuiltInKpis.AMBIDEXTERITY_BALANCE;
import static org.cocrea.kpi.control.BuiltInKpis.AMBIDEXTERITY_COMBINED;
import static org.cocrea.kpi.control.BuiltInKpis.AVERAGE_DAYS_PER_STAGE;
import static org.cocrea.kpi.control.BuiltInKpis.CO_DESTRUCTION_INCIDENTS;
import static org.cocrea.kpi.control.BuiltInKpis.CUSTOMER_ASSET_BREADTH;
import static org.cocrea.kpi.control.BuiltInKpis.CUSTOMER_ENGAGEMENT_INDEX;
import static org.cocrea.kpi.control.BuiltInKpis.CUSTOMER_IDEA_SHARE;
import static org.cocrea.kpi.control.BuiltInKpis.IDEAS_PER_100_PARTICIPANTS;
import static org.cocrea.kpi.control.BuiltInKpis.IDEA_CONVERSION_RATE;
import static org.cocrea.kpi.control.BuiltInKpis.INNOVATION_CLIMATE_INDEX;
import static org.cocrea.kpi.control.BuiltInKpis.PARTICIPATION_RATE;
import static org.cocrea.kpi.control.BuiltInKpis.PIPELINE_BY_STAGE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cocrea.engagement.control.IncidentType;
import org.cocrea.engagement.control.StakeholderKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each computed KPI on a handful of events, with the arithmetic in the comments. */
class BuiltInKpisTest {

    private static final Scope SPRING = Scope.campaign("SPRING");
    private static final Period MARCH = Period.month(2026, 3);
    private static final Period APRIL = Period.month(2026, 4);
    private static final Period Q1 = Period.quarter(2026, 1);

    private InMemorySnapshotStore store;
    private SnapshotEngine engine;
    private KpiReadings readings;

    @BeforeEach
    void setUp() {
        store = new InMemorySnapshotStore();
        engine = new SnapshotEngine(store, ZoneOffset.UTC);
        readings = new KpiReadings(store);
    }

    static Instant day(int month, int day) {
        return LocalDate.of(2026, month, day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    static IdeaSubmitted idea(String id, StakeholderKind author, Orientation orientation, Instant at) {
        return new IdeaSubmitted(id, "SPRING", "RD", author, orientation, at);
    }

    static IdeaStageChanged move(String id, Stage from, Stage to, Instant enteredFrom, Instant submitted, Instant at) {
        return new IdeaStageChanged(id, "SPRING", "RD", from, to, enteredFrom, submitted, at);
    }

    static Participation took(String person, StakeholderKind kind, String segment, Instant at) {
        return new Participation(person, kind, segment, "SPRING", "RD", at);
    }

    private KpiValue read(String kpi, Scope scope, Period period) {
        return readings.value(kpi, scope, period);
    }

    @Test
    void participationRateIsDistinctParticipantsOverTheLatestAudience() {
        engine.apply(new AudienceCounted("SPRING", null, 40, day(2, 20)));
        engine.apply(new AudienceCounted("SPRING", null, 50, day(3, 10)));
        for (int i = 0; i < 10; i++) {
            engine.apply(took("p" + i, StakeholderKind.EMPLOYEE, null, day(3, 12)));
        }
        engine.apply(took("p0", StakeholderKind.EMPLOYEE, null, day(3, 20))); // again: still one person
        engine.apply(took("p0", StakeholderKind.EMPLOYEE, null, day(2, 21)));
        engine.apply(took("p1", StakeholderKind.EMPLOYEE, null, day(2, 22)));

        // March: 10 distinct people / audience 50 (counted 10 March, later than 40 in February) = 20 %
        KpiValue march = read(PARTICIPATION_RATE, SPRING, MARCH);
        assertThat(march.value()).isEqualTo(20.0);
        assertThat(march.breakdown()).containsEntry("participants", 10.0).containsEntry("audience", 50.0);
        // February: 2 / 40 = 5 %
        assertThat(read(PARTICIPATION_RATE, SPRING, Period.month(2026, 2)).value())
                .isEqualTo(5.0);
        // April: nobody took part; the audience of 50 is carried: 0 / 50 = 0 %
        assertThat(read(PARTICIPATION_RATE, SPRING, APRIL).value()).isZero();
        // Q1: 10 distinct people (p0, p1 counted once) / latest audience 50 = 20 %, not the mean of 5 and 20
        assertThat(read(PARTICIPATION_RATE, SPRING, Q1).value()).isEqualTo(20.0);
        // no audience was counted for the organisation
        KpiValue org = read(PARTICIPATION_RATE, Scope.ORGANISATION, MARCH);
        assertThat(org.computable()).isFalse();
        assertThat(org.reason()).isEqualTo("No audience has been counted for this scope yet.");
    }

    @Test
    void ideasPer100ParticipantsAndShareFromCustomers() {
        for (int i = 0; i < 8; i++) {
            engine.apply(took("p" + i, StakeholderKind.CUSTOMER, "SMB", day(3, 5)));
        }
        engine.apply(idea("i1", StakeholderKind.CUSTOMER, Orientation.UNTAGGED, day(3, 5)));
        engine.apply(idea("i2", StakeholderKind.CUSTOMER, Orientation.UNTAGGED, day(3, 6)));
        engine.apply(idea("i3", StakeholderKind.EMPLOYEE, Orientation.UNTAGGED, day(3, 7)));

        // 100 × 3 ideas / 8 participants = 37.5
        assertThat(read(IDEAS_PER_100_PARTICIPANTS, SPRING, MARCH).value()).isEqualTo(37.5);
        // 100 × 2 customer ideas / 3 ideas = 66.67 %
        assertThat(read(CUSTOMER_IDEA_SHARE, SPRING, MARCH).value()).isCloseTo(200.0 / 3, within(1e-12));
        // April: no participant, no idea
        assertThat(read(IDEAS_PER_100_PARTICIPANTS, SPRING, APRIL).reason())
                .isEqualTo("Nobody took part in the period.");
        assertThat(read(CUSTOMER_IDEA_SHARE, SPRING, APRIL).computable()).isFalse();
    }

    @Test
    void ratiosRollUpFromTheirComponentsNotAsAMeanOfRatios() {
        engine.apply(idea("a", StakeholderKind.CUSTOMER, Orientation.UNTAGGED, day(1, 10)));
        for (int i = 0; i < 9; i++) {
            engine.apply(idea(
                    "b" + i,
                    i == 0 ? StakeholderKind.CUSTOMER : StakeholderKind.EMPLOYEE,
                    Orientation.UNTAGGED,
                    day(2, 10)));
        }
        // January 1/1 = 100 %, February 1/9 = 11.1 %; Q1 = 2/10 = 20 % (the mean of ratios would be 55.6 %)
        assertThat(read(CUSTOMER_IDEA_SHARE, SPRING, Period.month(2026, 1)).value())
                .isEqualTo(100.0);
        assertThat(read(CUSTOMER_IDEA_SHARE, SPRING, Q1).value()).isCloseTo(20.0, within(1e-12));
        assertThat(read(CUSTOMER_IDEA_SHARE, SPRING, Period.year(2026)).value()).isCloseTo(20.0, within(1e-12));
    }

    @Test
    void conversionCountsImplementationsForTheMonthOfSubmission() {
        Instant s1 = day(3, 2);
        Instant s2 = day(3, 3);
        engine.apply(idea("i1", StakeholderKind.CUSTOMER, Orientation.UNTAGGED, s1));
        engine.apply(idea("i2", StakeholderKind.EMPLOYEE, Orientation.UNTAGGED, s2));
        engine.apply(idea("i3", StakeholderKind.EMPLOYEE, Orientation.UNTAGGED, day(3, 4)));
        engine.apply(idea("i4", StakeholderKind.EMPLOYEE, Orientation.UNTAGGED, day(3, 5)));
        engine.apply(idea("i5", StakeholderKind.EMPLOYEE, Orientation.UNTAGGED, day(4, 5)));
        // i1 implemented in May, i2 in June and (after being reopened) again in July: counted once
        engine.apply(move("i1", Stage.LAUNCH, Stage.IMPLEMENTED, day(5, 1), s1, day(5, 20)));
        engine.apply(move("i2", Stage.LAUNCH, Stage.IMPLEMENTED, day(6, 1), s2, day(6, 20)));
        engine.apply(move("i2", Stage.LAUNCH, Stage.IMPLEMENTED, day(7, 1), s2, day(7, 20)));

        // March cohort: 2 of its 4 ideas implemented so far = 50 %
        KpiValue march = read(IDEA_CONVERSION_RATE, SPRING, MARCH);
        assertThat(march.value()).isEqualTo(50.0);
        assertThat(march.breakdown()).containsEntry("implemented_ideas", 2.0).containsEntry("ideas", 4.0);
        // April cohort: 0 of 1
        assertThat(read(IDEA_CONVERSION_RATE, SPRING, APRIL).value()).isZero();
        // May has implementations but no submissions
        assertThat(read(IDEA_CONVERSION_RATE, SPRING, Period.month(2026, 5)).computable())
                .isFalse();
        // Q1 = March's cohort: 2 / 4; first half-year... the year: 2 / 5 = 40 %
        assertThat(read(IDEA_CONVERSION_RATE, SPRING, Period.year(2026)).value())
                .isEqualTo(40.0);
    }

    @Test
    void averageDaysPerStageOverTheStaysThatEndedInThePeriod() {
        Instant s1 = day(3, 1);
        Instant s2 = day(3, 2);
        // i1: identification 1 → 11 March (10 days), interpretation 11 → 15 March (4 days)
        engine.apply(move("i1", Stage.IDENTIFICATION, Stage.INTERPRETATION, s1, s1, day(3, 11)));
        engine.apply(move("i1", Stage.INTERPRETATION, Stage.DEVELOPMENT, day(3, 11), s1, day(3, 15)));
        // i2: identification 2 → 8 March (6 days), then rejected
        engine.apply(move("i2", Stage.IDENTIFICATION, Stage.REJECTED, s2, s2, day(3, 8)));
        // i2 reopened from rejected in April: a stay in a closed state does not count
        engine.apply(move("i2", Stage.REJECTED, Stage.DEVELOPMENT, day(3, 8), s2, day(4, 1)));

        // (10 + 4 + 6) / 3 = 6.67 days; identification (10 + 6) / 2 = 8, interpretation 4
        KpiValue march = read(AVERAGE_DAYS_PER_STAGE, SPRING, MARCH);
        assertThat(march.value()).isCloseTo(20.0 / 3, within(1e-12));
        assertThat(march.breakdown())
                .containsExactly(
                        java.util.Map.entry("identification", 8.0), java.util.Map.entry("interpretation", 4.0));
        assertThat(read(AVERAGE_DAYS_PER_STAGE, SPRING, APRIL).reason())
                .isEqualTo("No idea left a stage in the period.");
    }

    @Test
    void pipelineIsTheLevelAtTheEndOfThePeriodCarriedThroughQuietMonths() {
        Instant s1 = day(1, 10);
        engine.apply(idea("i1", StakeholderKind.CUSTOMER, Orientation.UNTAGGED, s1));
        engine.apply(idea("i2", StakeholderKind.CUSTOMER, Orientation.UNTAGGED, day(1, 11)));
        engine.apply(idea("i3", StakeholderKind.CUSTOMER, Orientation.UNTAGGED, day(3, 1)));
        engine.apply(move("i1", Stage.IDENTIFICATION, Stage.DEVELOPMENT, s1, s1, day(3, 20)));
        engine.apply(move("i2", Stage.IDENTIFICATION, Stage.REJECTED, day(1, 11), day(1, 11), day(5, 2)));

        // end of January: identification 2 (i1, i2)
        assertThat(read(PIPELINE_BY_STAGE, SPRING, Period.month(2026, 1)).value())
                .isEqualTo(2);
        // February had no event: still 2
        assertThat(read(PIPELINE_BY_STAGE, SPRING, Period.month(2026, 2)).value())
                .isEqualTo(2);
        // end of March: identification 2 (i2, i3), development 1 (i1) = 3
        KpiValue march = read(PIPELINE_BY_STAGE, SPRING, MARCH);
        assertThat(march.value()).isEqualTo(3);
        assertThat(march.breakdown())
                .containsEntry("identification", 2.0)
                .containsEntry("development", 1.0)
                .containsEntry("launch", 0.0);
        // Q1 is the level at the end of March; end of May: i2 rejected → 2
        assertThat(read(PIPELINE_BY_STAGE, SPRING, Q1).value()).isEqualTo(3);
        assertThat(read(PIPELINE_BY_STAGE, SPRING, Period.month(2026, 5)).value())
                .isEqualTo(2);
        assertThat(read(PIPELINE_BY_STAGE, SPRING, Period.month(2026, 12)).value())
                .isEqualTo(2);

        // a late event for February corrects February and every later month
        engine.apply(idea("late", StakeholderKind.EMPLOYEE, Orientation.UNTAGGED, day(2, 14)));
        assertThat(read(PIPELINE_BY_STAGE, SPRING, Period.month(2026, 2)).value())
                .isEqualTo(3);
        assertThat(read(PIPELINE_BY_STAGE, SPRING, MARCH).value()).isEqualTo(4);
        assertThat(read(PIPELINE_BY_STAGE, SPRING, Period.month(2026, 5)).value())
                .isEqualTo(3);
        assertThat(read(PIPELINE_BY_STAGE, SPRING, Period.year(2026)).value()).isEqualTo(3);
    }

    @Test
    void engagementIndexIsTheMeanOfTheValuesRecorded() {
        engine.apply(new EngagementIndexRecorded("s1", 60, day(3, 1)));
        engine.apply(new EngagementIndexRecorded("s2", 70.5, day(3, 2)));
        engine.apply(new EngagementIndexRecorded("s1", 80, day(3, 31)));
        engine.apply(new EngagementIndexRecorded("s1", 50, day(4, 1)));

        // (60 + 70.5 + 80) / 3 = 70.17; counted for the organisation only
        KpiValue march = read(CUSTOMER_ENGAGEMENT_INDEX, Scope.ORGANISATION, MARCH);
        assertThat(march.value()).isCloseTo(210.5 / 3, within(1e-12));
        assertThat(march.breakdown()).containsEntry("engagement_records", 3.0);
        // Q2 so far: 50; the year: (210.5 + 50) / 4 = 65.125
        assertThat(read(CUSTOMER_ENGAGEMENT_INDEX, Scope.ORGANISATION, Period.year(2026))
                        .value())
                .isEqualTo(65.125);
        assertThat(read(CUSTOMER_ENGAGEMENT_INDEX, Scope.ORGANISATION, Period.month(2026, 5))
                        .computable())
                .isFalse();
    }

    @Test
    void climateIndexIsTheLatestResultOfTheScope() {
        engine.apply(new ClimateIndexRecorded(null, 62.5, 120, day(1, 15)));
        engine.apply(new ClimateIndexRecorded("RD", 70, 12, day(1, 15)));
        engine.apply(new ClimateIndexRecorded(null, 65, 130, day(6, 20)));

        KpiValue march = read(INNOVATION_CLIMATE_INDEX, Scope.ORGANISATION, MARCH);
        assertThat(march.value()).isEqualTo(62.5);
        assertThat(march.breakdown()).containsEntry("respondents", 120.0);
        // the unit's own result; it does not change the organisation's
        assertThat(read(INNOVATION_CLIMATE_INDEX, Scope.unit("RD"), MARCH).value())
                .isEqualTo(70);
        assertThat(read(INNOVATION_CLIMATE_INDEX, Scope.ORGANISATION, Period.month(2026, 7))
                        .value())
                .isEqualTo(65);
        assertThat(read(INNOVATION_CLIMATE_INDEX, Scope.ORGANISATION, Q1).value())
                .isEqualTo(62.5);
        assertThat(read(INNOVATION_CLIMATE_INDEX, Scope.ORGANISATION, Period.year(2026))
                        .value())
                .isEqualTo(65);
        assertThat(read(INNOVATION_CLIMATE_INDEX, Scope.ORGANISATION, Period.year(2025))
                        .reason())
                .isEqualTo("No climate result has been recorded for this scope yet.");
    }

    @Test
    void coDestructionIncidentsByType() {
        engine.apply(new IncidentRecorded("x1", "s1", IncidentType.REPORTED_ABUSE, 4, "SPRING", "RD", day(3, 3)));
        engine.apply(new IncidentRecorded("x2", "s2", IncidentType.CONFLICT, 2, "SPRING", null, day(3, 4)));
        engine.apply(new IncidentRecorded("x3", "s3", IncidentType.CONFLICT, 3, null, "RD", day(3, 5)));

        // organisation: 3 incidents, mean severity (4 + 2 + 3) / 3 = 3
        KpiValue org = read(CO_DESTRUCTION_INCIDENTS, Scope.ORGANISATION, MARCH);
        assertThat(org.value()).isEqualTo(3);
        assertThat(org.breakdown())
                .containsEntry("reported_abuse", 1.0)
                .containsEntry("conflict", 2.0)
                .containsEntry("misuse", 0.0)
                .containsEntry("mean_severity", 3.0);
        assertThat(read(CO_DESTRUCTION_INCIDENTS, SPRING, MARCH).value()).isEqualTo(2);
        assertThat(read(CO_DESTRUCTION_INCIDENTS, Scope.unit("RD"), MARCH).value())
                .isEqualTo(2);
        // a month without incidents has 0, not "no value"
        assertThat(read(CO_DESTRUCTION_INCIDENTS, Scope.ORGANISATION, APRIL).value())
                .isZero();
    }

    @Test
    void customerAssetBreadthCountsDistinctSegmentsOfCustomers() {
        engine.apply(took("c1", StakeholderKind.CUSTOMER, "SMB", day(2, 1)));
        engine.apply(took("c2", StakeholderKind.CUSTOMER, "Public", day(2, 2)));
        engine.apply(took("c3", StakeholderKind.CUSTOMER, "SMB", day(3, 1)));
        engine.apply(took("c4", StakeholderKind.CUSTOMER, "Enterprise", day(3, 2)));
        engine.apply(took("c5", StakeholderKind.CUSTOMER, null, day(3, 3))); // no segment
        engine.apply(took("e1", StakeholderKind.EMPLOYEE, "Staff", day(3, 4))); // not a customer

        // March {SMB, Enterprise} = 2; Q1 {SMB, Public, Enterprise} = 3, not 2 + 2
        assertThat(read(CUSTOMER_ASSET_BREADTH, SPRING, MARCH).value()).isEqualTo(2);
        assertThat(read(CUSTOMER_ASSET_BREADTH, SPRING, Q1).value()).isEqualTo(3);
        assertThat(read(CUSTOMER_ASSET_BREADTH, SPRING, APRIL).value()).isZero();
    }

    @Test
    void ambidexterityOnNormalisedSharesOfTaggedIdeas() {
        engine.apply(idea("x1", StakeholderKind.EMPLOYEE, Orientation.EXPLORATION, day(3, 1)));
        engine.apply(idea("x2", StakeholderKind.EMPLOYEE, Orientation.EXPLORATION, day(3, 2)));
        engine.apply(idea("x3", StakeholderKind.CUSTOMER, Orientation.EXPLORATION, day(3, 3)));
        engine.apply(idea("y1", StakeholderKind.EMPLOYEE, Orientation.EXPLOITATION, day(3, 4)));
        engine.apply(idea("u1", StakeholderKind.EMPLOYEE, Orientation.UNTAGGED, day(3, 5)));
        engine.apply(idea("u2", StakeholderKind.EMPLOYEE, Orientation.UNTAGGED, day(3, 6)));

        // tagged 4: e = 3/4 = 0.75, i = 1/4 = 0.25 (untagged left out)
        // balance = 1 − |0.75 − 0.25| = 0.5; combined = 0.75 × 0.25 = 0.1875
        KpiValue balance = read(AMBIDEXTERITY_BALANCE, SPRING, MARCH);
        assertThat(balance.value()).isEqualTo(0.5);
        assertThat(balance.breakdown())
                .containsEntry("exploration_share", 0.75)
                .containsEntry("exploitation_share", 0.25)
                .containsEntry("tagged_ideas", 4.0);
        assertThat(read(AMBIDEXTERITY_COMBINED, SPRING, MARCH).value()).isEqualTo(0.1875);
        // no tagged idea in April: not computable
        assertThat(read(AMBIDEXTERITY_BALANCE, SPRING, APRIL).reason())
                .isEqualTo("No idea of the period is tagged exploration or exploitation.");

        // an even split gives balance 1 and combined 0.25; one side only gives 0 and 0
        assertThat(Ambidexterity.of(2, 2)).hasValueSatisfying(a -> {
            assertThat(a.balance()).isEqualTo(1.0);
            assertThat(a.combined()).isEqualTo(0.25);
        });
        assertThat(Ambidexterity.of(5, 0)).hasValueSatisfying(a -> {
            assertThat(a.balance()).isZero();
            assertThat(a.combined()).isZero();
        });
        assertThat(Ambidexterity.of(0, 0)).isEmpty();
        // with e + i = 1, combined = (1 − (1 − balance)²) / 4: 3 of 10 → e 0.3, balance 0.6, combined 0.21
        Ambidexterity a = Ambidexterity.of(3, 7).orElseThrow();
        assertThat(a.balance()).isCloseTo(0.6, within(1e-12));
        assertThat(a.combined()).isCloseTo(0.21, within(1e-12));
        assertThat(a.combined()).isCloseTo((1 - Math.pow(1 - a.balance(), 2)) / 4, within(1e-12));
    }

    @Test
    void unitEventsCountForTheUnitsAboveWhenTheTreeIsGiven() {
        // TEAM-A sits under DEPT-1, which sits under DIV
        EventScopes tree = new EventScopes(
                u -> u.equals("TEAM-A") ? java.util.List.of("TEAM-A", "DEPT-1", "DIV") : java.util.List.of(u));
        SnapshotEngine withTree = new SnapshotEngine(BuiltInKpis.computed(), store, ZoneOffset.UTC, tree);
        withTree.apply(new IncidentRecorded("x", "s", IncidentType.MISUSE, 1, null, "TEAM-A", day(3, 1)));

        assertThat(tree.of(new IncidentRecorded("x", "s", IncidentType.MISUSE, 1, "C", "TEAM-A", day(3, 1))))
                .containsExactly(
                        Scope.ORGANISATION,
                        Scope.unit("TEAM-A"),
                        Scope.unit("DEPT-1"),
                        Scope.unit("DIV"),
                        Scope.campaign("C"));
        assertThat(read(CO_DESTRUCTION_INCIDENTS, Scope.unit("DEPT-1"), MARCH).value())
                .isEqualTo(1);
        assertThat(read(CO_DESTRUCTION_INCIDENTS, Scope.unit("DIV"), MARCH).value())
                .isEqualTo(1);
    }
}
