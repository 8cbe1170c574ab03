package org.cocrea.analytics.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceRecordsTest {

    @Test
    void indicesGoOnTheSevenPointRangeOfTheSurveyScales() {
        assertThat(EvidenceRecords.onSevenPoints(0)).isEqualTo(1.0);
        assertThat(EvidenceRecords.onSevenPoints(50)).isEqualTo(4.0);
        assertThat(EvidenceRecords.onSevenPoints(100)).isEqualTo(7.0);
        assertThat(EvidenceRecords.onSevenPoints(140)).isEqualTo(7.0);
    }

    @Test
    void theCocreationIndexGrowsWithTheLogarithmOfContributionsUpToItsCap() {
        assertThat(EvidenceRecords.cocreationIndex(0)).isZero();
        // ln(1 + 10) / ln(1 + 100) = 0.5196
        assertThat(EvidenceRecords.cocreationIndex(10)).isCloseTo(51.96, within(0.01));
        assertThat(EvidenceRecords.cocreationIndex(100)).isCloseTo(100, within(1e-9));
        assertThat(EvidenceRecords.cocreationIndex(5000)).isEqualTo(100.0);
    }

    @Test
    void aHiddenUnitTakesItsClosestShownParent() {
        EvidenceRecords.UnitScores s = new EvidenceRecords.UnitScores(
                "r", 5, Map.of("1", 3.5, "2", 4.0), Map.of("2", "1", "3", "2", "4", "3", "9", "8"));

        assertThat(s.of("2")).isEqualTo(4.0);
        assertThat(s.of("4")).as("team 4 → 3 (hidden) → 2").isEqualTo(4.0);
        assertThat(s.of("9")).as("nothing shown above").isNull();
    }
}
