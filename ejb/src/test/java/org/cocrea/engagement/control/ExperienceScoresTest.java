package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperienceScoresTest {

    private static final double NA = Double.NaN;
    private final ExperienceScores scores = new ExperienceScores();

    @Test
    void factorMeansAreRescaledToHundredAndNeedHalfTheItems() {
        Experience e = scores.score(new double[] {7, 6, 5}, new double[] {4, 4, NA}, new double[] {1, NA, NA});

        // functional: mean 6 → 100 × (6 − 1) / (7 − 1) = 83.33
        assertThat(e.functional()).isCloseTo(250.0 / 3, within(1e-9));
        // emotional: 2 of 3 answered, mean 4 (the midpoint) → 50
        assertThat(e.emotional()).isCloseTo(50, within(1e-9));
        // social: 1 of 3 answered, fewer than half → no score
        assertThat(e.social()).isNaN();
        // overall: (83.33 + 50) / 2 = 66.67
        assertThat(e.overall()).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void answersByItemKeyGiveTheSameScores() {
        Experience e = scores.score(Map.of(
                "functional-1",
                7,
                "functional-2",
                6,
                "functional-3",
                5,
                "emotional-1",
                4,
                "emotional-3",
                4,
                "social-2",
                1));
        assertThat(e)
                .isEqualTo(scores.score(new double[] {7, 6, 5}, new double[] {4, NA, 4}, new double[] {NA, 1, NA}));
        assertThat(e.of(ExperienceFactor.EMOTIONAL)).isCloseTo(50, within(1e-9));
    }

    @Test
    void extremesAndNothingAnswered() {
        Experience top = scores.score(new double[] {7, 7, 7}, new double[] {7, 7, 7}, new double[] {7, 7, 7});
        assertThat(top.overall()).isEqualTo(100);
        Experience none = scores.score(Map.of());
        assertThat(none.functional()).isNaN();
        assertThat(none.overall()).isNaN();
        assertThat(ExperienceScores.rescale(1, 5)).isZero();
    }

    @Test
    void aGroupMeanAveragesEachFactorOverThoseWithAScore() {
        Experience a = new Experience(80, 60, NA, 70);
        Experience b = new Experience(40, NA, NA, 40);
        Experience m = ExperienceScores.mean(List.of(a, b));
        assertThat(m.functional()).isEqualTo(60);
        assertThat(m.emotional()).isEqualTo(60);
        assertThat(m.social()).isNaN();
        assertThat(m.overall()).isEqualTo(60);
    }

    @Test
    void answersOutsideTheScaleAndUnknownItemsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> scores.score(Map.of("functional-1", 8)))
                .withMessageContaining("functional-1 must be 1..7");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> scores.score(Map.of("vision-1", 3)))
                .withMessageContaining("vision-1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> scores.score(new double[] {1, 2}, new double[] {1, 2, 3}, new double[] {1, 2, 3}))
                .withMessageContaining("functional needs 3 answers");
    }
}
