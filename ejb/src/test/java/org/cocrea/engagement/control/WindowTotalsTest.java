package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowTotalsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void storedRowsGiveTheSameInputsAsTheFullComputation() {
        List<Activity> log = List.of(
                new Activity(
                        "s",
                        ActivityType.COMMENT,
                        AS_OF.minusDays(3).atTime(10, 0).toInstant(ZoneOffset.UTC),
                        Channel.WEB,
                        1.5),
                new Activity(
                        "s",
                        ActivityType.COMMENT,
                        AS_OF.minusDays(10).atTime(9, 0).toInstant(ZoneOffset.UTC),
                        Channel.WEB),
                new Activity(
                        "s",
                        ActivityType.IDEA_SUBMITTED,
                        AS_OF.minusDays(200).atTime(9, 0).toInstant(ZoneOffset.UTC),
                        Channel.WEB));
        EngagementInputs full = EngagementInputs.from("s", log, AS_OF, 90, ZoneOffset.UTC);

        WindowTotals t = new WindowTotals();
        // as engagement_window stores them: comment 2 in the window, weights 1500 + 1000; idea only its last day
        t.add(ActivityType.COMMENT, 2, 2500, AS_OF.minusDays(3));
        t.add(ActivityType.IDEA_SUBMITTED, 0, 0, AS_OF.minusDays(200));

        EngagementInputs stored = t.inputs("s", AS_OF, 90);
        assertThat(stored).isEqualTo(full);
        EngagementIndex index = new EngagementIndex();
        assertThat(index.value(stored, null)).isEqualTo(index.value(full, null));
    }

    @Test
    void clearStartsTheNextStakeholderEmpty() {
        WindowTotals t = new WindowTotals();
        t.add(ActivityType.VOTE, 4, 4000, AS_OF);
        assertThat(t.isEmpty()).isFalse();

        t.clear();

        assertThat(t.isEmpty()).isTrue();
        assertThat(t.inputs("x", AS_OF, 90).window().total()).isZero();
        assertThat(t.inputs("x", AS_OF, 90).lastActivity()).isEqualTo(LastActivity.never());
    }

    @Test
    void negativeTotalsAreABugAndRefused() {
        assertThatThrownBy(() -> new WindowTotals().add(ActivityType.VOTE, -1, 0, AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
