package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RecognitionTest {

    @Test
    void pointsFavourResultsOverActivity() {
        assertThat(Recognition.points(Contribution.IDEA_SUBMITTED)).isEqualTo(10);
        assertThat(Recognition.points(Contribution.COMMENT_POSTED)).isEqualTo(2);
        assertThat(Recognition.points(Contribution.VOTE_CAST)).isEqualTo(1);
        assertThat(Recognition.points(Contribution.VOTE_RECEIVED)).isEqualTo(1);
        assertThat(Recognition.points(Contribution.IDEA_ADVANCED)).isEqualTo(20);
        assertThat(Recognition.points(Contribution.IDEA_LAUNCHED)).isEqualTo(100);
        assertThat(Recognition.points(Contribution.FINDING_SUBMITTED)).isEqualTo(5);
        assertThat(Recognition.points(Contribution.FINDING_ACCEPTED)).isEqualTo(25);
    }

    @Test
    void codesFitTheLedgerAndBadgeColumns() {
        // recognition_points.reason varchar(30), participant_badge.badge varchar(40)
        assertThat(Arrays.stream(Contribution.values()))
                .allSatisfy(c -> assertThat(c.name()).hasSizeLessThanOrEqualTo(30));
        assertThat(Arrays.stream(Badge.values())).allSatisfy(b -> {
            assertThat(b.name()).hasSizeLessThanOrEqualTo(40);
            assertThat(b.label()).isNotBlank();
            assertThat(b.description()).endsWith(".");
        });
    }

    @Test
    void aTallyAddsOneContributionAtATime() {
        Tally t = Tally.empty()
                .plus(Contribution.IDEA_SUBMITTED)
                .plus(Contribution.COMMENT_POSTED)
                .plus(Contribution.COMMENT_POSTED)
                .plus(Contribution.COMMENT_POSTED)
                .plus(Contribution.VOTE_CAST)
                .plus(Contribution.VOTE_RECEIVED)
                .plus(Contribution.IDEA_ADVANCED)
                .plus(Contribution.FINDING_SUBMITTED);

        assertThat(t).isEqualTo(new Tally(1, 3, 1, 1, 1, 0, 1, 0, 10 + 3 * 2 + 1 + 1 + 20 + 5));
        assertThat(t.points()).isEqualTo(43);
    }

    @Test
    void nothingYetEarnsNoBadge() {
        assertThat(Recognition.badges(Tally.empty())).isEmpty();
    }

    @Test
    void badgesComeAtTheirMilestonesAndNotBefore() {
        assertThat(Recognition.badges(new Tally(1, 0, 0, 0, 0, 0, 0, 0, 10))).containsExactly(Badge.FIRST_IDEA);
        assertThat(Recognition.badges(new Tally(9, 0, 0, 0, 0, 0, 0, 0, 90))).containsExactly(Badge.FIRST_IDEA);
        assertThat(Recognition.badges(new Tally(10, 0, 0, 0, 0, 0, 0, 0, 100)))
                .containsExactly(Badge.FIRST_IDEA, Badge.TEN_IDEAS);
        assertThat(Recognition.badges(new Tally(0, 24, 0, 0, 0, 0, 0, 0, 48))).containsExactly(Badge.FIRST_COMMENT);
        assertThat(Recognition.badges(new Tally(0, 25, 0, 0, 0, 0, 0, 0, 50)))
                .containsExactly(Badge.FIRST_COMMENT, Badge.TWENTY_FIVE_COMMENTS);
        assertThat(Recognition.badges(new Tally(0, 0, 49, 0, 0, 0, 0, 0, 49))).isEmpty();
        assertThat(Recognition.badges(new Tally(0, 0, 50, 0, 0, 0, 0, 0, 50))).containsExactly(Badge.FIFTY_VOTES);
        assertThat(Recognition.badges(new Tally(0, 0, 0, 500, 0, 0, 0, 0, 499)))
                .as("votes received give no badge")
                .isEmpty();
        assertThat(Recognition.badges(new Tally(0, 0, 0, 0, 1, 0, 0, 0, 0))).containsExactly(Badge.THROUGH_A_GATE);
        assertThat(Recognition.badges(new Tally(0, 0, 0, 0, 0, 1, 0, 0, 0))).containsExactly(Badge.LAUNCHED);
        assertThat(Recognition.badges(new Tally(0, 0, 0, 0, 0, 0, 9, 0, 0))).isEmpty();
        assertThat(Recognition.badges(new Tally(0, 0, 0, 0, 0, 0, 0, 1, 0))).containsExactly(Badge.ACCEPTED_FINDING);
    }

    @Test
    void pointBadgesComeAtFiveHundredAndTwoThousand() {
        assertThat(Recognition.badges(new Tally(0, 0, 0, 0, 0, 0, 0, 0, 499))).isEmpty();
        assertThat(Recognition.badges(new Tally(0, 0, 0, 0, 0, 0, 0, 0, 500))).containsExactly(Badge.POINTS_500);
        assertThat(Recognition.badges(new Tally(0, 0, 0, 0, 0, 0, 0, 0, 1999))).containsExactly(Badge.POINTS_500);
        assertThat(Recognition.badges(new Tally(0, 0, 0, 0, 0, 0, 0, 0, 2000)))
                .containsExactly(Badge.POINTS_500, Badge.POINTS_2000);
    }

    @Test
    void newBadgesAreOnlyTheOnesJustReached() {
        Tally before = new Tally(9, 24, 0, 0, 0, 0, 0, 0, 489);
        Tally after = before.plus(Contribution.IDEA_SUBMITTED); // 10 ideas, 499 points

        assertThat(Recognition.newBadges(before, after)).containsExactly(Badge.TEN_IDEAS);

        Tally next = after.plus(Contribution.COMMENT_POSTED); // 25 comments, 501 points
        assertThat(Recognition.newBadges(after, next)).containsExactly(Badge.TWENTY_FIVE_COMMENTS, Badge.POINTS_500);
        assertThat(Recognition.newBadges(next, next)).isEmpty();
        assertThat(Recognition.newBadges(Tally.empty(), Tally.empty().plus(Contribution.IDEA_LAUNCHED)))
                .containsExactly(Badge.LAUNCHED);
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new Tally(-1, 0, 0, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(0, 0, 0, 0, 0, 0, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        // points may go below 0 through corrections
        assertThat(new Tally(0, 0, 0, 0, 0, 0, 0, 0, -5).points()).isEqualTo(-5);
    }
}
