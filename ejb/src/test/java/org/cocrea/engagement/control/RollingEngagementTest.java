package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RollingEngagementTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private static Activity at(String id, LocalDate day, int hour, ActivityType type, double weight, ZoneId zone) {
        return new Activity(id, type, day.atTime(hour, 0).atZone(zone).toInstant(), Channel.WEB, weight);
    }

    @Test
    void incrementalDailyUpdatesEqualAFullRecomputeEveryDay() {
        // 40 stakeholders, 200 days, window 30 days; each day some activities, a few of them late
        // (for one of the previous ten days); weights with decimals to check that sums stay exact
        ZoneId zone = ZoneId.of("Europe/Berlin");
        int window = 30;
        Random random = new Random(42);
        RollingEngagement rolling = new RollingEngagement(window, START, zone);
        Map<String, ActivityHistory> full = new HashMap<>();
        EngagementIndex index = new EngagementIndex(EngagementWeights.defaults().withWindowDays(window));
        double[] weights = {1, 0.25, 1.5, 2.125, 0.001};

        for (int day = 0; day < 200; day++) {
            LocalDate today = START.plusDays(day);
            List<Activity> todays = new ArrayList<>();
            int n = random.nextInt(15);
            for (int i = 0; i < n; i++) {
                String id = "s" + random.nextInt(40);
                LocalDate when = random.nextInt(5) == 0 ? today.minusDays(random.nextInt(10)) : today;
                ActivityType type = ActivityType.values()[random.nextInt(ActivityType.COUNT)];
                todays.add(at(id, when, random.nextInt(24), type, weights[random.nextInt(weights.length)], zone));
            }
            rolling.applyDay(today, todays);
            for (Activity a : todays) {
                full.computeIfAbsent(a.stakeholderId(), k -> new ActivityHistory())
                        .add(a, zone);
            }

            for (Map.Entry<String, ActivityHistory> e : full.entrySet()) {
                EngagementInputs expected = EngagementInputs.from(e.getKey(), e.getValue(), today, window);
                EngagementInputs actual = rolling.inputs(e.getKey());
                assertThat(actual).as("day %s, %s", today, e.getKey()).isEqualTo(expected);
                assertThat(index.score(actual)).isEqualTo(index.score(expected));
                assertThat(index.value(actual, null))
                        .isEqualTo(index.score(expected).index());
            }
        }
        assertThat(rolling.stakeholders()).hasSize(full.size());
    }

    @Test
    void aDayLeavingTheWindowIsTakenOutAndAGapLongerThanTheWindowEmptiesIt() {
        RollingEngagement rolling = new RollingEngagement(3, START, ZoneOffset.UTC);
        rolling.record(at("a", START, 9, ActivityType.COMMENT, 1, ZoneOffset.UTC));
        rolling.applyDay(
                START.plusDays(1), List.of(at("a", START.plusDays(1), 9, ActivityType.VOTE, 1, ZoneOffset.UTC)));

        // window of 3 days ending 3 Jan: 1..3 Jan, both activities in
        rolling.advanceTo(START.plusDays(2));
        assertThat(rolling.windowStart()).isEqualTo(START);
        assertThat(rolling.inputs("a").window().total()).isEqualTo(2);
        // ending 4 Jan: 2..4 Jan, the comment of 1 Jan has left
        rolling.advanceTo(START.plusDays(3));
        assertThat(rolling.inputs("a").window().count(ActivityType.COMMENT)).isZero();
        assertThat(rolling.inputs("a").window().count(ActivityType.VOTE)).isEqualTo(1);
        // jump 100 days: the window is empty, the last activity is remembered
        rolling.advanceTo(START.plusDays(103));
        EngagementInputs later = rolling.inputs("a");
        assertThat(later.window().isEmpty()).isTrue();
        assertThat(later.lastActivity().latest(t -> true)).contains(START.plusDays(1));
    }

    @Test
    void aLateActivityBeforeTheWindowOnlyUpdatesHistoryAndLastActivity() {
        RollingEngagement rolling = new RollingEngagement(7, START.plusDays(30), ZoneOffset.UTC);
        rolling.record(at("a", START, 9, ActivityType.COMPLAINT, 1, ZoneOffset.UTC));

        EngagementInputs in = rolling.inputs("a");
        assertThat(in.window().isEmpty()).isTrue();
        assertThat(in.lastActivity().of(ActivityType.COMPLAINT)).contains(START);
        rolling.advanceTo(START.plusDays(40));
        assertThat(rolling.inputs("a").window().isEmpty()).isTrue();
    }

    @Test
    void theDayOfAnActivityIsTakenInTheOrganisationsZone() {
        // 23:30 UTC on 1 Jan is already 2 Jan in Tokyo
        Activity late = new Activity("a", ActivityType.VISIT, Instant.parse("2024-01-01T23:30:00Z"), Channel.WEB);
        RollingEngagement tokyo = new RollingEngagement(7, START.plusDays(1), ZoneId.of("Asia/Tokyo"));
        tokyo.record(late);
        assertThat(tokyo.inputs("a").lastActivity().of(ActivityType.VISIT)).contains(START.plusDays(1));
    }

    @Test
    void refusesActivitiesAfterTheAsOfDateAndGoingBack() {
        RollingEngagement rolling = new RollingEngagement(7, START, ZoneOffset.UTC);
        Activity tomorrow = at("a", START.plusDays(1), 9, ActivityType.VOTE, 1, ZoneOffset.UTC);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> rolling.record(tomorrow))
                .withMessageContaining("advance to its day first");
        rolling.advanceTo(START.plusDays(2));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> rolling.advanceTo(START))
                .withMessageContaining("only move forward");
    }

    @Test
    void registeredStakeholdersWithoutActivityArePartOfThePopulation() {
        RollingEngagement rolling = new RollingEngagement(7, START, ZoneOffset.UTC);
        rolling.register("quiet");
        List<EngagementInputs> all = new ArrayList<>();
        rolling.forEach(all::add);

        assertThat(all).singleElement().satisfies(in -> {
            assertThat(in.stakeholderId()).isEqualTo("quiet");
            assertThat(in.window().isEmpty()).isTrue();
        });
        assertThat(rolling.inputs("unknown").window().isEmpty()).isTrue();
        assertThat(new EngagementIndex().score(rolling.inputs("quiet")).index()).isZero();
    }
}
