package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DistinctCountTest {

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add("person-" + i);
        }
        return ids;
    }

    @Test
    void exactUpToTheLimitAndRepeatsCountOnce() {
        DistinctCount d = new DistinctCount();
        ids(0, DistinctCount.EXACT_LIMIT).forEach(d::add);
        ids(0, 10).forEach(d::add);
        assertThat(d.isExact()).isTrue();
        assertThat(d.count()).isEqualTo(DistinctCount.EXACT_LIMIT);
        assertThat(d.ids()).contains("person-0");
    }

    @Test
    void aboveTheLimitASketchEstimatesWithinAFewPercent() {
        for (int n : new int[] {1_001, 5_000, 50_000, 200_000}) {
            DistinctCount d = new DistinctCount();
            ids(0, n).forEach(d::add);
            assertThat(d.isExact()).isFalse();
            // standard error ≈ 0.8 %; 3 % is well beyond three standard errors
            assertThat((double) d.count()).as("n = %d", n).isCloseTo(n, within(0.03 * n));
        }
    }

    @Test
    void theStateDependsOnlyOnTheSetOfIdsNotOnOrderOrMerging() {
        List<String> all = ids(0, 3_000);
        all.addAll(ids(0, 500)); // repeats
        Random random = new Random(7);
        DistinctCount reference = new DistinctCount();
        all.forEach(reference::add);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(all, random);
            // split into three parts added separately, then merged in some order
            int a = random.nextInt(all.size());
            int b = a + random.nextInt(all.size() - a);
            DistinctCount p1 = new DistinctCount();
            DistinctCount p2 = new DistinctCount();
            DistinctCount p3 = new DistinctCount();
            all.subList(0, a).forEach(p1::add);
            all.subList(a, b).forEach(p2::add);
            all.subList(b, all.size()).forEach(p3::add);
            p3.addAll(p1);
            p2.addAll(p3);
            assertThat(p2).isEqualTo(reference);
        }
        // small sets stay exact when merged
        DistinctCount x = new DistinctCount();
        DistinctCount y = new DistinctCount();
        ids(0, 600).forEach(x::add);
        ids(300, 900).forEach(y::add);
        x.addAll(y);
        assertThat(x.isExact()).isTrue();
        assertThat(x.count()).isEqualTo(900);
    }

    @Test
    void bytesRoundTripInBothModes() {
        DistinctCount exact = new DistinctCount();
        List.of("a", "b", "ü-ß").forEach(exact::add);
        assertThat(DistinctCount.fromBytes(exact.toBytes())).isEqualTo(exact);

        DistinctCount sketch = new DistinctCount();
        ids(0, 4_000).forEach(sketch::add);
        DistinctCount back = DistinctCount.fromBytes(sketch.toBytes());
        assertThat(back).isEqualTo(sketch);
        assertThat(back.count()).isEqualTo(sketch.count());
    }
}
