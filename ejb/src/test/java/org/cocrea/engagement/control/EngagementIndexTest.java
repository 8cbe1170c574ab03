package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EngagementIndexTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    /** Equal component weights, no survey; half-life 10 days, both caps 15, window 30 days. */
    private static final EngagementWeights SIMPLE = EngagementWeights.defaults()
            .withComponents(1, 1, 1, 1, 0)
            .withShape(10, 15, 15)
            .withWindowDays(30);

    private static Activity on(String day, ActivityType type) {
        return on(day, type, 1.0);
    }

    private static Activity on(String day, ActivityType type, double weight) {
        return new Activity("s1", type, Instant.parse(day + "T12:00:00Z"), Channel.COMMUNITY, weight);
    }

    private static EngagementInputs inputs(EngagementWeights w, Activity... activities) {
        return EngagementInputs.from("s1", List.of(activities), AS_OF, w.windowDays(), ZoneOffset.UTC);
    }

    @Test
    void everyComponentOnAHandComputedCase() {
        // vote (weight 0.5) on 10 June, comment (1) on 15 June, event (1.5) on 20 June; as of 30 June
        EngagementInputs in = inputs(
                SIMPLE,
                on("2024-06-10", ActivityType.VOTE),
                on("2024-06-15", ActivityType.COMMENT),
                on("2024-06-20", ActivityType.EVENT_ATTENDED));

        EngagementScore s = new EngagementIndex(SIMPLE).score(in);

        // recency: last activity 10 days ago, half-life 10 → 2^(−10/10) = 0.5
        assertThat(s.part(EngagementComponent.RECENCY).orElseThrow().score()).isCloseTo(0.5, EXACT);
        assertThat(s.part(EngagementComponent.RECENCY).orElseThrow().raw()).isEqualTo(10);
        // frequency: n = 3, cap 15 → ln(1 + 3) / ln(1 + 15) = ln 4 / ln 16 = 0.5
        assertThat(s.part(EngagementComponent.FREQUENCY).orElseThrow().score()).isCloseTo(0.5, EXACT);
        // breadth: 3 distinct types of 12 → 0.25
        assertThat(s.part(EngagementComponent.BREADTH).orElseThrow().score()).isCloseTo(0.25, EXACT);
        // depth: 0.5 + 1 + 1.5 = 3, cap 15 → ln 4 / ln 16 = 0.5
        assertThat(s.part(EngagementComponent.DEPTH).orElseThrow().raw()).isCloseTo(3, EXACT);
        assertThat(s.part(EngagementComponent.DEPTH).orElseThrow().score()).isCloseTo(0.5, EXACT);
        // four equal weights → shares 0.25; index = 100 × 0.25 × (0.5 + 0.5 + 0.25 + 0.5) = 43.75
        assertThat(s.index()).isCloseTo(43.75, EXACT);
        assertThat(s.parts()).extracting(EngagementScore.Part::points).containsExactly(12.5, 12.5, 6.25, 12.5);
        assertThat(s.part(EngagementComponent.SURVEY)).isEmpty();
        assertThat(s.explain())
                .startsWith("Engagement 43.8 on 2024-06-30:")
                .contains("recency 12.5 of 25.0 points (last activity 10 days ago)")
                .contains("3 of 12 activity types");
    }

    @Test
    void theWorkedExampleOfTheDocumentationWithDefaultSettings() {
        // 2 ideas (weight 3), 6 comments (1), 2 votes (0.5), 2 articles read (0.5) between 1 and 24
        // June; as of 30 June: 12 activities, 4 types, weighted 6 + 6 + 1 + 1 = 14, last 6 days ago
        List<Activity> a = new java.util.ArrayList<>();
        a.add(on("2024-06-01", ActivityType.IDEA_SUBMITTED));
        a.add(on("2024-06-24", ActivityType.IDEA_SUBMITTED));
        for (int i = 0; i < 6; i++) {
            a.add(on("2024-06-1" + i, ActivityType.COMMENT));
        }
        a.add(on("2024-06-05", ActivityType.VOTE));
        a.add(on("2024-06-06", ActivityType.VOTE));
        a.add(on("2024-05-20", ActivityType.KNOWLEDGE_ARTICLE_READ));
        a.add(on("2024-05-21", ActivityType.KNOWLEDGE_ARTICLE_READ));
        EngagementInputs in = EngagementInputs.from("s1", a, AS_OF, 90, ZoneOffset.UTC);
        EngagementIndex index = new EngagementIndex();

        EngagementScore s = index.score(in, new ScaleScore(5.5, 7));

        // R = 2^(−6/30) = 0.87055, F = ln 13 / ln 51 = 0.65236, B = 4/12, D = ln 15 / ln 101 = 0.58678,
        // S = 4.5/6 = 0.75; points 0.2 R, 0.2 F, 0.15 B, 0.25 D, 0.2 S × 100
        // = 17.411 + 13.047 + 5.000 + 14.669 + 15.000 = 65.128
        assertThat(s.parts())
                .extracting(EngagementScore.Part::points)
                .satisfiesExactly(
                        p -> assertThat(p).isCloseTo(17.411, within(5e-4)),
                        p -> assertThat(p).isCloseTo(13.047, within(5e-4)),
                        p -> assertThat(p).isCloseTo(5.000, within(5e-4)),
                        p -> assertThat(p).isCloseTo(14.669, within(5e-4)),
                        p -> assertThat(p).isCloseTo(15.000, within(5e-4)));
        assertThat(s.index()).isCloseTo(65.128, within(5e-4));
        // without the survey: the four shares become 0.25, 0.25, 0.1875, 0.3125 → 62.659
        assertThat(index.score(in).index()).isCloseTo(62.659, within(5e-4));
        // the quick path gives the same number
        assertThat(index.value(in, new ScaleScore(5.5, 7))).isEqualTo(s.index());
        assertThat(index.value(in, null)).isEqualTo(index.score(in).index());
    }

    @Test
    void theSurveyScoreJoinsAsAFifthComponentOnlyWhenThereIsOne() {
        EngagementWeights w = SIMPLE.withComponents(1, 1, 1, 1, 1);
        EngagementInputs in = inputs(
                w,
                on("2024-06-10", ActivityType.VOTE),
                on("2024-06-15", ActivityType.COMMENT),
                on("2024-06-20", ActivityType.EVENT_ATTENDED));
        EngagementIndex index = new EngagementIndex(w);

        // survey mean 5.5 on a 7-point scale → (5.5 − 1) / (7 − 1) = 0.75
        // five equal weights → shares 0.2; 100 × 0.2 × (0.5 + 0.5 + 0.25 + 0.5 + 0.75) = 50
        EngagementScore withSurvey = index.score(in, new ScaleScore(5.5, 7));
        assertThat(withSurvey.index()).isCloseTo(50, EXACT);
        assertThat(withSurvey.part(EngagementComponent.SURVEY).orElseThrow().points())
                .isCloseTo(15, EXACT);

        // without a score the four behavioural weights are renormalised: 43.75 as above
        assertThat(index.score(in).index()).isCloseTo(43.75, EXACT);
    }

    @Test
    void noActivityGivesZeroAndOnlyTheSurveyCanAddToIt() {
        EngagementIndex index = new EngagementIndex();
        EngagementInputs none = inputs(EngagementWeights.defaults());

        EngagementScore s = index.score(none);
        assertThat(s.index()).isZero();
        assertThat(s.part(EngagementComponent.RECENCY).orElseThrow().raw()).isNaN();
        assertThat(s.explain()).contains("no activity yet");

        // defaults: survey weight 0.2 of 1.0; survey mean 7 of 7 → 1; index = 100 × 0.2 × 1 = 20
        assertThat(index.score(none, new ScaleScore(7, 7)).index()).isCloseTo(20, EXACT);
    }

    @Test
    void frequencyAndDepthStopAtTheirCaps() {
        Activity[] many = new Activity[20];
        for (int i = 0; i < many.length; i++) {
            many[i] = on("2024-06-30", ActivityType.IDEA_SUBMITTED);
        }
        EngagementScore s = new EngagementIndex(SIMPLE).score(inputs(SIMPLE, many));

        // n = 20 > cap 15 → 1; depth 20 × 3 = 60 > 15 → 1; active today → recency 1; breadth 1/12
        assertThat(s.part(EngagementComponent.FREQUENCY).orElseThrow().score()).isEqualTo(1);
        assertThat(s.part(EngagementComponent.DEPTH).orElseThrow().score()).isEqualTo(1);
        assertThat(s.part(EngagementComponent.RECENCY).orElseThrow().score()).isEqualTo(1);
        // 100 × 0.25 × (1 + 1 + 1/12 + 1) = 77.0833…
        assertThat(s.index()).isCloseTo(25 * (3 + 1.0 / 12), EXACT);
    }

    @Test
    void onlyTheWindowCountsForFrequencyButRecencyLooksFurtherBack() {
        // window 30 days ending 30 June: 1 June is in, 31 May is out
        EngagementInputs in =
                inputs(SIMPLE, on("2024-05-31", ActivityType.COMMENT), on("2024-06-01", ActivityType.VOTE));
        assertThat(in.windowStart()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(in.window().total()).isEqualTo(1);
        assertThat(in.window().count(ActivityType.VOTE)).isEqualTo(1);

        EngagementInputs old = inputs(SIMPLE, on("2024-05-21", ActivityType.COMMENT));
        EngagementScore s = new EngagementIndex(SIMPLE).score(old);
        // nothing in the window, but 40 days since the comment: recency 2^(−40/10) = 1/16
        assertThat(s.part(EngagementComponent.FREQUENCY).orElseThrow().score()).isZero();
        assertThat(s.part(EngagementComponent.RECENCY).orElseThrow().score()).isCloseTo(0.0625, EXACT);
        assertThat(s.index()).isCloseTo(25 * 0.0625, EXACT);
    }

    @Test
    void theActivityMultiplierScalesDepth() {
        EngagementInputs in = inputs(SIMPLE, on("2024-06-30", ActivityType.COMMENT, 2.5));
        EngagementScore s = new EngagementIndex(SIMPLE).score(in);
        // depth w = type weight 1 × multiplier 2.5 = 2.5; frequency still counts 1 activity
        assertThat(s.part(EngagementComponent.DEPTH).orElseThrow().raw()).isCloseTo(2.5, EXACT);
        assertThat(s.part(EngagementComponent.FREQUENCY).orElseThrow().raw()).isEqualTo(1);
    }

    @Test
    void aTypeWithWeightZeroIsSwitchedOffEverywhere() {
        EngagementWeights noVisits = SIMPLE.withTypeWeight(ActivityType.VISIT, 0);
        assertThat(noVisits.typesOn()).isEqualTo(11);

        EngagementScore visitsOnly =
                new EngagementIndex(noVisits).score(inputs(noVisits, on("2024-06-30", ActivityType.VISIT)));
        assertThat(visitsOnly.index()).isZero();

        // a comment 10 days ago plus a visit today: recency from the comment, breadth 1 of 11
        EngagementScore s = new EngagementIndex(noVisits)
                .score(inputs(noVisits, on("2024-06-20", ActivityType.COMMENT), on("2024-06-30", ActivityType.VISIT)));
        assertThat(s.part(EngagementComponent.RECENCY).orElseThrow().score()).isCloseTo(0.5, EXACT);
        assertThat(s.part(EngagementComponent.BREADTH).orElseThrow().score()).isCloseTo(1.0 / 11, EXACT);
        assertThat(s.part(EngagementComponent.FREQUENCY).orElseThrow().raw()).isEqualTo(1);
    }

    @Test
    void weightsAreRelativeAndCheckedWithMessagesNamingTheField() {
        EngagementWeights scaled = EngagementWeights.defaults().withComponents(2, 2, 1.5, 2.5, 2);
        for (EngagementComponent c : EngagementComponent.values()) {
            assertThat(scaled.share(c, true))
                    .isCloseTo(EngagementWeights.defaults().share(c, true), EXACT);
        }
        // defaults without a survey: recency 0.2 / 0.8 = 0.25
        assertThat(EngagementWeights.defaults().share(EngagementComponent.RECENCY, false))
                .isCloseTo(0.25, EXACT);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> EngagementWeights.defaults().withComponents(-1, 1, 1, 1, 1))
                .withMessageContaining("recency");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EngagementWeights.defaults().withComponents(0, 0, 0, 0, 1))
                .withMessageContaining("recency, frequency, breadth and depth");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EngagementWeights.defaults().withShape(0, 50, 100))
                .withMessageContaining("halfLifeDays");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EngagementWeights.defaults().withTypeWeight(ActivityType.COMPLAINT, -2))
                .withMessageContaining("complaint");
        EngagementWeights w = EngagementWeights.defaults();
        for (ActivityType t : ActivityType.values()) {
            w = t == ActivityType.VOTE ? w : w.withTypeWeight(t, 0);
        }
        EngagementWeights onlyVotes = w;
        assertThat(onlyVotes.typesOn()).isEqualTo(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> onlyVotes.withTypeWeight(ActivityType.VOTE, 0))
                .withMessageContaining("At least one activity type");
    }

    @Test
    void segmentsHaveMeanMedianAndShareEngaged() {
        List<EngagementScore> scores = List.of(
                score("a1", 10), score("a2", 40), score("a3", 60), score("a4", 90), score("b1", 70), score("x", 30));
        Map<String, String> segment = Map.of("a1", "A", "a2", "A", "a3", "A", "a4", "A", "b1", "B");

        List<SegmentEngagement> bySegment = new EngagementIndex().bySegment(scores, segment::get);

        // A: mean (10 + 40 + 60 + 90) / 4 = 50, median (40 + 60) / 2 = 50, engaged (≥ 50) 2 of 4
        assertThat(bySegment)
                .containsExactly(
                        new SegmentEngagement(EngagementIndex.NO_SEGMENT, 1, 30, 30, 0, 0),
                        new SegmentEngagement("A", 4, 50, 50, 2, 0.5),
                        new SegmentEngagement("B", 1, 70, 70, 1, 1));
        // all six: median of 10 30 40 60 70 90 = (40 + 60) / 2
        assertThat(new EngagementIndex().summary("all", scores).median()).isEqualTo(50);
        assertThat(new EngagementIndex().summary("none", List.of()).mean()).isNaN();
    }

    @Test
    void aSeriesShowsTheIndexFadingAfterTheLastActivity() {
        ActivityHistory h = new ActivityHistory();
        h.add(LocalDate.of(2024, 6, 1), ActivityType.COMMENT, 1, 1000);
        List<LocalDate> dates = List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 11), LocalDate.of(2024, 7, 11));

        List<EngagementScore> series = new EngagementIndex(SIMPLE).series("s1", h, dates, null);

        // recency 1, 0.5, then 2^(−40/10); frequency and depth ln 2 / ln 16 = 0.25 while the comment
        // is in the 30-day window, 0 after; breadth 1/12 then 0
        assertThat(series)
                .extracting(EngagementScore::index)
                .satisfiesExactly(
                        v -> assertThat(v).isCloseTo(25 * (1 + 0.25 + 1.0 / 12 + 0.25), EXACT),
                        v -> assertThat(v).isCloseTo(25 * (0.5 + 0.25 + 1.0 / 12 + 0.25), EXACT),
                        v -> assertThat(v).isCloseTo(25 * 0.0625, EXACT));
    }

    private static EngagementScore score(String id, double index) {
        return new EngagementScore(id, AS_OF, index, List.of());
    }
}
