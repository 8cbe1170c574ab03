package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cocrea.cocreation.control.StageDefinitionTest.fields;
import static org.cocrea.cocreation.control.StageDefinitionTest.messages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class TransitionRulesTest {

    static final Instant SUBMITTED = Instant.parse("2026-03-01T09:00:00Z");
    static final SupportRule THREE_IN_TEN = new SupportRule(3, 10);

    @Test
    void theWindowEndsExactlySupportDaysAfterSubmission() {
        assertThat(TransitionRules.supportWindowEnd(SUBMITTED, THREE_IN_TEN))
                .isEqualTo(Instant.parse("2026-03-11T09:00:00Z"));
        assertThat(TransitionRules.supportWindowOpen(SUBMITTED, THREE_IN_TEN, Instant.parse("2026-03-11T09:00:00Z")))
                .isTrue();
        assertThat(TransitionRules.supportWindowOpen(SUBMITTED, THREE_IN_TEN, Instant.parse("2026-03-11T09:00:01Z")))
                .isFalse();
    }

    @Test
    void onlyVotesWithinTheWindowCount() {
        List<Instant> votes = List.of(
                SUBMITTED.plusSeconds(60),
                Instant.parse("2026-03-05T12:00:00Z"),
                Instant.parse("2026-03-11T09:00:00Z"), // the last counting instant
                Instant.parse("2026-03-11T09:00:01Z"), // one second late
                Instant.parse("2026-04-01T00:00:00Z"));

        assertThat(TransitionRules.votesInWindow(SUBMITTED, THREE_IN_TEN, votes))
                .isEqualTo(3);
        assertThat(TransitionRules.opensGate(0, IdeaStatus.ACTIVE, SUBMITTED, votes, THREE_IN_TEN))
                .isTrue();
        assertThat(TransitionRules.opensGate(0, IdeaStatus.ACTIVE, SUBMITTED, votes.subList(1, 5), THREE_IN_TEN))
                .as("two in the window, two late")
                .isFalse();
    }

    @Test
    void lateVotesNeverOpenTheGateHoweverMany() {
        List<Instant> late = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            late.add(SUBMITTED.plus(Duration.ofDays(11)).plusSeconds(i));
        }
        assertThat(TransitionRules.votesInWindow(SUBMITTED, THREE_IN_TEN, late)).isZero();
        assertThat(TransitionRules.opensGate(0, IdeaStatus.ACTIVE, SUBMITTED, late, THREE_IN_TEN))
                .isFalse();
    }

    @Test
    void theThresholdOpensOnlyTheFirstGateOfAnActiveIdea() {
        assertThat(TransitionRules.opensGate(0, IdeaStatus.ACTIVE, 3, THREE_IN_TEN))
                .isTrue();
        assertThat(TransitionRules.opensGate(0, IdeaStatus.ACTIVE, 2, THREE_IN_TEN))
                .isFalse();
        assertThat(TransitionRules.opensGate(1, IdeaStatus.ACTIVE, 50, THREE_IN_TEN))
                .isFalse();
        assertThat(TransitionRules.opensGate(0, IdeaStatus.IN_REVIEW, 50, THREE_IN_TEN))
                .isFalse();
        assertThat(TransitionRules.opensGate(0, IdeaStatus.ON_HOLD, 50, THREE_IN_TEN))
                .isFalse();
        assertThat(TransitionRules.opensGate(0, IdeaStatus.KILLED, 50, THREE_IN_TEN))
                .isFalse();
    }

    @Test
    void supportRulesAreCheckedAgainstTheSchemaLimits() {
        assertThat(SupportRule.DEFAULT).isEqualTo(new SupportRule(10, 30));
        new SupportRule(1, 1);
        new SupportRule(100_000, 365);

        BusinessRuleException e = catchThrowableOfType(() -> new SupportRule(0, 366), BusinessRuleException.class);
        assertThat(fields(e)).containsExactly("supportThreshold", "supportDays");
        assertThat(messages(e))
                .containsEntry("supportThreshold", "The number of votes must be 1 to 100,000; it was 0.")
                .containsEntry("supportDays", "The voting window must be 1 to 365 days; it was 366.");
        assertThat(fields(catchThrowableOfType(() -> new SupportRule(100_001, 0), BusinessRuleException.class)))
                .containsExactly("supportThreshold", "supportDays");
    }

    static final Instant ENTERED = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void anIdeaIsOverdueOnlyAfterItsTimeLimit() {
        // limit 30 days: deadline 2026-01-31T09:00Z
        assertThat(TransitionRules.deadline(30, ENTERED)).contains(Instant.parse("2026-01-31T09:00:00Z"));
        assertThat(overdue(IdeaStatus.ACTIVE, "2026-01-31T09:00:00Z")).isZero();
        assertThat(overdue(IdeaStatus.ACTIVE, "2026-01-31T10:00:00Z"))
                .as("an hour late counts as a day")
                .isEqualTo(1);
        assertThat(overdue(IdeaStatus.ACTIVE, "2026-02-01T09:00:00Z")).isEqualTo(1);
        assertThat(overdue(IdeaStatus.ACTIVE, "2026-02-02T08:59:59Z")).isEqualTo(1);
        assertThat(overdue(IdeaStatus.ACTIVE, "2026-02-02T09:00:00Z")).isEqualTo(2);
        assertThat(overdue(IdeaStatus.IN_REVIEW, "2026-03-02T09:00:00Z"))
                .as("30 days in February 2026 = 28 + 2")
                .isEqualTo(30);
    }

    @Test
    void ideasOnHoldClosedOrWithoutALimitAreNeverOverdue() {
        Instant late = Instant.parse("2027-01-01T00:00:00Z");
        for (IdeaStatus s : List.of(IdeaStatus.ON_HOLD, IdeaStatus.KILLED, IdeaStatus.LAUNCHED, IdeaStatus.MERGED)) {
            assertThat(TransitionRules.daysOverdue(s, 30, ENTERED, late))
                    .as(s.name())
                    .isZero();
        }
        assertThat(TransitionRules.daysOverdue(IdeaStatus.ACTIVE, null, ENTERED, late))
                .isZero();
        assertThat(TransitionRules.deadline(null, ENTERED)).isEmpty();
    }

    @Test
    void daysInStageCountsWholeDays() {
        assertThat(TransitionRules.daysInStage(ENTERED, Instant.parse("2026-01-02T08:59:59Z")))
                .isZero();
        assertThat(TransitionRules.daysInStage(ENTERED, Instant.parse("2026-01-02T09:00:00Z")))
                .isEqualTo(1);
        assertThat(TransitionRules.daysInStage(ENTERED, Instant.parse("2026-01-11T10:00:00Z")))
                .isEqualTo(10);
        assertThat(TransitionRules.daysInStage(ENTERED, ENTERED.minusSeconds(5)))
                .isZero();
    }

    @Test
    void theOwnerIsAlertedOncePerStageEntry() {
        Instant overdueNow = Instant.parse("2026-02-05T09:00:00Z");

        // never alerted
        assertThat(TransitionRules.alertDue(IdeaStatus.ACTIVE, 30, ENTERED, null, overdueNow))
                .isTrue();
        // alerted during this stay
        assertThat(TransitionRules.alertDue(
                        IdeaStatus.ACTIVE, 30, ENTERED, Instant.parse("2026-02-01T00:00:00Z"), overdueNow))
                .isFalse();
        // alerted in an earlier stay of the stage, before it was re-entered
        assertThat(TransitionRules.alertDue(
                        IdeaStatus.ACTIVE, 30, ENTERED, Instant.parse("2025-12-01T00:00:00Z"), overdueNow))
                .isTrue();
        // not overdue yet
        assertThat(TransitionRules.alertDue(
                        IdeaStatus.ACTIVE, 30, ENTERED, null, Instant.parse("2026-01-20T00:00:00Z")))
                .isFalse();
        // on hold
        assertThat(TransitionRules.alertDue(IdeaStatus.ON_HOLD, 30, ENTERED, null, overdueNow))
                .isFalse();
    }

    private static long overdue(IdeaStatus status, String now) {
        return TransitionRules.daysOverdue(status, 30, ENTERED, Instant.parse(now));
    }
}
