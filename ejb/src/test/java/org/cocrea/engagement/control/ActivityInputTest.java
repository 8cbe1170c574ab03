package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityInputTest {

    private static final Instant NOW = Instant.parse("2024-06-30T12:00:00Z");

    @Test
    void aValidInputBecomesAnActivity() {
        ActivityInput.Checked c =
                new ActivityInput("C-1", "idea_submitted", "2024-06-30T14:00:00+02:00", "community", null).check(NOW);

        assertThat(c.ok()).isTrue();
        assertThat(c.activities())
                .containsExactly(new Activity(
                        "C-1", ActivityType.IDEA_SUBMITTED, Instant.parse("2024-06-30T12:00:00Z"), Channel.COMMUNITY));
    }

    @Test
    void unknownTypesAndFutureTimestampsAreRefusedNamingTheField() {
        ActivityInput.Checked c = new ActivityInput("C-1", "like", "2024-06-30T12:00:01Z", "web", 1.0).check(NOW);

        assertThat(c.ok()).isFalse();
        assertThat(c.activities()).isEmpty();
        assertThat(c.problems()).extracting(ActivityInput.Problem::field).containsExactly("type", "timestamp");
        assertThat(c.problems().get(0).message())
                .startsWith("Unknown activity type 'like'. Use one of: visit, idea_submitted,");
        assertThat(c.problems().get(1).message()).contains("is in the future");
    }

    @Test
    void everyFieldHasAnActionableMessage() {
        ActivityInput.Checked c = new ActivityInput(" ", null, "2024-06-30T10:00", "fax", 0.0).check(NOW);

        assertThat(c.problems())
                .extracting(ActivityInput.Problem::field, ActivityInput.Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "stakeholderId", "Give the external id of the stakeholder who did this."),
                        org.assertj.core.groups.Tuple.tuple(
                                "type", "Give the activity type, one of: " + ActivityType.codes() + "."),
                        org.assertj.core.groups.Tuple.tuple(
                                "timestamp",
                                "The timestamp 2024-06-30T10:00 has no time zone. Add Z for UTC (2024-06-30T10:00Z)"
                                        + " or an offset such as +02:00."),
                        org.assertj.core.groups.Tuple.tuple(
                                "channel", "Unknown channel 'fax'. Use one of: " + Channel.codes() + "."),
                        org.assertj.core.groups.Tuple.tuple(
                                "weight",
                                "The weight must be a number above 0 and at most 10 (1 for an ordinary activity)."));
        assertThat(new ActivityInput("a", "vote", "2024-06-30", "web", null)
                        .check(NOW)
                        .problems()
                        .get(0)
                        .message())
                .contains("has no time");
        assertThat(new ActivityInput("a", "vote", "yesterday", "web", null)
                        .check(NOW)
                        .problems()
                        .get(0)
                        .message())
                .contains("is not an ISO-8601 timestamp");
    }

    @Test
    void aBatchIsAllOrNothingWithPositions() {
        List<ActivityInput> batch = List.of(
                new ActivityInput("a", "vote", "2024-06-01T10:00:00Z", "web", null),
                new ActivityInput("b", "teleport", "2024-06-01T10:00:00Z", "web", null),
                new ActivityInput("c", "comment", "2024-06-01T10:00:00Z", "web", 2.0));

        ActivityInput.Checked bad = ActivityInput.checkBatch(batch, NOW);
        assertThat(bad.activities()).isEmpty();
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("type");
        });

        ActivityInput.Checked good = ActivityInput.checkBatch(List.of(batch.get(0), batch.get(2)), NOW);
        assertThat(good.ok()).isTrue();
        assertThat(good.activities()).extracting(Activity::weight).containsExactly(1.0, 2.0);
    }

    @Test
    void emptyAndOversizedBatchesAreRefused() {
        assertThat(ActivityInput.checkBatch(List.of(), NOW).problems().get(0).message())
                .isEqualTo("Send at least one activity.");
        List<ActivityInput> huge = new ArrayList<>(Collections.nCopies(
                ActivityInput.MAX_BATCH + 1, new ActivityInput("a", "vote", "2024-06-01T10:00:00Z", "web", null)));
        assertThat(ActivityInput.checkBatch(huge, NOW).problems().get(0).message())
                .contains("at most 10000 activities");
    }

    @Test
    void theActivityRecordChecksItsWeight() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Activity("a", ActivityType.VOTE, NOW, Channel.WEB, 11));
        assertThat(new Activity("a", ActivityType.VOTE, NOW, Channel.WEB, 0.25).weightMillis())
                .isEqualTo(250);
    }
}
