package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cocrea.engagement.control.StakeholderKind;
import org.junit.jupiter.api.Test;

/**
 * What the snapshot table needs from the control layer: components as bytes, the row's derived
 * value and carried levels, and the buffered store that applies a batch of events in memory over
 * the table with the same result as the engine on a plain store.
 */
class StorageTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void componentsSurviveTheirBytesAndEqualComponentsGiveEqualBytes() {
        Components a = new Components();
        a.add("ideas", 3);
        a.add("pipeline:development", -1);
        a.addDistinct("participants", "u:ada");
        a.addDistinct("participants", "u:bob");
        a.addToSet("segments", "Home cooks");
        a.offerLatest("audience", new Latest(Instant.parse("2026-03-10T08:00:00.123456Z"), 50, 0));
        Components big = new Components();
        for (int i = 0; i < 1500; i++) {
            big.addDistinct("participants", "p" + i);
        }
        assertThat(Components.fromBytes(a.toBytes())).isEqualTo(a);
        assertThat(Components.fromBytes(big.toBytes())).isEqualTo(big);
        assertThat(Components.fromBytes(big.toBytes()).distinctCount("participants"))
                .isEqualTo(big.distinctCount("participants"));
        assertThat(Components.fromBytes(new byte[0]).isEmpty()).isTrue();

