package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityHistoryTest {

    private static final LocalDate D1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate D2 = LocalDate.of(2024, 3, 2);
    private static final LocalDate D3 = LocalDate.of(2024, 3, 3);

    @Test
    void keepsOneEntryPerDayAndTypeWhateverTheOrderOfArrival() {
        ActivityHistory h = new ActivityHistory();

        assertThat(h.add(D3, ActivityType.COMMENT, 1, 1000))
                .as("first activity on D3")
                .isTrue();
        assertThat(h.add(D1, ActivityType.VOTE, 2, 2000))
                .as("late, first on D1")
                .isTrue();
        assertThat(h.add(D3, ActivityType.COMMENT, 1, 500))
                .as("same day and type: merged")
                .isFalse();
        assertThat(h.add(D3, ActivityType.VISIT, 1, 1000))
                .as("same day, other type")
                .isFalse();
        assertThat(h.add(D2, ActivityType.REVIEW_GIVEN, 1, 1000))
                .as("in between")
                .isTrue();

        assertThat(h.entries()).isEqualTo(4);
        ActivityCounts all = h.between(D1, D3);
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.count(ActivityType.COMMENT)).isEqualTo(2);
        assertThat(all.weightMillis(ActivityType.COMMENT)).isEqualTo(1500);
        assertThat(h.on(D2).total()).isEqualTo(1);
        assertThat(h.between(D2, D3).count(ActivityType.VOTE)).isZero();
        assertThat(h.between(D3, D1).isEmpty()).isTrue();
    }

    @Test
    void lastActivityIsPerTypeAndStopsAtTheAsOfDate() {
        ActivityHistory h = new ActivityHistory();
        h.add(D1, ActivityType.COMMENT, 1, 1000);
        h.add(D3, ActivityType.COMMENT, 1, 1000);
        h.add(D2, ActivityType.VOTE, 1, 1000);

        LastActivity atD2 = h.lastActivity(D2);
        assertThat(atD2.of(ActivityType.COMMENT)).contains(D1);
        assertThat(atD2.of(ActivityType.VOTE)).contains(D2);
        assertThat(atD2.of(ActivityType.VISIT)).isEmpty();
        assertThat(atD2.latest(t -> true)).contains(D2);
        assertThat(h.lastActivity(D3).latest(t -> t == ActivityType.COMMENT)).contains(D3);
        assertThat(h.lastActivity(D1.minusDays(1)).latest(t -> true)).isEmpty();
    }

    @Test
    void growsBeyondItsFirstCapacity() {
        ActivityHistory h = new ActivityHistory();
        for (int i = 99; i >= 0; i--) {
            h.add(D1.plusDays(i), ActivityType.values()[i % ActivityType.COUNT], 1, 1000);
        }
        assertThat(h.entries()).isEqualTo(100);
        assertThat(h.between(D1, D1.plusDays(99)).total()).isEqualTo(100);
        assertThat(h.between(D1.plusDays(10), D1.plusDays(19)).total()).isEqualTo(10);
    }

    @Test
    void refusesEmptyAdditions() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ActivityHistory().add(D1, ActivityType.VOTE, 0, 0));
    }
}
