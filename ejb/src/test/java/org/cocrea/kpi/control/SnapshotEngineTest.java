package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.cocrea.engagement.control.IncidentType;
import org.cocrea.engagement.control.StakeholderKind;
import org.junit.jupiter.api.Test;

/**
 * The engine's incremental snapshots against recomputation from scratch, on random event streams
 * applied in random orders.
 */
class SnapshotEngineTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate START = LocalDate.of(2025, 11, 1);
    private static final int DAYS = 500; // Nov 2025 to Mar 2027: crosses two year ends
    private static final String[] UNITS = {"RD", "SALES", "OPS"};
    private static final String[] CAMPAIGNS = {"SPRING", "GREEN"};
    private static final String[] SEGMENTS = {"SMB", "Enterprise", "Public", "Retail"};
    private static final Map<String, List<String>> TREE =
            Map.of("RD", List.of("RD", "TECH"), "OPS", List.of("OPS", "TECH"), "SALES", List.of("SALES"));

    /** A random but consistent history: ideas move forward through the stages over time. */
    static List<KpiEvent> randomStream(Random r, int ideas) {
        List<KpiEvent> events = new ArrayList<>();
        for (int i = 0; i < ideas; i++) {
            String id = "idea-" + i;
            String unit = r.nextInt(5) == 0 ? null : UNITS[r.nextInt(UNITS.length)];
            String campaign = r.nextInt(3) == 0 ? null : CAMPAIGNS[r.nextInt(CAMPAIGNS.length)];
            Instant submitted = instant(r, 0, DAYS);
            events.add(new IdeaSubmitted(
                    id,
                    campaign,
                    unit,
                    r.nextBoolean() ? StakeholderKind.CUSTOMER : StakeholderKind.EMPLOYEE,
                    Orientation.values()[r.nextInt(3)],
                    submitted));
            Stage stage = Stage.FIRST;
            Instant entered = submitted;
            while (stage.open() && r.nextInt(4) != 0) {
                Stage next = r.nextInt(6) == 0
                        ? Stage.REJECTED
                        : Stage.values()[stage.ordinal() + 1]; // LAUNCH → IMPLEMENTED
                Instant at = entered.plusSeconds(60L * r.nextInt(60 * 24 * 40));
                events.add(new IdeaStageChanged(id, campaign, unit, stage, next, entered, submitted, at));
                stage = next;
                entered = at;
            }
        }
        for (int i = 0; i < ideas * 3; i++) {
            boolean customer = r.nextBoolean();
            events.add(new Participation(
                    "person-" + r.nextInt(ideas),
                    customer ? StakeholderKind.CUSTOMER : StakeholderKind.EMPLOYEE,
                    customer && r.nextInt(4) != 0 ? SEGMENTS[r.nextInt(SEGMENTS.length)] : null,
                    r.nextBoolean() ? CAMPAIGNS[r.nextInt(CAMPAIGNS.length)] : null,
                    r.nextBoolean() ? UNITS[r.nextInt(UNITS.length)] : null,
                    instant(r, 0, DAYS)));
        }
        for (int i = 0; i < 30; i++) {
            int kind = r.nextInt(3);
            events.add(new AudienceCounted(
                    kind == 0 ? CAMPAIGNS[r.nextInt(CAMPAIGNS.length)] : null,
                    kind == 1 ? UNITS[r.nextInt(UNITS.length)] : null,
                    1 + r.nextInt(300),
                    instant(r, 0, DAYS)));
        }
        for (int i = 0; i < ideas; i++) {
            events.add(new EngagementIndexRecorded(
                    "s" + r.nextInt(50), Math.round(r.nextDouble() * 100_000) / 1000.0, instant(r, 0, DAYS)));
        }
        for (int i = 0; i < 12; i++) {
            events.add(new ClimateIndexRecorded(
                    r.nextBoolean() ? null : UNITS[r.nextInt(UNITS.length)],
                    r.nextInt(101),
                    5 + r.nextInt(100),
                    // some results at the same instant, to exercise the tie rule
                    i % 4 == 0 ? START.plusDays(100).atStartOfDay(ZONE).toInstant() : instant(r, 0, DAYS)));
        }
        for (int i = 0; i < ideas / 4; i++) {
            events.add(new IncidentRecorded(
                    "inc-" + i,
                    "s" + r.nextInt(50),
                    IncidentType.values()[r.nextInt(IncidentType.values().length)],
                    1 + r.nextInt(5),
                    r.nextBoolean() ? CAMPAIGNS[r.nextInt(CAMPAIGNS.length)] : null,
                    r.nextBoolean() ? UNITS[r.nextInt(UNITS.length)] : null,
                    instant(r, 0, DAYS)));
        }
        return events;
    }

    private static Instant instant(Random r, int fromDay, int toDay) {
        // any minute of the day, so that events near midnight fall on either side of a month end
        return START.plusDays(fromDay + r.nextInt(toDay - fromDay))
                .atStartOfDay(ZONE)
                .toInstant()
                .plusSeconds(60L * r.nextInt(24 * 60));
    }

    private static List<Period> periodsCovered() {
        TreeSet<Period> periods = new TreeSet<>();
        for (int d = -60; d < DAYS + 160; d++) {
            for (Grain g : Grain.values()) {
                periods.add(Period.of(g, START.plusDays(d)));
            }
        }
        return new ArrayList<>(periods);
    }

    @Test
    void incrementalEqualsFromScratchForRandomStreamsInRandomOrder() {
        EventScopes scopes = new EventScopes(u -> TREE.getOrDefault(u, List.of(u)));
        for (long seed : new long[] {1, 2, 3, 42, 2026}) {
            Random r = new Random(seed);
            List<KpiEvent> events = randomStream(r, 120);
            Collections.shuffle(events, r); // late and out-of-order events included
            InMemorySnapshotStore store = new InMemorySnapshotStore();
            SnapshotEngine engine = new SnapshotEngine(BuiltInKpis.computed(), store, ZONE, scopes);
            engine.applyAll(events);

            Recompute recompute = new Recompute(BuiltInKpis.computed(), ZONE, scopes);
            Collections.shuffle(events, r);
            int compared = 0;
            for (Period p : periodsCovered()) {
                Map<SnapshotKey, KpiSnapshot> expected = recompute.fromScratch(events, p);
                Map<SnapshotKey, KpiSnapshot> actual = new HashMap<>();
                store.inPeriod(p).forEach(s -> actual.put(s.key(), s));
                assertThat(actual.keySet()).as("seed %d, period %s", seed, p).isEqualTo(expected.keySet());
                for (KpiSnapshot s : expected.values()) {
                    assertThat(actual.get(s.key())).as("seed %d", seed).isEqualTo(s);
                    assertThat(actual.get(s.key()).value()).isEqualTo(s.value());
                }
                compared += expected.size();
            }
            assertThat(compared).isEqualTo(store.size());
            assertThat(compared).isGreaterThan(1000);
        }
    }

    @Test
    void aLongerPeriodsSnapshotIsTheRollUpOfItsShorterOnes() {
        Random r = new Random(11);
        List<KpiEvent> events = randomStream(r, 150);
        InMemorySnapshotStore store = new InMemorySnapshotStore();
        new SnapshotEngine(store, ZONE).applyAll(events);

        int checked = 0;
        for (KpiSnapshot coarse : store.all()) {
            Period p = coarse.key().period();
            if (p.grain() == Grain.MONTH) {
                continue;
            }
            for (Grain finer : List.of(Grain.MONTH, Grain.QUARTER)) {
                if (!finer.finerThan(p.grain())) {
                    continue;
                }
                List<KpiSnapshot> parts = new ArrayList<>();
                for (Period part : p.split(finer)) {
                    store.find(coarse.key().withPeriod(part)).ifPresent(parts::add);
                }
                KpiSnapshot rolled =
                        KpiSnapshot.rollUp(coarse.kpi(), coarse.key().scope(), p, parts);
                assertThat(rolled).as("%s from %ss", coarse.key(), finer.code()).isEqualTo(coarse);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void eachEventUpdatesAFixedNumberOfSnapshotsUnlessItIsCarried() {
        InMemorySnapshotStore store = new InMemorySnapshotStore();
        SnapshotEngine engine = new SnapshotEngine(store, ZONE);
        Instant march = LocalDate.of(2026, 3, 10).atStartOfDay(ZONE).toInstant();
        // an idea with a unit and a campaign: 3 scopes × 3 grains × the 6 KPIs that read it
        // (ideas per 100, customer share, conversion, pipeline, balance, combined)
        int n = engine.apply(
                new IdeaSubmitted("i", "C", "U", StakeholderKind.CUSTOMER, Orientation.EXPLORATION, march));
        assertThat(n).isEqualTo(3 * 3 * 6);
        // an engagement value: organisation × 3 grains × 1 KPI
        assertThat(engine.apply(new EngagementIndexRecorded("s", 50, march))).isEqualTo(3);
        // a late pipeline event in January is carried into the stored March, Q1 and year snapshots
        Instant january = LocalDate.of(2026, 1, 5).atStartOfDay(ZONE).toInstant();
        int late = engine.apply(
                new IdeaSubmitted("j", null, null, StakeholderKind.EMPLOYEE, Orientation.UNTAGGED, january));
        // organisation only: 3 flow KPIs (ideas per 100, customer share, conversion) × 3 grains = 9,
        // plus the pipeline: January, March (carried), Q1 and 2026 = 4
        assertThat(late).isEqualTo(13);
    }
}