        Components b = new Components();
        b.offerLatest("audience", new Latest(Instant.parse("2026-03-10T08:00:00.123456Z"), 50, 0));
        b.addToSet("segments", "Home cooks");
        b.addDistinct("participants", "u:bob");
        b.addDistinct("participants", "u:ada");
        b.add("pipeline:development", -1);
        b.add("ideas", 3);
        assertThat(b.toBytes()).isEqualTo(a.toBytes());
        assertThat(a.only(n -> n.startsWith("pipeline:")).names()).containsExactly("pipeline:development");
    }

    @Test
    void aStoredRowCarriesTheValueItsBreakdownAndTheCarriedLevelsOnly() {
        ComputedKpi pipeline =
                BuiltInKpis.computed(BuiltInKpis.PIPELINE_BY_STAGE).orElseThrow();
        KpiSnapshot s = KpiSnapshot.empty(pipeline, Scope.ORGANISATION, Period.month(2026, 1));
        s.apply(new IdeaSubmitted(
                "1",
                null,
                null,
                StakeholderKind.CUSTOMER,
                Orientation.EXPLORATION,
                Instant.parse("2026-01-05T10:00:00Z")));
        s.apply(new IdeaSubmitted(
                "2",
                null,
                null,
                StakeholderKind.EMPLOYEE,
                Orientation.UNTAGGED,
                Stage.DEVELOPMENT,
                Instant.parse("2026-01-06T10:00:00Z")));
        StoredSnapshot row = StoredSnapshot.of(s);
        assertThat(row.value()).isEqualTo(2);
        assertThat(row.toValue().breakdown())
                .containsEntry("identification", 1.0)
                .containsEntry("development", 1.0);
        assertThat(row.toSnapshot(pipeline)).isEqualTo(s);
        // March has no row: it reads as February's level, like KpiReadings
        InMemorySnapshotStore store = new InMemorySnapshotStore();
        store.save(s);
        assertThat(row.carriedInto(pipeline, Period.month(2026, 3)))
                .isEqualTo(new KpiReadings(store)
                        .value(BuiltInKpis.PIPELINE_BY_STAGE, Scope.ORGANISATION, Period.month(2026, 3)));

        ComputedKpi share =
                BuiltInKpis.computed(BuiltInKpis.CUSTOMER_IDEA_SHARE).orElseThrow();
        StoredSnapshot empty = StoredSnapshot.of(KpiSnapshot.empty(share, Scope.ORGANISATION, Period.month(2026, 1)));
        assertThat(empty.carried()).as("no carried levels").isNull();
        assertThat(empty.toValue().computable()).isFalse();
        assertThat(empty.toValue().reason()).isEqualTo("No ideas were submitted in the period.");
    }

    @Test
    void breakdownsReadBackInTheirOrder() {
        Map<String, Double> b = new java.util.LinkedHashMap<>();
        b.put("customer_ideas", 2.0);
        b.put("ideas", 3.0);
        b.put("mean_severity", 2.3333333333333335);
        assertThat(StoredSnapshot.decode(StoredSnapshot.encode(b))).containsExactlyEntriesOf(b);
        assertThat(StoredSnapshot.decode("")).isEmpty();
    }

    @Test
    void ideasEnterThePipelineAtTheirCampaignsFirstStage() {
        ComputedKpi pipeline =
                BuiltInKpis.computed(BuiltInKpis.PIPELINE_BY_STAGE).orElseThrow();
        KpiSnapshot s = KpiSnapshot.empty(pipeline, Scope.ORGANISATION, Period.month(2026, 1));
        Instant at = Instant.parse("2026-01-05T10:00:00Z");
        s.apply(new IdeaSubmitted(
                "1", null, null, StakeholderKind.CUSTOMER, Orientation.EXPLORATION, Stage.INTERPRETATION, at));
        s.apply(new IdeaStageChanged(
                "1", null, null, Stage.INTERPRETATION, Stage.DEVELOPMENT, at, at, at.plusSeconds(3600)));
        assertThat(s.value().breakdown()).containsEntry("interpretation", 0.0).containsEntry("development", 1.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IdeaSubmitted(
                        "2", null, null, StakeholderKind.CUSTOMER, Orientation.EXPLORATION, Stage.REJECTED, at))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRollUpRuleReadsBackFromItsCode() {
        for (KpiDefinition d : BuiltInKpis.definitions()) {
            assertThat(Aggregation.parse(d.aggregation().code())).contains(d.aggregation());
        }
        assertThat(Aggregation.parse("ratio(a)")).isEmpty();
        assertThat(Aggregation.parse("median")).isEmpty();
    }

    /** A table in memory that counts how often it is read. */
    static final class Table implements BufferedSnapshotStore.Loader {
        final InMemorySnapshotStore rows = new InMemorySnapshotStore();

        @Override
        public List<KpiSnapshot> series(Collection<BufferedSnapshotStore.Series> series) {
            return rows.all().stream()
                    .filter(s -> series.contains(BufferedSnapshotStore.Series.of(s.key())))
                    .toList();
        }

        @Override
        public List<KpiSnapshot> keys(Collection<SnapshotKey> keys) {
            return rows.all().stream().filter(s -> keys.contains(s.key())).toList();
        }
    }

    @Test
    void batchesAppliedThroughTheBufferGiveTheEnginesSnapshots() {
        for (long seed = 1; seed <= 3; seed++) {
            Random r = new Random(seed);
            List<KpiEvent> events = new ArrayList<>(SnapshotEngineTest.randomStream(r, 60));
            Collections.shuffle(events, r);
            EventScopes scopes = new EventScopes(u -> List.of(u, "TOP"));

            InMemorySnapshotStore plain = new InMemorySnapshotStore();
            new SnapshotEngine(BuiltInKpis.computed(), plain, ZONE, scopes).applyAll(events);

            Table table = new Table();
            int from = 0;
            while (from < events.size()) {
                int to = Math.min(events.size(), from + 1 + r.nextInt(80));
                List<KpiEvent> batch = events.subList(from, to);
                BufferedSnapshotStore buffer = new BufferedSnapshotStore(BuiltInKpis.computed(), table);
                buffer.prefetch(batch, ZONE, scopes);
                int reads = buffer.reads();
                new SnapshotEngine(BuiltInKpis.computed(), buffer, ZONE, scopes).applyAll(batch);
                assertThat(buffer.reads()).as("everything was read beforehand").isEqualTo(reads);
                buffer.changed().forEach(table.rows::save);
                from = to;
            }
            assertThat(table.rows.all()).as("seed %d", seed).isEqualTo(plain.all());
        }
    }
}
